import { describe, expect, it } from "vitest";
import { findTerms, type Glossary } from "../../src/features/glossary/find-terms";

const glossary: Glossary = {
  mitragynine: { term: "Mitragynine", definition: "d", match: ["mitragynine"] },
  "seven-oh": { term: "7-OH", definition: "d", match: ["7-hydroxymitragynine", "7-OH"] },
  receptor: { term: "Opioid receptor", definition: "d", match: ["opioid receptors", "opioid receptor"] },
  liver: { term: "ตับ", definition: "d", match: ["ตับ"] },
};

const marked = (text: string, lang = "en") =>
  findTerms(text, glossary, lang)
    .filter((s) => s.termId)
    .map((s) => `${s.termId ?? ""}:${s.text}`);

describe("glossary terms in running text", () => {
  it("marks the first occurrence of each term, longest form first, keeping the text whole", () => {
    const text = "Mitragynine and 7-hydroxymitragynine bind opioid receptors; mitragynine again.";
    expect(marked(text)).toEqual([
      "mitragynine:Mitragynine",
      "seven-oh:7-hydroxymitragynine",
      "receptor:opioid receptors",
    ]);
    expect(
      findTerms(text, glossary, "en")
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });

  it("does not find a term inside another word where words are spaced", () => {
    expect(marked("7-hydroxymitragynine only")).toEqual(["seven-oh:7-hydroxymitragynine"]);
  });

  it("finds terms inside running Thai text, which has no spaces", () => {
    expect(marked("กระท่อมอาจทำให้ตับเสียหาย", "th")).toEqual(["liver:ตับ"]);
  });

  it("leaves text without terms alone", () => {
    expect(findTerms("nothing here", glossary, "en")).toEqual([{ text: "nothing here" }]);
  });
});
