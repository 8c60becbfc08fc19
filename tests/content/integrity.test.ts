import { describe, expect, it } from "vitest";
import { claims } from "../../src/content/claims";
import { DESIGNS, GRADES, SECTIONS, SECTION_IDS, VERDICTS, type Claim, type Design } from "../../src/content/schema";
import { sources, sourcesById } from "../../src/content/sources";
import { helpLines } from "../../src/content/help-lines";
import { SHIPPED } from "../../src/i18n/languages";
import { flatten, placeholders } from "../../scripts/lib/check-locales";
import { readNamespace } from "../locales";

/** Designs that can support a "high" grade for an effect in people. */
const HIGH_CAPABLE: readonly Design[] = ["systematic-review", "meta-analysis", "rct"];
/** Designs that, alone, cap a claim about people at "low". */
const CAPPING: readonly Design[] = [
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

const designsOf = (claim: Claim) => claim.sources.map((id) => sourcesById.get(id)?.design);
const en = flatten(readNamespace("en", "claims"));

describe("sources", () => {
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
    for (const line of helpLines) expect(line.verified_on, line.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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

  it.each(claims.map((c) => [c.id, c] as const))("%s is well formed", (id, claim) => {
    expect(GRADES).toContain(claim.grade);
    expect(claim.sources.length, `${id} needs at least one source`).toBeGreaterThan(0);
    for (const s of claim.sources) expect(sourcesById.has(s), `${id} cites unknown source ${s}`).toBe(true);
    expect(new Set(claim.sources).size, `${id} cites a source twice`).toBe(claim.sources.length);
    expect(claim.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((SECTIONS[claim.section] as readonly string[]).includes(claim.subsection), `${id} subsection`).toBe(true);
    if (claim.origin === "article") expect(VERDICTS).toContain(claim.verdict);
    else expect("verdict" in claim, `${id} is added by us and has no verdict`).toBe(false);
  });

  it("obeys the grade ceiling: no 'high' for people without reviews or trials; weak designs cap at 'low'", () => {
    for (const claim of claims.filter((c) => c.scope === "people")) {
      const designs = designsOf(claim);
      if (claim.grade === "high") {
        expect(
          designs.some((d) => d && HIGH_CAPABLE.includes(d)),
          `${claim.id}: high without SR/MA/RCT`,
        ).toBe(true);
      }
      if (designs.every((d) => d && CAPPING.includes(d))) {
        expect(["low", "very-low", "none"], `${claim.id}: weak designs only`).toContain(claim.grade);
      }
      expect(claim.grade, `${claim.id}: a claim about people is not an official record`).not.toBe("official");
    }
  });

  it("marks facts of law and agency positions as official records with the date they were true", () => {
    for (const claim of claims) {
      expect(claim.scope === "fact", `${claim.id}: scope fact ⇔ grade official`).toBe(claim.grade === "official");
      if (claim.grade === "official") {
        expect(claim.asOf, `${claim.id} needs asOf`).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        expect(claim.downgrades).toEqual([]);
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
      const fields = ["title", "text", "studied", "whyNotHigher", ...(claim.origin === "article" ? ["article"] : [])];
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
