import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { claims } from "../../src/content/claims";
import { SHIPPED, SOURCE_LANG, languageOf } from "../../src/i18n/languages";
import { reviewProblems, translationFingerprint, type Reviews } from "../../scripts/lib/translation-reviews";
import { LOCALES_DIR, readNamespace } from "../locales";

const ids = claims.map((c) => c.id);
const read = (lang: string, file: string): unknown => {
  const p = path.join(LOCALES_DIR, lang, file);
  return existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : {};
};
const translated = SHIPPED.filter((l) => l.code !== SOURCE_LANG).map((l) => l.code);

describe("independent back-translation checks", () => {
  it.each(translated)("%s: every claim's current translation has a recorded check", (lang) => {
    const reviews = read(lang, "_reviews.json") as Reviews;
    const revisions = read(lang, "_revisions.json") as Record<string, string>;
    expect(reviewProblems(lang, ids, reviews, revisions, readNamespace(lang, "claims"))).toEqual([]);
    // What the site says about the check is the date of the latest one.
    const { translation } = languageOf(lang);
    const latest = Object.values(reviews)
      .map((r) => r.checked)
      .sort()
      .at(-1);
    expect(translation.method === "software-assisted" && translation.checked).toBe(latest);
  });

  it("fails when a translation changes after its check, or follows a newer English", () => {
    const words = { "claim-a": { title: "Título", text: "Puede ayudar." } };
    const reviews: Reviews = {
      "claim-a": {
        revision: "aaa",
        translation: translationFingerprint(words["claim-a"]),
        checked: "2026-12-07",
        method: "back-translation",
        checks: ["hedges", "negations", "numbers", "population"],
        outcome: "passed",
      },
    };
    expect(reviewProblems("es", ["claim-a"], reviews, { "claim-a": "aaa" }, words)).toEqual([]);
    const edited = { "claim-a": { title: "Título", text: "Ayuda." } };
    expect(reviewProblems("es", ["claim-a"], reviews, { "claim-a": "aaa" }, edited)).toEqual([
      'es: claim "claim-a" translation changed after its check on 2026-12-07',
    ]);
    expect(reviewProblems("es", ["claim-a"], reviews, { "claim-a": "bbb" }, words)).toEqual([
      'es: claim "claim-a" was translated from a newer English than its check',
    ]);
    expect(reviewProblems("es", ["claim-a", "claim-b"], reviews, { "claim-a": "aaa" }, words)).toEqual([
      'es: claim "claim-b" has no recorded back-translation check',
    ]);
    const skipped = { "claim-a": { ...reviews["claim-a"]!, checks: ["hedges"] } };
    expect(reviewProblems("es", ["claim-a"], skipped, { "claim-a": "aaa" }, words)).toHaveLength(3);
  });
});
