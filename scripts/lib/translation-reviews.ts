/**
 * Records of the independent check of each translated claim (locales/<lng>/_reviews.json):
 * another helper, who did not make the translation, translated it back into English, and the
 * back-translation was compared with the English for hedges, negations, numbers and who was
 * studied. A record names the English revision and the translation it checked (fingerprints),
 * so a translation changed after its check, or made from a newer English, shows up at once.
 */
import { createHash } from "node:crypto";
import type { Tree } from "./check-locales";

export const CHECKS = ["hedges", "negations", "numbers", "population"] as const;
export const OUTCOMES = ["passed", "corrected"] as const;

export interface ClaimReview {
  /** The English revision (claimRevision) the checked translation was made from. */
  revision: string;
  /** Fingerprint of the translated words that were checked (translationFingerprint). */
  translation: string;
  /** ISO date of the check. */
  checked: string;
  /** "back-translation" (read from a file, so checked rather than trusted). */
  method: string;
  checks: readonly string[];
  /** "passed": no difference found; "corrected": differences fixed, and the fixed words checked again. */
  outcome: string;
  notes?: string;
}

export type Reviews = Record<string, ClaimReview>;

/** A short fingerprint of one claim's words in one language (every field, keys sorted). */
export function translationFingerprint(words: unknown): string {
  const sorted = (v: unknown): unknown =>
    v && typeof v === "object"
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, sorted(x)]),
        )
      : v;
  return createHash("sha256")
    .update(JSON.stringify(sorted(words)))
    .digest("hex")
    .slice(0, 12);
}

/** Every way the records fall short for one language; empty when each claim's current words were checked. */
export function reviewProblems(
  lang: string,
  ids: readonly string[],
  reviews: Reviews,
  revisions: Readonly<Record<string, string>>,
  translated: Tree,
): string[] {
  const problems: string[] = [];
  for (const id of ids) {
    const r = reviews[id];
    if (!r) {
      problems.push(`${lang}: claim "${id}" has no recorded back-translation check`);
      continue;
    }
    if (r.revision !== revisions[id])
      problems.push(`${lang}: claim "${id}" was translated from a newer English than its check`);
    if (r.translation !== translationFingerprint(translated[id]))
      problems.push(`${lang}: claim "${id}" translation changed after its check on ${r.checked}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.checked)) problems.push(`${lang}: claim "${id}" check has no ISO date`);
    if (r.method !== "back-translation") problems.push(`${lang}: claim "${id}" check method is not back-translation`);
    for (const c of CHECKS) if (!r.checks.includes(c)) problems.push(`${lang}: claim "${id}" check skipped ${c}`);
    if (!(OUTCOMES as readonly string[]).includes(r.outcome))
      problems.push(`${lang}: claim "${id}" check has unknown outcome "${r.outcome}"`);
  }
  for (const id of Object.keys(reviews))
    if (!ids.includes(id)) problems.push(`${lang}: review of unknown claim "${id}"`);
  return problems;
}
