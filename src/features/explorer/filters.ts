import { GRADES, SECTION_IDS, VERDICTS, type Claim } from "../../content/schema";

/** The explorer's filters, as they live in the URL: ?grade=low&grade=none&section=dosage&q=liver */
export const FACETS = {
  grade: GRADES,
  section: SECTION_IDS,
  verdict: VERDICTS,
  origin: ["article", "added"],
} as const satisfies Record<string, readonly string[]>;
export type Facet = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as Facet[];

export interface Filters {
  /** Chosen values per facet; an empty list means "any". */
  values: Record<Facet, readonly string[]>;
  query: string;
}

export interface ParsedFilters extends Filters {
  /** Parts of the URL that are not a known facet value, shown to the reader as ignored. */
  ignored: string[];
}

const MAX_QUERY = 200;

function isFacet(key: string): key is Facet {
  return (FACET_NAMES as string[]).includes(key);
}

/** Reads filters from a URL query; anything unknown or malformed is ignored and reported. */
export function parseFilters(params: URLSearchParams): ParsedFilters {
  const values: Record<Facet, string[]> = { grade: [], section: [], verdict: [], origin: [] };
  const ignored: string[] = [];
  let query = "";
  for (const [key, raw] of params) {
    if (key === "q") {
      query = raw.slice(0, MAX_QUERY);
      continue;
    }
    for (const value of raw.split(",")) {
      if (isFacet(key) && (FACETS[key] as readonly string[]).includes(value)) {
        if (!values[key].includes(value)) values[key].push(value);
      } else if (value || key) {
        ignored.push(`${key}=${value}`.slice(0, 60));
      }
    }
  }
  // In the facet's own order, so the same view always has the same URL.
  for (const facet of FACET_NAMES) values[facet] = FACETS[facet].filter((v) => values[facet].includes(v));
  return { values, query, ignored };
}

/** Writes filters back to a URL query, in a stable order (facet order, then value order). */
export function serializeFilters({ values, query }: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACET_NAMES) {
    for (const value of FACETS[facet]) if (values[facet].includes(value)) params.append(facet, value);
  }
  if (query.trim()) params.set("q", query);
  return params;
}

/** A claim's value for a facet ("verdict" is absent for claims we added). */
export function facetValue(claim: Claim, facet: Facet): string | undefined {
  switch (facet) {
    case "grade":
      return claim.grade;
    case "section":
      return claim.section;
    case "verdict":
      return claim.origin === "article" ? claim.verdict : undefined;
    case "origin":
      return claim.origin;
  }
}

function passes(claim: Claim, values: Filters["values"], except?: Facet): boolean {
  return FACET_NAMES.every((facet) => {
    if (facet === except || values[facet].length === 0) return true;
    const value = facetValue(claim, facet);
    return value !== undefined && values[facet].includes(value);
  });
}

/** The claims that pass every facet and whose text (in the reader's language) matches the query. */
export function applyFilters(
  claims: readonly Claim[],
  filters: Filters,
  textMatches: (claim: Claim) => boolean,
): Claim[] {
  return claims.filter((c) => passes(c, filters.values) && textMatches(c));
}

/**
 * How many claims each value of a facet would show, given the other facets and
 * the query (so a count is what you get by ticking that box).
 */
export function facetCounts(
  claims: readonly Claim[],
  filters: Filters,
  facet: Facet,
  textMatches: (claim: Claim) => boolean,
): Map<string, number> {
  const counts = new Map<string, number>(FACETS[facet].map((v) => [v, 0]));
  for (const claim of claims) {
    if (!passes(claim, filters.values, facet) || !textMatches(claim)) continue;
    const value = facetValue(claim, facet);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Toggles one value of a facet. */
export function toggleValue(filters: Filters, facet: Facet, value: string): Filters {
  const current = filters.values[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, values: { ...filters.values, [facet]: next } };
}
