import raw from "./sources.json";
import type { Source } from "./schema";

/** The verified source list, copied verbatim from the team's checked list. Never edit by hand. */
export const sources = raw as readonly Source[];

export const sourcesById: ReadonlyMap<string, Source> = new Map(sources.map((s) => [s.id, s]));

/** 1-based bibliography number of a source (stable: the order of sources.json). */
export function sourceNumber(id: string): number {
  const index = sources.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`unknown source ${id}`);
  return index + 1;
}

export interface SourceLink {
  href: string;
  kind: "doi" | "pubmed" | "web";
}

/**
 * The links a reader can follow: the canonical url (a DOI where there is one)
 * and the PubMed record where known. A source whose url is null gets no link.
 */
export function sourceLinks(source: Source): SourceLink[] {
  if (!source.url) return [];
  const links: SourceLink[] = [{ href: source.url, kind: source.url.startsWith("https://doi.org/") ? "doi" : "web" }];
  if (source.pmid) links.push({ href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`, kind: "pubmed" });
  return links;
}
