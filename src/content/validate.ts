/**
 * Validation of the claim records: the build runs it (scripts/validate-content.ts)
 * and stops naming the offending claim; the tests run it too. Pure data checks,
 * no words (the locale checks cover those).
 */
import { DOWNGRADES, GRADES, SCOPES, SECTIONS, VERDICTS, type Claim, type Design } from "./schema";

/** Designs that can support a "high" grade for an effect in people. */
export const HIGH_CAPABLE: readonly Design[] = ["systematic-review", "meta-analysis", "rct"];
/** Designs that, alone, cap a claim about people at "low". */
export const CAPPING: readonly Design[] = [
  "animal",
  "in-vitro",
  "case-report",
  "case-series",
  "cross-sectional-survey",
  "poison-center-data",
  "narrative-review",
  "regulatory",
  "official-consumer-info",
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH_OR_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Every problem found, each naming the claim; empty when all is well. */
export function validateClaims(claims: readonly Claim[], designOf: (sourceId: string) => Design | undefined): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const claim of claims as readonly Partial<Claim>[]) {
    const id = claim.id ?? "(no id)";
    const fail = (message: string) => problems.push(`claim "${id}": ${message}`);
    if (!claim.id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(claim.id)) fail("id must be kebab-case");
    if (seen.has(id)) fail("id is used twice");
    seen.add(id);
    if (!claim.grade || !GRADES.includes(claim.grade)) fail(`unknown grade "${String(claim.grade)}"`);
    if (!claim.scope || !SCOPES.includes(claim.scope)) fail(`unknown scope "${String(claim.scope)}"`);
    if (!claim.section || !(claim.section in SECTIONS)) fail(`unknown section "${String(claim.section)}"`);
    else if (!(SECTIONS[claim.section] as readonly string[]).includes(String(claim.subsection)))
      fail(`subsection "${String(claim.subsection)}" is not in section "${claim.section}"`);
    const sources = claim.sources ?? [];
    if (sources.length === 0) fail("needs at least one source");
    if (new Set(sources).size !== sources.length) fail("cites a source twice");
    for (const s of sources) if (!designOf(s)) fail(`cites unknown source "${s}"`);
    for (const d of claim.downgrades ?? []) if (!DOWNGRADES.includes(d)) fail(`unknown downgrade "${d}"`);
    if (!claim.reviewed || !ISO_DATE.test(claim.reviewed)) fail("reviewed must be an ISO date (YYYY-MM-DD)");
    if (claim.origin === "article") {
      if (!VERDICTS.includes(claim.verdict as (typeof VERDICTS)[number]))
        fail("a claim from the article needs a verdict");
    } else if (claim.origin === "added") {
      if ("verdict" in claim) fail("a claim we added has no verdict on the article");
    } else fail('origin must be "article" or "added"');

    // Facts of law and agency positions are official records, dated.
    if ((claim.scope === "fact") !== (claim.grade === "official")) fail('scope "fact" goes with grade "official"');
    if (claim.grade === "official") {
      if (!claim.asOf || !ISO_MONTH_OR_DATE.test(claim.asOf)) fail("an official record needs asOf (YYYY-MM[-DD])");
      if ((claim.downgrades ?? []).length > 0) fail("an official record has no GRADE downgrades");
    }

    // The grade ceiling for effects in people.
    if (claim.scope === "people") {
      const designs = sources.map(designOf);
      if (claim.grade === "high" && !designs.some((d) => d && HIGH_CAPABLE.includes(d)))
        fail("'high' for an effect in people needs a systematic review, meta-analysis or RCT");
      if (designs.every((d) => d && CAPPING.includes(d)) && !["low", "very-low", "none"].includes(String(claim.grade)))
        fail("animal, lab, case or survey evidence alone caps an effect in people at 'low'");
    }
  }
  return problems;
}
