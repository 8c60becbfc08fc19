import { describe, expect, it } from "vitest";
import { claims } from "../../src/content/claims";
import type { Grade } from "../../src/content/schema";
import { flatten } from "../../scripts/lib/check-locales";
import { readNamespace } from "../locales";

const en = flatten(readNamespace("en", "claims"));

/** GRADE's words for each level, which the English title and main text must carry, and words they must not. */
const HEDGE: Record<Grade, { must: RegExp; mustNot?: RegExp }> = {
  high: { must: /./, mustNot: /\b(probably|may|might|very uncertain)\b/i },
  moderate: { must: /\bprobably\b/i, mustNot: /\b(may|might|very uncertain)\b/i },
  low: { must: /\bmay\b/i, mustNot: /\b(probably|very uncertain)\b/i },
  "very-low": { must: /\bvery uncertain\b/i, mustNot: /\bprobably\b/i },
  none: { must: /\bno (study|trial)\b/i, mustNot: /\bprobably\b/i },
  official: { must: /\b(19|20)\d\d\b/ },
};

describe("English wording follows each claim's grade (GRADE's hedges)", () => {
  it.each(claims.map((c) => [c.id, c] as const))("%s", (_id, claim) => {
    const { must, mustNot } = HEDGE[claim.grade];
    for (const field of ["title", "text"] as const) {
      const words = en.get(`${claim.id}.${field}`) ?? "";
      expect(words, `${field} of a ${claim.grade} claim`).toMatch(must);
      if (mustNot) expect(words, `${field} of a ${claim.grade} claim`).not.toMatch(mustNot);
    }
  });
});
