import { describe, expect, it } from "vitest";
import { claims } from "../../src/content/claims";
import { DESIGNS, SECTIONS, SECTION_IDS } from "../../src/content/schema";
import { validateClaims } from "../../src/content/validate";
import { designOf, loadSourceIndex, sourceIds } from "../../src/content/sources";
import rawSources from "../../src/content/sources.json";
import type { Claim, Source } from "../../src/content/schema";
import { helpLines } from "../../src/content/help-lines";
import { SHIPPED } from "../../src/i18n/languages";
import { flatten, placeholders } from "../../scripts/lib/check-locales";
import { readNamespace } from "../locales";

const sources = rawSources as Source[];
const en = flatten(readNamespace("en", "claims"));

describe("sources", () => {
  it("reach the pages in the verified order, with their designs (build-time index)", async () => {
    await loadSourceIndex();
    expect(sourceIds()).toEqual(sources.map((s) => s.id));
    for (const s of sources) expect(designOf(s.id)).toBe(s.design);
  });

  it("have unique ids, a known design and a title", () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sources) {
      expect(DESIGNS, s.id).toContain(s.design);
      expect(s.title.length, s.id).toBeGreaterThan(0);
    }
  });

  it("link only to DOI, PubMed or official pages, never to a seller", () => {
    for (const s of sources) {
      if (s.url) expect(s.url, s.id).toMatch(/^https:\/\//);
      if (s.doi) expect(s.url, s.id).toBe(`https://doi.org/${s.doi}`);
    }
  });
});

describe("help lines", () => {
  it("are the verified list, each with a verification date", () => {
    for (const line of helpLines) expect(line.verified_on, line.phone ?? line.region).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(helpLines.find((l) => l.region === "US" && l.kind === "poison")?.phone).toBe("1-800-222-1222");
  });
});

