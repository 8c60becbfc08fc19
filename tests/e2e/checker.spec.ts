import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** The reviewed article (a copy of shared/seed), about 3,200 words: the checker's heaviest ordinary input. */
const ARTICLE = readFileSync(path.resolve(import.meta.dirname, "../fixtures/seed-article.txt"), "utf8");

test.describe("checking a kratom text", () => {
  test("the whole article is checked in the page: no request leaves it, the address stays the same, results by keyboard", async ({
    page,
    context,
  }) => {
    await page.goto("/en/check");
    const button = page.getByRole("button", { name: "Check this text" });
    await expect(button).toBeEnabled({ timeout: 15_000 });
    // The offline support's code loads a few seconds after the page is ready, checking or not: let it arrive first.
    await page.waitForFunction(
      () => performance.getEntriesByType("resource").some((e) => e.name.includes("workbox-window")),
      null,
      { timeout: 20_000 },
    );
    const before = page.url();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    // Offline as well: the checker needs nothing from the network once the page is open.
    await context.setOffline(true);
    await page.getByRole("textbox", { name: "Text to check" }).fill(ARTICLE);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const results = page.getByRole("heading", { name: "What this text claims" });
    await expect(results).toBeFocused({ timeout: 15_000 });
    expect(await page.locator("[data-check-sentence] [data-claim-id]").count()).toBeGreaterThan(50);
    expect(await page.locator("[data-check-sentence][data-unmatched]").count()).toBeGreaterThan(0);
    // Every matched claim carries exactly one badge, and links to its claim page.
    for (const claim of await page.locator("[data-check-sentence] [data-claim-id]").all()) {
      await expect(claim.locator("[data-grade]")).toHaveCount(1);
    }
    expect(requests).toEqual([]);
    expect(page.url()).toBe(before);
    await context.setOffline(false);
  });
});
