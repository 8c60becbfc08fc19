import { readFileSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { claims } from "../../src/content/claims";
import { COMMON_KEY, buildIndex, claimDocuments, matchSentence } from "../../src/features/checker/engine";
import { splitSentences, words as segmentWords } from "../../src/features/checker/segment";

const thaiWords = (text: string) => segmentWords(text, "th");
import { MAX_CHARS } from "../../src/features/checker/limits";
import { detectLanguage } from "../../src/features/checker/detect-language";
import { loadStopwords } from "../../src/features/checker/stopwords";
import { renderRoute, tr } from "../render-route";

const WAIT = { timeout: 10000 };

describe("splitting a reader's text into sentences", () => {
  it("splits at sentence ends, line breaks and list bullets, and drops the bullets", () => {
    const text = "Kratom is natural. It works!\n- No side effects\n• Ships fast\n2) Lab tested";
    expect(splitSentences(text, "en").map((s) => s.text)).toEqual([
      "Kratom is natural.",
      "It works!",
      "No side effects",
      "Ships fast",
      "Lab tested",
    ]);
  });

  it("splits a long Thai run at its spaces (Thai writes no full stops)", () => {
    const thai = "กระท่อมช่วยลดอาการปวดได้ดีมาก ไม่มีผลข้างเคียงเลย ตรวจปัสสาวะไม่เจอแน่นอน ส่งฟรีทั่วประเทศ";
    expect(splitSentences(thai, "th").map((s) => s.text)).toEqual([
      "กระท่อมช่วยลดอาการปวดได้ดีมาก",
      "ไม่มีผลข้างเคียงเลย",
      "ตรวจปัสสาวะไม่เจอแน่นอน",
      "ส่งฟรีทั่วประเทศ",
    ]);
  });

  it("keeps a number or a word set off by spaces in Thai with its clause", () => {
    const thai = "กินวันละ 3 แคปซูล ช่วยให้หลับสบายทั้งคืน ไม่ต้องพึ่งยานอนหลับอีกต่อไปแล้วจริงๆ นะ";
    expect(splitSentences(thai, "th").map((s) => s.text)).toEqual([
      "กินวันละ 3 แคปซูล",
      "ช่วยให้หลับสบายทั้งคืน",
      "ไม่ต้องพึ่งยานอนหลับอีกต่อไปแล้วจริงๆ นะ",
    ]);
  });
});

/** The checker's index for a language, from the locale files on disk. */
async function indexFor(lang: string) {
  const words = JSON.parse(readFileSync(`locales/${lang}/claims.json`, "utf8")) as Record<
    string,
    Record<string, string>
  >;
  const cues = JSON.parse(readFileSync(`locales/${lang}/cues.json`, "utf8")) as Record<string, string>;
  return buildIndex(
    claimDocuments(claims, (id, field) => words[id]?.[field] ?? "", cues),
    lang,
    await loadStopwords(lang),
    cues[COMMON_KEY],
  );
}

describe("matching Thai sentences", async () => {
  const index = await indexFor("th");

  it("keeps Thai vowel and tone marks: 'slow' (ช้า) is not 'numb' (ชา)", () => {
    expect(thaiWords("ของมาช้า")).toContain("ช้า");
    expect(thaiWords("ของมาช้า")).not.toContain("ชา");
    expect(matchSentence(index, "วันนี้รถติดมาก ของอาจจะมาช้าหน่อยนะครับ")).toEqual([]);
  });

  it("does not take one syllable of a borrowed word for a word of a claim", () => {
    // "ซี" (C) and "เซ" are also syllables of the segmented "serotonin" and "receptor".
    expect(matchSentence(index, "วิตามินซีเม็ดฟู่รสส้ม กระปุกละ 20 เม็ด")).toEqual([]);
  });

  it("still finds a Thai seller's claim", () => {
    expect(matchSentence(index, "กระท่อมช่วยลดอาการปวดหลังได้ดีมาก").map((m) => m.id)).toContain("back-pain-relief");
  });
});

describe("matching sentences to graded claims", async () => {
  const index = await indexFor("en");

  it("finds the claim a vendor sentence makes, best first, at most three", () => {
    const matches = matchSentence(index, "Our capsules give you the exact same dose every single time.");
    expect(matches[0]?.id).toBe("capsules-consistent-dosing");
    expect(matches.length).toBeLessThanOrEqual(3);
  });

  it("leaves a sentence unmatched when we grade nothing like it", () => {
    expect(matchSentence(index, "Red Bali is our most relaxing strain, with free shipping over $50.")).toEqual([]);
  });
});

describe("recognising the language of a pasted text", () => {
  it("tells shipped languages apart and stays undecided on too little text", async () => {
    const lists = Object.fromEntries(
      await Promise.all(["en", "es", "de", "ar", "th", "id"].map(async (l) => [l, await loadStopwords(l)] as const)),
    );
    expect(
      detectLanguage("El kratom no tiene efectos secundarios y es mejor que los analgésicos de la farmacia.", lists),
    ).toBe("es");
    expect(
      detectLanguage("Kratom hat keine Nebenwirkungen und ist besser als die Schmerzmittel aus der Apotheke.", lists),
    ).toBe("de");
    expect(detectLanguage("الكراتوم ليس له أي آثار جانبية وهو أفضل من مسكنات الألم", lists)).toBe("ar");
    expect(detectLanguage("Kratom", lists)).toBeNull();
  });
});

/** The English check page, once its checker has loaded (the button is enabled). */
async function openChecker() {
  const user = userEvent.setup();
  const { router } = await renderRoute("/en/check");
  const button = screen.getByRole("button", { name: tr("en", "tools:checker.submit") });
  await vi.waitFor(() => expect(button).toBeEnabled(), WAIT);
  return { user, button, router };
}

describe("the check page", () => {
  it("checks a pasted text: each sentence with its claims and badges, or 'not graded here', announced politely", async () => {
    const { user, button } = await openChecker();
    await user.click(screen.getByRole("textbox", { name: tr("en", "tools:checker.label") }));
    await user.paste("These capsules give the exact same dose every time.\nFree shipping on all orders!");
    await user.click(button);
    await vi.waitFor(() => expect(document.querySelectorAll("[data-check-sentence]")).toHaveLength(2), WAIT);
    const [first, second] = [...document.querySelectorAll("[data-check-sentence]")];
    expect(first?.getAttribute("data-check-sentence")).toBe("These capsules give the exact same dose every time.");
    const claim = first?.querySelector("[data-claim-id]");
    expect(claim?.getAttribute("data-claim-id")).toBe("capsules-consistent-dosing");
    expect(claim?.querySelectorAll("[data-grade]")).toHaveLength(1);
    expect(second?.hasAttribute("data-unmatched")).toBe(true);
    expect(document.querySelector(".checker-status")).toHaveAttribute("aria-live", "polite");
    expect(document.querySelector(".checker-status")).toHaveTextContent(
      tr("en", "tools:checker.summary", { count: 1, sentences: 2 }),
    );
  });

  it("gives a hint for an empty text, and keeps an over-long text with a clear message", async () => {
    const { user, button } = await openChecker();
    await user.click(button);
    expect(screen.getByRole("alert")).toHaveTextContent(tr("en", "tools:checker.empty"));
    expect(document.querySelector("[data-check-sentence]")).toBeNull();
    const box = screen.getByRole("textbox", { name: tr("en", "tools:checker.label") });
    const long = "Kratom is great. ".repeat(1600);
    await user.click(box);
    await user.paste(long);
    await user.click(button);
    expect(screen.getByRole("alert")).toHaveTextContent(
      tr("en", "tools:checker.tooLong", { count: long.length, max: MAX_CHARS }),
    );
    expect(box).toHaveValue(long);
    expect(document.querySelector("[data-check-sentence]")).toBeNull();
  });

  it("treats pasted markup as plain text, never rendering it", async () => {
    const { user, button } = await openChecker();
    await user.click(screen.getByRole("textbox", { name: tr("en", "tools:checker.label") }));
    await user.paste('<img src=x onerror="alert(1)"><b>No side effects at all</b>');
    await user.click(button);
    await vi.waitFor(() => expect(document.querySelector("[data-check-sentence]")).not.toBeNull(), WAIT);
    const results = document.querySelector(".check-results") as HTMLElement;
    expect(results.querySelector("img, b")).toBeNull();
    expect(within(results).getAllByText(/<b>No side effects at all<\/b>/).length).toBeGreaterThan(0);
  });

  it("offers the page in the text's language, keeping the text", async () => {
    const { user, button, router } = await openChecker();
    const spanish =
      "Las cápsulas de kratom no tienen efectos secundarios y son mucho más seguras que los opioides de la farmacia.";
    await user.click(screen.getByRole("textbox", { name: tr("en", "tools:checker.label") }));
    await user.paste(spanish);
    await user.click(button);
    const link = await screen.findByRole(
      "link",
      { name: tr("en", "tools:checker.otherLanguageLink", { language: "Español" }) },
      WAIT,
    );
    await user.click(link);
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/es/check"), WAIT);
    expect(router.state.location.search).toBe("");
    await vi.waitFor(() => expect(screen.getByRole("textbox")).toHaveValue(spanish), WAIT);
  });
});
