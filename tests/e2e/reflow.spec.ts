// Large text and narrow screens (WCAG 1.4.4 Resize text, 1.4.10 Reflow): with the browser's
// text size at 200% (Chromium's own font-size setting, as a reader sets it), and at 320 CSS px
// wide, no page scrolls sideways and no element's content spills out of its box or is cut off.
// Also at 390 px with text at 200% (a phone with large text), where long German words used to
// push /de/claims 140 px sideways. Key pages in every language.
import { expect, test, type Page } from "@playwright/test";
import { SHIPPED } from "../../src/i18n/languages";
import { claims } from "../../src/content/claims";

const PAGES = [
  "",
  "dosage",
  "claims",
  `claims/${claims[0]?.id ?? ""}`,
  "article",
  "glossary",
  "summary",
  "help",
  "methodology",
  "sources",
  "about",
  "no-such-page",
];

const SETUPS = [
  { name: "320 px wide", width: 320, textPx: 16 },
  { name: "text at 200%, 390 px wide", width: 390, textPx: 32 },
  { name: "text at 200%, 1280 px wide", width: 1280, textPx: 32 },
] as const;

/** The browser's default text size (16 px is 100%), as set in its settings. */
async function setTextSize(page: Page, px: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: px, fixed: Math.round((px * 13) / 16) } });
}

/**
 * What spills sideways or is cut off: the page wider than the window; an element whose content
 * is wider than its box (visible beyond it, or cut off); or content cut off below. Boxes that
 * scroll on purpose (overflow auto/scroll: the section menu on phones) and visually hidden text
 * are not counted.
 */
function overflows(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) found.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      if (!(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      if (["inline", "none", "contents"].includes(style.display) || style.clipPath.startsWith("inset(50%")) continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${el.className.split(" ").join(".")}` : ""}`;
      const scrolls = (o: string) => o === "auto" || o === "scroll";
      if (el.scrollWidth > el.clientWidth + 1 && !scrolls(style.overflowX))
        found.push(`${name}: content ${el.scrollWidth} px wide in a ${el.clientWidth} px box (${style.overflowX})`);
      // Glyphs taller than their line (2-3 px) spill harmlessly; only content cut off counts.
      if (el.scrollHeight > el.clientHeight + 1 && (style.overflowY === "hidden" || style.overflowY === "clip"))
        found.push(`${name}: content cut off below (${el.scrollHeight} > ${el.clientHeight} px)`);
    }
    return found.slice(0, 10);
  });
}

for (const setup of SETUPS) {
  test.describe(setup.name, () => {
    test.use({ viewport: { width: setup.width, height: 800 } });
    for (const language of SHIPPED) {
      test(`${language.code}: key pages reflow, nothing spills out or is cut off`, async ({ page }) => {
        await setTextSize(page, setup.textPx);
        const problems: string[] = [];
        for (const slug of PAGES) {
          const path = `/${language.code}/${slug}`;
          await page.goto(path);
          await page.locator("html[data-ready]").waitFor({ state: "attached" });
          const rootPx = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
          expect(rootPx, "the text size set").toBe(`${setup.textPx}px`);
          for (const p of await overflows(page)) problems.push(`${path}: ${p}`);
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

test("the check finds a word that does not wrap (negative control)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await setTextSize(page, 32);
  await page.goto("/de/claims");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  expect(await overflows(page)).toEqual([]);
  // What the certainty filter's label did before every word could wrap.
  await page
    .locator(".facet legend")
    .first()
    .evaluate((el) => {
      (el as HTMLElement).style.whiteSpace = "nowrap";
      el.textContent = "Vertrauenswürdigkeitsbewertungsgrundlage";
    });
  const found = await overflows(page);
  expect(found.join("\n")).toMatch(/page scrolls sideways/);
});
