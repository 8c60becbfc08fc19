import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { EXTRA_PAGES, paths } from "../../config/paths";
import { SECTION_IDS } from "../../content/schema";
import type { Lang } from "../../i18n/languages";
import { LanguageSwitcher } from "../../features/language/language-switcher";

/**
 * Scrolls the menu sideways so its current entry shows. Only the menu moves:
 * scrollIntoView() would also scroll the page, pulling back up to the menu a
 * reader who arrived at an #anchor or had started reading further down.
 */
function keepCurrentInView(entry: Element | null): void {
  const menu = entry?.closest("ul");
  if (!entry || !menu) return;
  const item = entry.getBoundingClientRect();
  const box = menu.getBoundingClientRect();
  // Physical pixels: scrollLeft grows to the right in both writing directions.
  if (item.left < box.left) menu.scrollLeft -= box.left - item.left;
  else if (item.right > box.right) menu.scrollLeft += item.right - box.right;
}

export function SiteHeader({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // The current page, or the page a sub-page belongs to (a claim's page under "All claims").
  const current = (to: string) => (pathname === to || pathname.startsWith(`${to}/`) ? "page" : undefined);
  // On phones the section menu scrolls sideways: keep the current page's entry in view.
  useEffect(() => keepCurrentInView(document.querySelector(".site-nav [aria-current='page']")), [pathname]);
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
