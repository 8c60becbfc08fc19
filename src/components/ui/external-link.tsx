import type { ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { LinkLanguage } from "../../content/source-languages";

/**
 * A link that leaves the site: opens safely and says so to every reader. When
 * what it opens is in another language than the page's, the link says which
 * (as NIDA and MedlinePlus do: "in English" on a Spanish page) and carries hreflang.
 */
export function ExternalLink({
  href,
  hrefLang = "en",
  children,
}: {
  href: string;
  /** The language of the page the link opens. */
  hrefLang?: LinkLanguage;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  // i18n's language is the page's: the route loader sets it before the page renders.
  const other = hrefLang !== i18n.language;
  return (
    <a
      className="external-link"
      href={href}
      hrefLang={other ? hrefLang : undefined}
      rel="noopener noreferrer"
      target="_blank"
    >
      {children}
      {other ? <span className="external-link__lang"> {t(`linkLanguage.${hrefLang}`)}</span> : null}
      <span className="visually-hidden"> {t("externalLink")}</span>
      <span className="external-link__mark" aria-hidden="true">
        ↗
      </span>
    </a>
  );
}
