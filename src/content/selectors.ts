import type { Claim, Design, SectionId, SubsectionId } from "./schema";
import { SECTIONS } from "./schema";
import { designOf, loadSourceIndex } from "./sources";

/**
 * The claims are content data, loaded like the language's text (a chunk of
 * their own, awaited by the route loaders and before hydration) rather than
 * bundled with the app's code.
 */
let loaded: readonly Claim[] | null = null;

export async function loadClaims(): Promise<readonly Claim[]> {
  if (!loaded) {
    const [{ claims }] = await Promise.all([import("./claims"), loadSourceIndex()]);
    loaded = claims;
  }
  return loaded;
}

/** Every claim; only valid after loadClaims() (the route loaders and main.tsx await it). */
export function allClaims(): readonly Claim[] {
  if (!loaded) throw new Error("claims are not loaded yet: await loadClaims() first");
  return loaded;
}

export function claimsInSection(section: SectionId): readonly Claim[] {
  return allClaims().filter((c) => c.section === section);
}

export function claimsInSubsection(subsection: SubsectionId): readonly Claim[] {
  return allClaims().filter((c) => c.subsection === subsection);
}

export function subsectionsOf(section: SectionId): readonly SubsectionId[] {
  return SECTIONS[section];
}

export function keyMessages(): readonly Claim[] {
  return allClaims().filter((c) => c.keyMessage);
}

/** Claims that cite a source, for the bibliography's back-links. */
export function claimsCiting(sourceId: string): readonly Claim[] {
  return allClaims().filter((c) => c.sources.includes(sourceId));
}

/** How many of a claim's sources are of each design, most common first. */
export function designCounts(claim: Claim): { design: Design; count: number }[] {
  const counts = new Map<Design, number>();
  for (const id of claim.sources) {
    const design = designOf(id);
    if (design) counts.set(design, (counts.get(design) ?? 0) + 1);
  }
  return [...counts].map(([design, count]) => ({ design, count })).sort((a, b) => b.count - a.count);
}

/** The most recent review date among some claims (ISO strings sort as dates). */
export function lastReviewed(list: readonly Claim[] = allClaims()): string {
  return list.reduce((latest, c) => (c.reviewed > latest ? c.reviewed : latest), "");
}

export function claimById(id: string): Claim | undefined {
  return allClaims().find((c) => c.id === id);
}

/** Claims near one: same subsection first, then same section, in article order. */
export function relatedClaims(claim: Claim, max = 5): readonly Claim[] {
  const others = allClaims().filter((c) => c.id !== claim.id);
  const sameSub = others.filter((c) => c.subsection === claim.subsection);
  const sameSection = others.filter((c) => c.section === claim.section && c.subsection !== claim.subsection);
  return [...sameSub, ...sameSection].slice(0, max);
}