describe("claims", () => {
  it("has roughly 40–70 distinct claims with unique kebab-case ids", () => {
    expect(claims.length).toBeGreaterThanOrEqual(40);
    expect(claims.length).toBeLessThanOrEqual(75);
    const ids = claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("pass validation: sources exist, verdicts, dates, official records dated, grade ceiling", async () => {
    await loadSourceIndex();
    expect(validateClaims(claims, designOf)).toEqual([]);
  });

  it("validation names a broken claim and the arithmetic (what stops the build)", async () => {
    await loadSourceIndex();
    const rct = claims.find((c) => c.id === "cold-pressor-trial")!; // randomized, two serious downgrades: low
    const survey = claims.find((c) => c.id === "user-surveys-pain-relief")!; // observational, floor: very low
    const animalOnly = sources.find((s) => s.design === "animal")!.id;
    const caseReport = sources.find((s) => s.design === "case-report")!.id;
    const surveyOnly = sources.find((s) => s.design === "cross-sectional-survey")!.id;
    const broken: Claim[] = [
      // arithmetic: high − 1 − 1 is low, not moderate
      { ...rct, id: "wrong-sum", grade: "moderate" },
      // a very serious downgrade counts two steps
      { ...rct, id: "severity-ignored", downgrades: { indirectness: "very-serious", imprecision: "serious" } },
      // observational evidence never rises above low without a recorded upgrade, whatever reviews are cited
      { ...survey, id: "survey-lifted", grade: "moderate", downgrades: {} },
      // upgrades only from an observational start
      { ...rct, id: "upgraded-trial", upgrades: ["large-effect"], grade: "moderate" },
      { ...survey, id: "unknown-upgrade", upgrades: ["popular" as never] },
      { ...survey, id: "bad-severity", downgrades: { indirectness: "mild" as never } },
      { ...survey, id: "unknown-domain", downgrades: { vibes: "serious" } as never },
      // a randomized start needs trial evidence
      { ...rct, id: "randomized-surveys", sources: [surveyOnly] },
      // people + lab evidence alone: very serious indirectness
      { ...rct, id: "lab-for-people", start: "laboratory", downgrades: { indirectness: "serious" }, grade: "moderate" },
      // the exact cap: case reports alone, however upgraded, say at most "low" about people
      {
        ...survey,
        id: "case-capped",
        sources: [caseReport],
        downgrades: {},
        upgrades: ["large-effect"],
        grade: "moderate",
      },
      {
        ...rct,
        id: "animal-capped",
        sources: [animalOnly],
        start: "laboratory",
        downgrades: { indirectness: "very-serious" },
        grade: "low",
        scope: "people",
      },
      // none and official are not computed, and take no steps
      { ...survey, id: "none-with-steps", start: "no-human-evidence", grade: "none" },
      { ...survey, id: "undated-law", start: "official-record", scope: "fact", grade: "official", downgrades: {} },
      { ...survey, id: "no-sources", sources: [] },
      { ...survey, id: "bad-source", sources: ["not-a-source"] },
      { ...survey, id: "Bad Id" },
    ];
    const lines = validateClaims(broken, designOf);
    const problems = lines.join("\n");
    const expectProblem = (id: string, text: string) =>
      expect(
        lines.filter((l) => l.startsWith(`claim "${id}": `) && l.includes(text)),
        `${id}: ${text}`,
      ).toHaveLength(1);
    expectProblem(
      "wrong-sum",
      'recorded grade "moderate" does not follow from its inputs: randomized starts high − 1 (indirectness, serious) − 1 (imprecision, serious) = low',
    );
    expectProblem("severity-ignored", "− 2 (indirectness, very-serious) − 1 (imprecision, serious) = very-low");
    expectProblem("survey-lifted", "observational starts low = low");
    expectProblem("upgraded-trial", 'upgrades apply only to observational evidence, not "randomized"');
    expectProblem("unknown-upgrade", 'unknown upgrade "popular"');
    expectProblem("bad-severity", 'downgrade "indirectness" has unknown severity "mild"');
    expectProblem("unknown-domain", 'unknown downgrade "vibes"');
    expectProblem("randomized-surveys", "a randomized start needs a trial");
    expectProblem("lab-for-people", "needs very serious indirectness");
    expectProblem("case-capped", "caps a claim about people at 'low'");
    expect(problems).not.toContain('claim "animal-capped"'); // laboratory − 2 = low: allowed, and the cap holds
    expectProblem("none-with-steps", "nothing to downgrade or upgrade");
    expectProblem("undated-law", "an official record needs asOf");
    expectProblem("no-sources", "needs at least one source");
    expectProblem("bad-source", 'cites unknown source "not-a-source"');
    expectProblem("Bad Id", "id must be kebab-case");
    // every planted claim is caught, and only for what was planted
    for (const c of broken.filter((b) => b.id !== "animal-capped")) expect(problems).toContain(`claim "${c.id}"`);
  });

  it("records a reason in every language for each downgrade and upgrade, and none for steps not taken", () => {
    for (const lang of SHIPPED.map((l) => l.code)) {
      const words = readNamespace(lang, "claims") as Record<string, { steps?: Record<string, string> }>;
      for (const claim of claims) {
        const expected = [...Object.keys(claim.downgrades), ...(claim.upgrades ?? [])].sort();
        const steps = words[claim.id]?.steps ?? {};
        expect(Object.keys(steps).sort(), `${lang}: ${claim.id} steps`).toEqual(expected);
        for (const [k, v] of Object.entries(steps)) expect(v.trim(), `${lang}: ${claim.id}.steps.${k}`).toBeTruthy();
      }
    }
  });

  it("says in the text of every lab finding that it is not an effect shown in people", () => {
    for (const claim of claims.filter((c) => c.scope === "lab")) {
      expect(en.get(`${claim.id}.text`), claim.id).toMatch(
        /laborator|lab test|animal|cell|mice|rats|product test|tested products/i,
      );
    }
  });

  it("covers every section and every subsection", () => {
    for (const section of SECTION_IDS) {
      for (const sub of SECTIONS[section]) {
        expect(
          claims.some((c) => c.section === section && c.subsection === sub),
          `${section}#${sub} has no claim`,
        ).toBe(true);
      }
    }
  });

  it("has 4–6 bottom-line key messages", () => {
    const count = claims.filter((c) => c.keyMessage).length;
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(6);
  });

  it("includes what the article leaves out (added claims)", () => {
    expect(claims.filter((c) => c.origin === "added").length).toBeGreaterThanOrEqual(6);
  });

  it.each(SHIPPED.map((l) => l.code))("has every claim's words in %s, with its numbers as values", (lang) => {
    const flat = flatten(readNamespace(lang, "claims"));
    for (const claim of claims) {
      const steps = [...Object.keys(claim.downgrades), ...(claim.upgrades ?? [])].map((s) => `steps.${s}`);
      const fields = [
        "title",
        "text",
        "studied",
        "whyNotHigher",
        ...steps,
        ...(claim.origin === "article" ? ["article"] : []),
      ];
      const used = new Set<string>();
      for (const field of fields) {
        const text = flat.get(`${claim.id}.${field}`);
        expect(text?.trim(), `${lang}: ${claim.id}.${field}`).toBeTruthy();
        for (const name of placeholders(text ?? "")) {
          expect(claim.values?.[name], `${lang}: ${claim.id}.${field} uses {{${name}}} without a value`).toBeTypeOf(
            "number",
          );
          used.add(name);
        }
      }
      for (const name of Object.keys(claim.values ?? {})) {
        expect(used.has(name), `${lang}: ${claim.id} never shows its value "${name}"`).toBe(true);
      }
      if (claim.origin === "added") expect(flat.has(`${claim.id}.article`), `${claim.id}.article`).toBe(false);
    }
  });
});
