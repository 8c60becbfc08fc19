import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { EXTRA_PAGES, paths } from "../../config/paths";
import { SECTION_IDS } from "../../content/schema";
import type { Lang } from "../../i18n/languages";
import { LanguageSwitcher } from "../../features/language/language-switcher";

export function SiteHeader({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // The current page, or the page a sub-page belongs to (a claim's page under "All claims").
  const current = (to: string) => (pathname === to || pathname.startsWith(`${to}/`) ? "page" : undefined);
  // On phones the section menu scrolls sideways: keep the current page's entry in view.
  useEffect(() => {
    document.querySelector(".site-nav [aria-current='page']")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <header className="site-header">
      <div className="site-header__top">
        <Link className="brand" to={paths.home(lang)}>
          <span className="brand__mark" aria-hidden="true" />
          {t("siteName")}
        </Link>
        <LanguageSwitcher current={lang} />
      </div>
      <nav className="site-nav" aria-label={t("nav.label")}>
        <ul className="inline-list">
          {SECTION_IDS.map((id) => (
            <li key={id}>
              <Link to={paths.page(lang, id)} aria-current={current(paths.page(lang, id))}>
                {t(`pages:${id}.short`)}
              </Link>
            </li>
          ))}
          {(["claims", ...EXTRA_PAGES] as const).map((page) => (
            <li key={page}>
              <Link to={paths.page(lang, page)} aria-current={current(paths.page(lang, page))}>
                {t(`pages:${page}.short`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
