import { describe, expect, it } from "vitest";
import { claims } from "../../src/content/claims";
import {
  applyFilters,
  facetCounts,
  parseFilters,
  serializeFilters,
  toggleValue,
} from "../../src/features/explorer/filters";
import { fold, matchesQuery, textMatcher } from "../../src/features/explorer/search";

const all = () => true;

describe("explorer filters in the URL", () => {
  it("round-trip: what is parsed is written back the same, in a stable order", () => {
    const parsed = parseFilters(new URLSearchParams("section=dosage&grade=none&grade=low&origin=article&q=liver"));
    expect(parsed.ignored).toEqual([]);
    expect(serializeFilters(parsed).toString()).toBe("grade=low&grade=none&section=dosage&origin=article&q=liver");
    expect(parseFilters(serializeFilters(parsed))).toEqual(parsed);
  });

  it("accepts comma-separated values too", () => {
    expect(parseFilters(new URLSearchParams("grade=low,high")).values.grade).toEqual(["high", "low"]);
  });

  it("ignores unknown facets and values, and reports them", () => {
    const parsed = parseFilters(new URLSearchParams("grade=awful&grade=low&colour=red&verdict="));
    expect(parsed.values.grade).toEqual(["low"]);
    expect(parsed.ignored).toEqual(["grade=awful", "colour=red", "verdict="]);
  });

  it("combines facets with AND and values within a facet with OR", () => {
    const filters = parseFilters(new URLSearchParams("grade=low&grade=very-low&section=dosage"));
    const shown = applyFilters(claims, filters, all);
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) {
      expect(["low", "very-low"]).toContain(c.grade);
      expect(c.section).toBe("dosage");
    }
    const expected = claims.filter((c) => (c.grade === "low" || c.grade === "very-low") && c.section === "dosage");
    expect(shown.map((c) => c.id)).toEqual(expected.map((c) => c.id));
  });

  it("a verdict filter keeps only the article's claims", () => {
    const shown = applyFilters(claims, parseFilters(new URLSearchParams("verdict=overstated")), all);
    expect(shown.every((c) => c.origin === "article" && c.verdict === "overstated")).toBe(true);
  });

  it("counts what ticking each value would show, given the other facets", () => {
    const filters = parseFilters(new URLSearchParams("section=dosage&grade=low"));
    const gradeCounts = facetCounts(claims, filters, "grade", all);
    for (const [grade, count] of gradeCounts) {
      expect(count).toBe(claims.filter((c) => c.section === "dosage" && c.grade === grade).length);
    }
    const ticked = toggleValue(filters, "grade", "none");
    expect(ticked.values.grade).toEqual(["low", "none"]);
    expect(toggleValue(ticked, "grade", "none").values.grade).toEqual(["low"]);
  });
});

describe("search folding", () => {
  it("ignores case and accents", () => {
    expect(matchesQuery("Daño en el hígado", "HIGADO")).toBe(true);
    expect(matchesQuery("Leberschäden", "leberschaden")).toBe(true);
    expect(matchesQuery("Daño en el hígado", "riñón")).toBe(false);
  });

  it("finds Thai words without spaces, with or without tone marks", () => {
    expect(matchesQuery("กระท่อมอาจทำให้ตับเสียหาย", "ตับ")).toBe(true);
    expect(fold("ตั๊บ")).toBe(fold("ตับ"));
  });

  it("finds Arabic words with or without short vowels and hamza forms", () => {
    expect(matchesQuery("قد يُسبِّب الكَبِد", "الكبد")).toBe(true);
    expect(matchesQuery("إصابة الكبد", "اصابه")).toBe(true);
  });

  it("needs every word of the query", () => {
    expect(matchesQuery("liver injury in users", "liver users")).toBe(true);
    expect(matchesQuery("liver injury in users", "liver kidney")).toBe(false);
    expect(matchesQuery("anything", "   ")).toBe(true);
  });

  it("filters a list reading each item's words at most once, and none for an empty search", () => {
    const asked: string[] = [];
    const textOf = (id: string) => {
      asked.push(id);
      return id === "a" ? "Leberschäden" : "Nierenschäden";
    };
    const matches = textMatcher("LEBER", textOf);
    expect(["a", "b", "a", "b"].map(matches)).toEqual([true, false, true, false]);
    expect(asked).toEqual(["a", "b"]);
    asked.length = 0;
    expect(["a", "b"].every(textMatcher("  ", textOf))).toBe(true);
    expect(asked).toEqual([]);
  });
});
