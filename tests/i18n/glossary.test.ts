import { describe, expect, it } from "vitest";
import { claims } from "../../src/content/claims";
import { SHIPPED } from "../../src/i18n/languages";
import { findTerms, type Glossary } from "../../src/features/glossary/find-terms";
import { setLanguage, i18n } from "../../src/i18n";

describe.each(SHIPPED.map((l) => l.code))("glossary in %s", (lang) => {
  it("every form listed to mark a term occurs in this language's claim texts, and most terms get marked", async () => {
    await setLanguage(lang);
    const t = i18n.getFixedT(lang);
    const glossary = t("glossary:terms", { returnObjects: true }) as unknown as Glossary;
    const texts = claims.map((c) => t(`claims:${c.id}.text`, { ...c.values }).toLowerCase());
    for (const [id, entry] of Object.entries(glossary)) {
      for (const form of entry.match) {
        expect(
          texts.some((text) => text.includes(form.toLowerCase())),
          `${lang} glossary "${id}": "${form}" is not in any claim text`,
        ).toBe(true);
      }
    }
    const marked = new Set(
      claims.flatMap((c) =>
        findTerms(t(`claims:${c.id}.text`, { ...c.values }), glossary, lang).flatMap((s) =>
          s.termId ? [s.termId] : [],
        ),
      ),
    );
    // English marks 20 of its terms; a translation should find most of them in its own words.
    expect(marked.size, `${lang}: terms marked in claim texts`).toBeGreaterThanOrEqual(12);
  });
});
