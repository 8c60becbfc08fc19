import { claims } from "./claims";
import { sources, sourcesById } from "./sources";
import { SECTIONS, type Claim, type Design, type SectionId, type SubsectionId } from "./schema";

export const claimsById: ReadonlyMap<string, Claim> = new Map(claims.map((c) => [c.id, c]));

export function claimsInSection(section: SectionId): readonly Claim[] {
  return claims.filter((c) => c.section === section);
}

export function claimsInSubsection(subsection: SubsectionId): readonly Claim[] {
  return claims.filter((c) => c.subsection === subsection);
}

export function subsectionsOf(section: SectionId): readonly SubsectionId[] {
  return SECTIONS[section];
}

export const keyMessages: readonly Claim[] = claims.filter((c) => c.keyMessage);

/** Claims that cite a source, for the bibliography's back-links. */
export function claimsCiting(sourceId: string): readonly Claim[] {
  return claims.filter((c) => c.sources.includes(sourceId));
}

/** How many of a claim's sources are of each design, most common first. */
export function designCounts(claim: Claim): { design: Design; count: number }[] {
  const counts = new Map<Design, number>();
  for (const id of claim.sources) {
    const design = sourcesById.get(id)?.design;
    if (design) counts.set(design, (counts.get(design) ?? 0) + 1);
  }
  return [...counts].map(([design, count]) => ({ design, count })).sort((a, b) => b.count - a.count);
}

/** The most recent review date among some claims (ISO strings sort as dates). */
export function lastReviewed(list: readonly Claim[] = claims): string {
  return list.reduce((latest, c) => (c.reviewed > latest ? c.reviewed : latest), "");
}

/** Sources in bibliography order that at least one claim cites. */
export const citedSources = sources.filter((s) => claims.some((c) => c.sources.includes(s.id)));
