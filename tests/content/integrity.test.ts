import { describe, expect, it } from "vitest";
import { claims } from "../../src/content/claims";
import { DESIGNS, SECTIONS, SECTION_IDS } from "../../src/content/schema";
import { validateClaims } from "../../src/content/validate";
import { designOf, loadSourceIndex, sourceIds } from "../../src/content/sources";
import rawSources from "../../src/content/sources.json";
import type { Source } from "../../src/content/schema";
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

  it("validation names a broken claim (what stops the build)", async () => {
    await loadSourceIndex();
    const good = claims.find((c) => c.scope === "people" && c.grade === "low")!;
    const animalOnly = sources.find((s) => s.design === "animal")!.id;
    const broken = [
      { ...good, id: "too-high", grade: "high" as const, sources: [animalOnly] },
      { ...good, id: "no-sources", sources: [] },
      { ...good, id: "bad-source", sources: ["not-a-source"] },
      { ...good, id: "Bad Id" },
      { ...good, id: "undated-law", scope: "fact" as const, grade: "official" as const, downgrades: [] },
    ];
    const problems = validateClaims(broken, designOf).join("\n");
    expect(problems).toContain(`claim "too-high": 'high' for an effect in people needs a systematic review`);
    expect(problems).toContain(`claim "too-high": animal, lab, case or survey evidence alone caps`);
    expect(problems).toContain(`claim "no-sources": needs at least one source`);
    expect(problems).toContain(`claim "bad-source": cites unknown source "not-a-source"`);
    expect(problems).toContain(`claim "Bad Id": id must be kebab-case`);
    expect(problems).toContain(`claim "undated-law": an official record needs asOf`);
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
