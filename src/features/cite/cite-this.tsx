import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { formatDate } from "../../i18n/format";
import { loadedSourceDetails } from "../../content/sources";
import type { SourceDetails } from "../../content/schema";
import { useLang } from "../language/use-lang";
import { cslItem } from "./citation-data";
import { siteOrigin } from "./site-origin";

const FORMATS = ["ris", "bibtex", "csl-json"] as const;

/**
 * "Cite this page": the page as a formatted citation (its title, when it was
 * last reviewed, its address on the published site), and its sources as RIS,
 * BibTeX or CSL-JSON files. The files are made by citation-js, loaded only
 * when the reader asks for one.
 */
export function CiteThis({
  title,
  reviewed,
  path,
  sourceIds,
  fileName,
}: {
  title: string;
  /** ISO date the page was last reviewed. */
  reviewed: string;
  /** The page's path, e.g. /en/claims/liver-injury. */
  path: string;
  sourceIds: readonly string[];
  /** The downloaded file's name, without extension. */
  fileName: string;
}) {
  const { t } = useTranslation(["tools", "common"]);
  const lang = useLang();
  const [failed, setFailed] = useState(false);
  const origin = siteOrigin();
  const sources = sourceIds
    .map((id) => loadedSourceDetails()?.get(id))
    .filter((s): s is SourceDetails => s !== undefined);
  return (
    <details className="cite no-print">
      <summary>{t("cite.summary")}</summary>
      <p className="cite__citation">
        {t("cite.citation", { site: t("common:siteName"), title, date: formatDate(reviewed, lang) })}
        {origin ? (
          <>
            {" "}
            <span dir="ltr">{origin + path}</span>
          </>
        ) : null}
      </p>
      <p>{t("cite.sources", { count: sources.length })}</p>
      <p className="cite__downloads">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--quiet"
            data-format={format}
            onClick={() => {
              setFailed(false);
              import("./export")
                .then(({ citationFile, download }) => {
                  download(citationFile(sources.map(cslItem), format), fileName, format);
                })
                .catch(() => {
                  setFailed(true);
                });
            }}
          >
            {t(`cite.format.${format}`)}
          </button>
        ))}
      </p>
      <p role="status" className="cite__status">
        {failed ? t("cite.failed") : ""}
      </p>
    </details>
  );
}
