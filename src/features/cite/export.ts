/**
 * The citation files (RIS, BibTeX, CSL-JSON), made with citation-js. Loaded only
 * when a reader asks for one (a chunk of its own), never on a page's first view.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { CslItem } from "./citation-data";

export const FORMATS = {
  ris: { extension: "ris", mime: "application/x-research-info-systems" },
  bibtex: { extension: "bib", mime: "application/x-bibtex" },
  "csl-json": { extension: "json", mime: "application/vnd.citationstyles.csl+json" },
} as const;
export type CitationFormat = keyof typeof FORMATS;

/** The items as a file in one format. */
export function citationFile(items: readonly CslItem[], format: CitationFormat): string {
  const cite = new Cite(items);
  return cite.format(format === "csl-json" ? "data" : format, { format: "text" });
}

/** Hands the reader a file to save. */
export function download(text: string, name: string, format: CitationFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${FORMATS[format].mime};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `${name}.${FORMATS[format].extension}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
