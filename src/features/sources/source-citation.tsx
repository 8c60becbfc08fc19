import { useTranslation } from "../../i18n/use-translation";
import type { SourceDetails } from "../../content/schema";
import { sourceLinks } from "../../content/sources";
import { sourceLinkLanguage } from "../../content/source-languages";
import { ExternalLink } from "../../components/ui/external-link";

/**
 * A source's bibliographic details. Titles, authors and journals are not
 * translated; they are marked as English so they read and render correctly.
 */
export function SourceCitation({ source }: { source: SourceDetails }) {
  const { t } = useTranslation(["common", "grades"]);
  const links = sourceLinks(source);
  return (
    <>
      <span lang="en" dir="ltr">
        {source.authors ? <>{source.authors.replace(/\.$/, "")}. </> : null}
        <cite>{source.title}</cite>
        {source.container ? <>. {source.container}</> : null}
        {source.year ? <> ({source.year})</> : null}.
      </span>{" "}
      <span className="design-tag">{t(`grades:designName.${source.design}`)}</span>
      {links.length > 0 ? (
        <span className="source-links">
          {links.map((link) => (
            <ExternalLink key={link.kind} href={link.href} hrefLang={sourceLinkLanguage(source.id, link.kind)}>
              {t(`sources.link.${link.kind}`)}
            </ExternalLink>
          ))}
        </span>
      ) : (
        <span className="source-links source-links--none">{t("sources.noLink")}</span>
      )}
    </>
  );
}
