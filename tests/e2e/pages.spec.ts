import { expect, test, type Page } from "@playwright/test";
import { claims } from "../../src/content/claims";
import type { SectionId } from "../../src/content/schema";

// Playwright's loader cannot import JSON modules, so count from the claim data directly.
const claimsInSection = (section: SectionId) => claims.filter((c) => c.section === section);

const ready = (page: Page) => page.locator("html[data-ready]").waitFor({ state: "attached" });

test("keyboard: skip link, then Tab to a badge, open it, reach its sources, Esc back to the badge", async ({
  page,
}) => {
  await page.goto("/en/dosage");
  await ready(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  let onBadge = false;
  for (let i = 0; i < 40 && !onBadge; i++) {
    await page.keyboard.press("Tab");
    onBadge = await page.evaluate(() => document.activeElement?.classList.contains("badge__button") ?? false);
    // Focus is always visible: every focused element draws an outline.
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? getComputedStyle(el).outlineStyle : "none";
    });
    expect(outline, `focus ring on tab stop ${i}`).not.toBe("none");
  }
  expect(onBadge).toBe(true);
  const badgeId = await page.evaluate(() => document.activeElement?.getAttribute("aria-controls"));
  const badge = page.locator(`button[aria-controls="${badgeId}"]`);
  await page.keyboard.press("Enter");
  await expect(badge).toHaveAttribute("aria-expanded", "true");
  // The panel's code is fetched when the badge gets focus; wait until the panel shows.
  await expect(page.locator(`[id="${badgeId ?? ""}"] .badge__panel-title`)).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("href", /\/en\/(methodology#grades|sources#source-)/);
  await page.keyboard.press("Escape");
  await expect(badge).toBeFocused();
  await expect(badge).toHaveAttribute("aria-expanded", "false");

  // Following a source link lands on that entry of the bibliography.
  await badge.press("Enter");
  const link = page.locator(".badge__panel:not([hidden]) a[href*='/sources#source-']").first();
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, "\\$&")}$`));
  await expect(page.locator(`[id="${href.split("#")[1] ?? ""}"]`)).toBeInViewport();
});

test("a badge opens by keyboard, shows its sources and closes with Escape back on the badge", async ({ page }) => {
  await page.goto("/en/long-term");
  await ready(page);
  const badge = page.locator("[data-claim-id] [data-grade] button").first();
  await badge.focus();
  await page.keyboard.press("Enter");
  await expect(badge).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`#${(await badge.getAttribute("aria-controls"))!.replace(/:/g, "\\:")}`);
  await expect(panel).toBeVisible();
  await expect(panel.locator("a[href^='/en/sources#source-']").first()).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(badge).toBeFocused();
});

test("the language switcher keeps the page and the anchor", async ({ page }) => {
  await page.goto("/en/long-term#tolerance");
  await ready(page);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/long-term#tolerance$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test("arriving at an #anchor far down a page, the reader stays there once the page is interactive", async ({
  page,
}) => {
  await page.goto("/en/dosage");
  const id = await page.locator("[data-claim-id]").last().getAttribute("id");
  await page.goto(`/en/dosage#${id ?? ""}`);
  await ready(page);
  await expect(page.locator(`[id="${id ?? ""}"]`)).toBeInViewport();
  // Not pulled back up to the menu (the menu's own sideways scroll must not move the page).
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
});

test("far down a long page, things work on the first try before the reader has scrolled there", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/en/dosage");
  await ready(page);
  const badge = page.locator("[data-claim-id]").last().locator(".badge__button");
  await badge.click();
  await expect(badge).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(badge).toHaveAttribute("aria-expanded", "false");

  // A link in the bibliography's last entries opens its claim in the app, without reloading the page.
  await page.goto("/en/sources");
  await ready(page);
  await page.evaluate(() => {
    (window as { sameDocument?: boolean }).sameDocument = true;
  });
  const link = page.locator(".bibliography__citing a").last();
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator("main h1")).toBeFocused();
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("/ sends the reader to their language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/es\/$/);
  await context.close();
});

test("unknown addresses get a 404 page with a way on", async ({ page }) => {
  await page.goto("/en/no-such-page");
  await expect(page.locator("h1")).toHaveText("Page not found");
  await page.goto("/xx/dosage");
  await expect(page.locator("h1")).toHaveText("This language is not available");
  await expect(page.getByRole("link", { name: "Español" })).toHaveAttribute("href", "/es/dosage");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a section page shows every claim with its badge label", async ({ page }) => {
    await page.goto("/es/dosage");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const expected = claimsInSection("dosage").length;
    await expect(page.locator("[data-claim-id]")).toHaveCount(expected);
    await expect(page.locator("[data-claim-id] [data-grade] .badge__label")).toHaveCount(expected);
    for (const label of await page.locator(".badge__label").allTextContents()) expect(label.trim()).not.toBe("");
  });
});
