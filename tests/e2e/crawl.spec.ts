// The whole-site crawl: from each language's home, follow every internal link of
// that language until every page has been visited, and check each page in
// Chromium. Prints a summary per language.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SHIPPED } from "../../src/i18n/languages";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Records CSP violations from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

for (const language of SHIPPED) {
  const lang = language.code;
  test(`crawl every ${lang} page: clean console, own host only, lang/dir, badges, anchors, axe, CSP`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(600_000);
    const origin = new URL(baseURL ?? "http://localhost:4173").origin;
    const problems: string[] = [];
    let current = "";
    page.on("console", (msg) => {
      // The suite blocks service workers (playwright.config.ts) and Playwright says so in the console.
      if (msg.text() === "Service Worker registration blocked by Playwright") return;
      if (msg.type() === "error" || msg.type() === "warning")
        problems.push(`${current}: console ${msg.type()}: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`${current}: page error: ${err.message}`));
    page.on("request", (req) => {
      if (new URL(req.url()).origin !== origin && !req.url().startsWith("data:"))
        problems.push(`${current}: request to another host: ${req.url()}`);
    });
    page.on("requestfailed", (req) => {
      // Leaving a page cancels what it was still loading (e.g. a part hydrated later): not a failure.
      if (req.failure()?.errorText === "net::ERR_ABORTED") return;
      problems.push(`${current}: request failed: ${req.url()} (${req.failure()?.errorText ?? ""})`);
    });
    page.on("response", (res) => {
      if (res.status() >= 400) problems.push(`${current}: HTTP ${res.status()} for ${res.url()}`);
    });
    await watchCsp(page);

    const queue = [`/${lang}/`, `/${lang}/no-such-page`, `/${lang}/claims/no-such-claim`];
    // Every claim page gets the DOM checks; axe runs on a sample of them (they share one template).
    const AXE_CLAIM_PAGES = 6;
    let claimPagesAxed = 0;
    const visited = new Set<string>();
    const idsByPage = new Map<string, Set<string>>();
    const anchors: { from: string; path: string; id: string }[] = [];
    let violations = 0;

    while (queue.length) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      current = path;
      await page.goto(path);
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
      await expect(page.locator("html"), path).toHaveAttribute("dir", language.dir);

      const badgeCounts = await page
        .locator("[data-claim-id]")
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute("data-claim-id"), el.querySelectorAll("[data-grade]").length]),
        );
      for (const [id, n] of badgeCounts) if (n !== 1) problems.push(`${path}: claim ${id} has ${n} badges`);

      const isClaimPage = path.startsWith(`/${lang}/claims/`);
      if (!isClaimPage || claimPagesAxed++ < AXE_CLAIM_PAGES) {
        const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        violations += axe.violations.length;
        for (const v of axe.violations)
          problems.push(`${path}: axe ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }

      const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      for (const c of csp) problems.push(`${path}: CSP violation ${c}`);

      idsByPage.set(path, new Set(await page.locator("[id]").evaluateAll((els) => els.map((el) => el.id))));
      const links = await page.locator("a[href]").evaluateAll((els) =>
        els.map((a) => ({
          href: a.getAttribute("href") ?? "",
          rel: a.getAttribute("rel") ?? "",
          target: a.getAttribute("target") ?? "",
        })),
      );
      for (const link of links) {
        if (/^https?:\/\//.test(link.href)) {
          if (!link.rel.includes("noopener") || !link.rel.includes("noreferrer") || link.target !== "_blank")
            problems.push(`${path}: external link ${link.href} does not open safely`);
          continue;
        }
        if (link.href.startsWith("tel:")) continue;
        const url = new URL(link.href, origin + path);
        const target = url.pathname;
        if (url.hash) anchors.push({ from: path, path: target, id: decodeURIComponent(url.hash.slice(1)) });
        if (target.startsWith(`/${lang}/`) && !visited.has(target)) queue.push(target);
      }
    }

    let broken = 0;
    for (const { from, path, id } of anchors) {
      const ids = idsByPage.get(path);
      if (ids && !ids.has(id)) {
        broken += 1;
        problems.push(`${from}: link to ${path}#${id}, which has no such anchor`);
      }
    }

    console.log(
      `crawl ${lang}: ${visited.size} pages visited, ${anchors.length} anchors checked, ` +
        `${violations} accessibility violations, ${broken} broken anchors, ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
  });
}
