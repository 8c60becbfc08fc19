import { expect, test, type Page } from "@playwright/test";
import { claims } from "../../src/content/claims";

const ready = (page: Page) => page.locator("html[data-ready]").waitFor({ state: "attached" });

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });
  test("after a first visit the site opens offline: the page read, another page, and in-app navigation", async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await page.goto("/en/dosage");
    await ready(page);
    // The service worker registers a few seconds after the page is ready (when the browser is idle), precaches the app, then takes control.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await expect(page.getByText("This site will now open without an internet connection")).toBeVisible();
    const heading = await page.locator("h1").textContent();

    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await expect(page.locator("h1")).toHaveText(heading ?? "");
    // Debian's Chromium 150 keeps requests offline after a reload but forgets the emulated
    // navigator.onLine (Chromium 156 kept both): tell the new page again.
    if (await page.evaluate(() => navigator.onLine)) {
      await context.setOffline(false);
      await context.setOffline(true);
    }
    await expect(page.getByText("You are offline.")).toBeVisible();
    expect(await page.locator("[data-claim-id]").count()).toBeGreaterThan(3);

    // A page never opened: the worker serves the app shell, which renders it from the cache.
    await page.goto("/en/glossary");
    await ready(page);
    await expect(page.locator("h1")).toHaveText("Glossary");
    await expect(page.locator("#term-half-life")).toBeVisible();

    // Moving within the app works offline too.
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "All claims" }).click();
    await expect(page.locator("h1")).toHaveText("All claims");
    await context.setOffline(false);
  });
});

test("print: no navigation, badges as words, the page's sources as numbered footnotes with their links", async ({
  page,
}) => {
  await page.goto("/en/long-term");
  await ready(page);
  await page.locator(".footnotes").waitFor({ state: "attached", timeout: 15_000 });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator(".lang-switcher")).toBeVisible({ visible: false });
  await expect(page.locator(".footnotes")).toBeVisible();
  const refs = await page.locator(".claim .source-ref").allTextContents();
  const numbers = [...new Set(refs.map((r) => r.replace(/\D/g, "")))];
  const footnotes = await page
    .locator(".footnotes li")
    .evaluateAll((els) => els.map((el) => ({ value: (el as HTMLLIElement).value, text: el.textContent })));
  expect(footnotes.map((f) => String(f.value)).sort()).toEqual(numbers.sort());
  expect(footnotes.some((f) => f.text.includes("https://doi.org/"))).toBe(true);
  const firstBadge = page.locator(".badge__button").first();
  await expect(firstBadge).toBeVisible();
  await expect(firstBadge).toContainText(/certainty|record|people/);
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".footnotes")).toBeHidden();
});

test("clinician summary prints on its own: no navigation or buttons, grades in words, sources listed", async ({
  page,
}) => {
  await page.goto("/en/summary");
  await ready(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print this summary" })).toBeHidden();
  expect(await page.locator(".summary-claim__grade").count()).toBeGreaterThan(5);
  expect(await page.locator(".summary-sources li").count()).toBeGreaterThan(5);
});

test("explorer: a shared filtered link opens the same view, and filters change the address", async ({ page }) => {
  await page.goto("/es/claims?grade=high&origin=article");
  await ready(page);
  const results = page.locator(".explorer__results [data-claim-id]");
  const expected = claims.filter((c) => c.grade === "high" && c.origin === "article").length;
  await expect(results).toHaveCount(expected);
  const shown = expected;
  await page.locator('input[name="grade"][value="high"]').uncheck();
  await expect(page).toHaveURL(/\/es\/claims\?origin=article$/);
  await expect(results).toHaveCount(claims.filter((c) => c.origin === "article").length);
  expect(await results.count()).toBeGreaterThan(shown);
});

test("glossary term on a phone: the definition opens by keyboard, fits on screen and closes with Esc", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/claims/opioid-receptor-binding");
  await ready(page);
  const term = page.getByRole("button", { name: "opioid receptors" });
  await term.focus();
  await page.keyboard.press("Enter");
  const popover = page.getByRole("note", { name: /Opioid receptor/ });
  await expect(popover).toBeVisible();
  const box = await popover.boundingBox();
  expect(box).not.toBeNull();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await expect(term).toBeFocused();
});
