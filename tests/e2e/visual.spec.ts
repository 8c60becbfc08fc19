// Phone and desktop widths, left-to-right and right-to-left: no sideways
// scrolling, no clipped text, tap targets of at least 24×24 px. Screenshots go to
// test-results/ (a CI artifact; never committed).
import { expect, test } from "@playwright/test";

const VIEWPORTS = [
  { name: "phone", width: 360, height: 740 },
  { name: "desktop", width: 1280, height: 800 },
];
const PAGES = [
  "/en/",
  "/en/dosage",
  "/en/sources",
  "/en/claims",
  "/de/claims/liver-injury",
  "/ar/",
  "/ar/long-term",
  "/ar/help",
  "/th/about",
  "/th/article",
];

for (const viewport of VIEWPORTS) {
  for (const path of PAGES) {
    test(`${path} at ${viewport.name} width: no sideways scroll, nothing clipped, tap targets ≥ 24 px`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(path);
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      // Open the first badge so its panel is checked too.
      const badge = page.locator(".badge__button").first();
      if ((await badge.count()) > 0) await badge.click();

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);

      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("h1, h2, h3, p, li, a, button, dt, dd, span")]
          .filter((el) => {
            const style = getComputedStyle(el);
            const clips = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
            return (
              clips &&
              el.offsetParent !== null &&
              !el.classList.contains("visually-hidden") &&
              (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
            );
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.slice(0, 40)}`),
      );
      expect(clipped, "clipped text").toEqual([]);

      // WCAG 2.5.8: controls and stand-alone links at least 24×24 px (links inside sentences are exempt).
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("button, nav a, .source-ref, .source-links a, .language-choices a")]
          .filter((el) => el.offsetParent !== null)
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 24 || r.height < 24)
          .map(
            ({ el, r }) =>
              `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
          ),
      );
      expect(small, "tap targets smaller than 24×24").toEqual([]);

      await page.screenshot({
        path: testInfo.outputPath(`${viewport.name}${path.replace(/\//g, "_")}.png`),
        fullPage: false,
      });
    });
  }
}
