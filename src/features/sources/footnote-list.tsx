import { useTranslation } from "../../i18n/use-translation";
import type { Claim } from "../../content/schema";
import { sourceLinks, sourceNumber } from "../../content/sources";
import { useSourceDetails } from "./use-source-details";

/** The sources some claims cite, numbered as their "[n]" marks, each link written out once (for print). */
export function FootnoteList({ claims }: { claims: readonly Claim[] }) {
  const { t } = useTranslation("tools");
  const details = useSourceDetails(true);
  if (!details) return null;
  const ids = [...new Set(claims.flatMap((c) => c.sources))].sort((a, b) => sourceNumber(a) - sourceNumber(b));
  return (
    <section className="print-only footnotes" aria-labelledby="footnotes-title">
      <h2 id="footnotes-title">{t("print.footnotes")}</h2>
      <ol>
        {ids.map((id) => {
          const source = details.get(id);
          if (!source) return null;
          const link = sourceLinks(source)[0];
          return (
            <li key={id} value={sourceNumber(id)} lang="en" dir="ltr">
              {source.authors ? `${source.authors.replace(/\.$/, "")}. ` : ""}
              {source.title}
              {source.container ? `. ${source.container}` : ""}
              {source.year ? ` (${String(source.year)})` : ""}.{" "}
              {link ? <span className="footnotes__url">{link.href}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
