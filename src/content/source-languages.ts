/**
 * The language a source's text is written in, where it is not English.
 * Kept here, not in sources.json (a verbatim copy of the team's checked list),
 * keyed by source id; every other source is in English. A link to a source in
 * another language than the page's says so (see ExternalLink).
 */
export const LINK_LANGUAGES = ["en", "es", "th"] as const;
export type LinkLanguage = (typeof LINK_LANGUAGES)[number];

const NOT_ENGLISH: Readonly<Record<string, LinkLanguage>> = {
  // "Spanish-language edition seen" (sources.json note): nida.nih.gov/es/…
  "nida-kratom-drugfacts": "es",
  // "Seen only as a Thai-language secondary summary" (Mahidol University).
  "utar-2011-mitragynine-cox2-summary": "th",
};

/** The ids this module names, for the content tests. */
export const SOURCES_NOT_IN_ENGLISH: readonly string[] = Object.keys(NOT_ENGLISH);

/** The language of what a source's link opens: PubMed records are always in English. */
export function sourceLinkLanguage(sourceId: string, kind: "doi" | "pubmed" | "web"): LinkLanguage {
  if (kind === "pubmed") return "en";
  return NOT_ENGLISH[sourceId] ?? "en";
}
