import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PAGE_SLUGS, paths } from "../../src/config/paths";
import { SHIPPED } from "../../src/i18n/languages";
import { claims } from "../../src/content/claims";
import { SECTION_IDS, type SectionId } from "../../src/content/schema";

/** Collects console errors and warnings, failed requests and page errors. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()}`));
  return problems;
}

// Playwright's loader cannot import JSON modules, so count from the claim data directly.
const claimsInSection = (section: SectionId) => claims.filter((c) => c.section === section);

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const language of SHIPPED) {
  const lang = language.code;
  for (const slug of PAGE_SLUGS) {
    const url = paths.page(lang, slug);
    test(`${url} loads cleanly, badges every claim, passes axe`, async ({ page }) => {
      const problems = watch(page);
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", language.dir);
      await expect(page.locator("h1")).toBeVisible();
      await page.locator("html[data-ready]").waitFor({ state: "attached" });

      const claims = page.locator("[data-claim-id]");
      for (const claim of await claims.all()) {
        await expect(claim.locator("[data-grade]")).toHaveCount(1);
      }
      if ((SECTION_IDS as readonly string[]).includes(slug)) {
        await expect(claims).toHaveCount(claimsInSection(slug as SectionId).length);
      }

      const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

test("a badge opens by keyboard, shows its sources and closes with Escape back on the badge", async ({ page }) => {
  await page.goto("/en/long-term");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
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
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/long-term#tolerance$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
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
