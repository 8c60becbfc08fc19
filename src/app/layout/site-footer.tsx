import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { EXTRA_PAGES, TOOL_PAGES, paths } from "../../config/paths";
import { lastReviewed } from "../../content/selectors";
import { formatDate } from "../../i18n/format";
import type { Lang } from "../../i18n/languages";
import { OfflineStatus } from "../../features/offline/offline-status";

export function SiteFooter({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const reviewed = lastReviewed();
  return (
    <footer className="site-footer">
      <p className="site-footer__disclaimer">{t("disclaimer.short")}</p>
      <p>
        {t("footer.help")} <Link to={paths.page(lang, "help")}>{t("footer.helpLink")}</Link>
      </p>
      <p>
        {t("footer.reviewed")} <time dateTime={reviewed}>{formatDate(reviewed, lang)}</time>
      </p>
      <nav aria-label={t("footer.navLabel")}>
        <ul className="inline-list">
          {[...TOOL_PAGES, ...EXTRA_PAGES].map((page) => (
            <li key={page}>
              <Link to={paths.page(lang, page)}>{t(`pages:${page}.short`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="site-footer__independence">{t("footer.independence")}</p>
      <OfflineStatus />
    </footer>
  );
}
