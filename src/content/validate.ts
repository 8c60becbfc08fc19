/**
 * Validation of the claim records: the build runs it (scripts/validate-content.ts)
 * and stops naming the offending claim; the tests run it too. Pure data checks,
 * no words (the locale checks cover those).
 */
import { gradePath } from "./grade-path";
import {
  DOWNGRADES,
  GRADES,
  SCOPES,
  SECTIONS,
  SEVERITY_STEPS,
  STARTS,
  UPGRADES,
  VERDICTS,
  type Claim,
  type Design,
} from "./schema";

/** Designs that can carry a "randomized" start: trials, and reviews, analyses and guidelines built on them. */
export const RANDOMIZED_CAPABLE: readonly Design[] = [
  "systematic-review",
  "meta-analysis",
  "guideline",
  "rct",
  "pharmacokinetic-study",
];
/** Designs that, alone, cap a claim about people at "low", whatever is recorded. */
export const CAPPING: readonly Design[] = ["animal", "in-vitro", "case-report"];

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
    if (!claim.reviewed || !ISO_DATE.test(claim.reviewed)) fail("reviewed must be an ISO date (YYYY-MM-DD)");
    if (claim.origin === "article") {
      if (!VERDICTS.includes(claim.verdict as (typeof VERDICTS)[number]))
        fail("a claim from the article needs a verdict");
    } else if (claim.origin === "added") {
      if ("verdict" in claim) fail("a claim we added has no verdict on the article");
    } else fail('origin must be "article" or "added"');
    problems.push(...checkGrade(claim, sources, designOf).map((m) => `claim "${id}": ${m}`));
  }
  return problems;
}

/** The GRADE arithmetic and its rules: the recorded grade must follow from start, downgrades and upgrades. */
function checkGrade(
  claim: Partial<Claim>,
  sources: readonly string[],
  designOf: (sourceId: string) => Design | undefined,
): string[] {
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  const { start, scope, grade } = claim;
  const downgrades = claim.downgrades ?? {};
  const upgrades = claim.upgrades ?? [];
  if (!start || !STARTS.includes(start)) return [`unknown start "${String(start)}"`];
  if (typeof downgrades !== "object" || Array.isArray(downgrades))
    return ["downgrades must map each domain to its severity"];
  for (const [d, severity] of Object.entries(downgrades)) {
    if (!(DOWNGRADES as readonly string[]).includes(d)) fail(`unknown downgrade "${d}"`);
    if (!(severity in SEVERITY_STEPS)) fail(`downgrade "${d}" has unknown severity "${severity}"`);
  }
  for (const u of upgrades) if (!UPGRADES.includes(u)) fail(`unknown upgrade "${u}"`);
  if (new Set(upgrades).size !== upgrades.length) fail("an upgrade is recorded twice");
  if (problems.length) return problems;

  const stepCount = Object.keys(downgrades).length + upgrades.length;
  const designs = sources.map(designOf);
  switch (start) {
    case "official-record":
      if (scope !== "fact" || grade !== "official")
        fail('start "official-record" goes with scope "fact" and grade "official"');
      if (!claim.asOf || !ISO_MONTH_OR_DATE.test(claim.asOf)) fail("an official record needs asOf (YYYY-MM[-DD])");
      if (stepCount) fail("an official record is not rated with GRADE: no downgrades or upgrades");
      return problems;
    case "no-human-evidence":
      if (grade !== "none") fail('start "no-human-evidence" goes with grade "none"');
      if (scope !== "people") fail('start "no-human-evidence" is for claims about people');
      if (stepCount) fail("with no human evidence there is nothing to downgrade or upgrade");
      return problems;
    case "randomized":
      if (!designs.some((d) => d && RANDOMIZED_CAPABLE.includes(d)))
        fail("a randomized start needs a trial, or a review, meta-analysis or guideline built on trials");
      break;
    case "laboratory":
      if (scope === "people" && downgrades.indirectness !== "very-serious")
        fail("a claim about people resting on laboratory or animal evidence alone needs very serious indirectness");
      break;
    case "observational":
      break;
  }
  if (scope === "fact") fail('scope "fact" goes with start "official-record"');
  if (grade === "none" || grade === "official")
    fail(`grade "${grade}" needs start "${grade === "none" ? "no-human-evidence" : "official-record"}"`);
  if (upgrades.length && start !== "observational")
    fail(`upgrades apply only to observational evidence, not "${start}"`);

  const path = gradePath({ start, downgrades, upgrades });
  if (path.result !== grade) {
    const arithmetic = [
      `${start} starts ${String(path.startLevel)}`,
      ...path.steps.map((s) =>
        s.kind === "down" ? `− ${SEVERITY_STEPS[s.severity]} (${s.domain}, ${s.severity})` : `+ 1 (${s.upgrade})`,
      ),
    ].join(" ");
    fail(`recorded grade "${String(grade)}" does not follow from its inputs: ${arithmetic} = ${String(path.result)}`);
  }
  // The exact cap: animal, cell or case-report evidence alone never says more than "low" about people.
  if (
    scope === "people" &&
    designs.every((d) => d && CAPPING.includes(d)) &&
    (grade === "moderate" || grade === "high")
  )
    fail("animal, cell or case-report evidence alone caps a claim about people at 'low'");
  return problems;
}
