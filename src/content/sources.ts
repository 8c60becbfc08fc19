import type { Design, SourceDetails } from "./schema";

/**
 * The verified source list (src/content/sources.json, a verbatim copy of the
 * team's checked list; never edit it by hand), in two data chunks made at build
 * time: an index (ids in bibliography order and their designs) that every page
 * loads with the claims, and the bibliographic details, loaded by the sources
 * page and when a badge is opened.
 */
let index: { ids: readonly string[]; numbers: Map<string, number>; designs: Map<string, Design> } | null = null;

export async function loadSourceIndex(): Promise<void> {
  if (index) return;
  const { default: list } = await import("virtual:source-index");
  index = {
    ids: list.map(([id]) => id),
    numbers: new Map(list.map(([id], i) => [id, i + 1])),
    designs: new Map(list.map(([id, design]) => [id, design as Design])),
  };
}

function loadedIndex(): NonNullable<typeof index> {
  if (!index) throw new Error("the source index is not loaded yet: await loadSourceIndex() first");
  return index;
}

export function sourceIds(): readonly string[] {
  return loadedIndex().ids;
}

/** 1-based bibliography number of a source (stable: the order of sources.json). */
export function sourceNumber(id: string): number {
  const n = loadedIndex().numbers.get(id);
  if (n === undefined) throw new Error(`unknown source ${id}`);
  return n;
}

export function designOf(id: string): Design | undefined {
  return loadedIndex().designs.get(id);
}

export type SourceDetailsMap = ReadonlyMap<string, SourceDetails>;

let loaded: SourceDetailsMap | null = null;

/** Loads the bibliographic details (once). */
export async function loadSourceDetails(): Promise<SourceDetailsMap> {
  if (!loaded) {
    const details = (await import("virtual:source-details")).default as readonly SourceDetails[];
    loaded = new Map(details.map((s) => [s.id, s]));
  }
  return loaded;
}

/** The details if already loaded, else null. */
export function loadedSourceDetails(): SourceDetailsMap | null {
  return loaded;
}

export interface SourceLink {
  href: string;
  kind: "doi" | "pubmed" | "web";
}

/**
 * The links a reader can follow: the canonical url (a DOI where there is one)
 * and the PubMed record where known. A source whose url is null gets no link.
 */
export function sourceLinks(source: SourceDetails): SourceLink[] {
  if (!source.url) return [];
  const links: SourceLink[] = [{ href: source.url, kind: source.url.startsWith("https://doi.org/") ? "doi" : "web" }];
  if (source.pmid) links.push({ href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`, kind: "pubmed" });
  return links;
}
