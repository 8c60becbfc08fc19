// The whole-site crawl: from each language's home, follow every internal link of
// that language until every page has been visited, and check each page in
// Chromium (light scheme, desktop width). Then a second pass in the dark scheme at
// a phone's width (390 × 844 CSS px) over every page type in every language: the same
// checks, axe included (colour contrast of the dark palette, target sizes on a
// phone). Prints a summary per language and pass.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SHIPPED, type Language } from "../../src/i18n/languages";
import { PAGE_SLUGS } from "../../src/config/paths";
import { claims } from "../../src/content/claims";

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

/** Collects what goes wrong on the page's console and network, tagged with the page being checked. */
function watch(page: Page, origin: string, problems: string[], current: () => string) {
  page.on("console", (msg) => {
    // The suite blocks service workers (playwright.config.ts) and Playwright says so in the console.
    if (msg.text() === "Service Worker registration blocked by Playwright") return;
    if (msg.type() === "error" || msg.type() === "warning")
      problems.push(`${current()}: console ${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`${current()}: page error: ${err.message}`));
  page.on("request", (req) => {
    if (new URL(req.url()).origin !== origin && !req.url().startsWith("data:"))
      problems.push(`${current()}: request to another host: ${req.url()}`);
  });
  page.on("requestfailed", (req) => {
    // Leaving a page cancels what it was still loading (e.g. a part hydrated later): not a failure.
    if (req.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`${current()}: request failed: ${req.url()} (${req.failure()?.errorText ?? ""})`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`${current()}: HTTP ${res.status()} for ${res.url()}`);
  });
}

/**
 * Opens a page and checks it: lang/dir, one badge per claim, axe (when asked), CSP, links that
 * open other sites safely. Returns the axe violation count, the page's ids and its links.
 */
async function checkPage(page: Page, path: string, language: Language, problems: string[], axe: boolean) {
  await page.goto(path);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.locator("html"), path).toHaveAttribute("lang", language.code);
  await expect(page.locator("html"), path).toHaveAttribute("dir", language.dir);

  const badgeCounts = await page
    .locator("[data-claim-id]")
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute("data-claim-id"), el.querySelectorAll("[data-grade]").length]),
    );
  for (const [id, n] of badgeCounts) if (n !== 1) problems.push(`${path}: claim ${id} has ${n} badges`);

  let violations = 0;
  if (axe) {
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    violations = result.violations.length;
    for (const v of result.violations)
      problems.push(`${path}: axe ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  for (const c of csp) problems.push(`${path}: CSP violation ${c}`);

  const ids = new Set(await page.locator("[id]").evaluateAll((els) => els.map((el) => el.id)));
  const links = await page.locator("a[href]").evaluateAll((els) =>
    els.map((a) => ({
      href: a.getAttribute("href") ?? "",
      rel: a.getAttribute("rel") ?? "",
      target: a.getAttribute("target") ?? "",
    })),
  );
  const internal: string[] = [];
  for (const link of links) {
    if (/^https?:\/\//.test(link.href)) {
      if (!link.rel.includes("noopener") || !link.rel.includes("noreferrer") || link.target !== "_blank")
        problems.push(`${path}: external link ${link.href} does not open safely`);
      continue;
    }
    if (link.href.startsWith("tel:")) continue;
    internal.push(link.href);
  }
  return { violations, ids, internal };
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
    watch(page, origin, problems, () => current);
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
      const isClaimPage = path.startsWith(`/${lang}/claims/`);
      const checked = await checkPage(
        page,
        path,
        language,
        problems,
        !isClaimPage || claimPagesAxed++ < AXE_CLAIM_PAGES,
      );
      violations += checked.violations;
      idsByPage.set(path, checked.ids);
      for (const href of checked.internal) {
        const url = new URL(href, origin + path);
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

/**
 * Every page type once per language (the full crawl above covers every page in the light
 * scheme; every page of a type shares its template and its colours): each section, each
 * tool and extra page, a claim's page, and both not-found pages.
 */
const PAGE_TYPES = [...PAGE_SLUGS, `claims/${claims[0]?.id ?? ""}`, "no-such-page", "claims/no-such-claim"];

test.describe("dark scheme at a phone's width", () => {
  test.use({ colorScheme: "dark", viewport: { width: 390, height: 844 } });
  for (const language of SHIPPED) {
    const lang = language.code;
    test(`every ${lang} page type in the dark at 390 px: axe (contrast, target size), console, CSP`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(300_000);
      const origin = new URL(baseURL ?? "http://localhost:4173").origin;
      const problems: string[] = [];
      let current = "";
      watch(page, origin, problems, () => current);
      await watchCsp(page);
      let violations = 0;
      for (const slug of PAGE_TYPES) {
        current = `/${lang}/${slug}`;
        violations += (await checkPage(page, current, language, problems, true)).violations;
        // The dark palette is what was checked (src/styles.css: --paper).
        const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        if (paper !== "rgb(20, 23, 28)") problems.push(`${current}: not in the dark palette (background ${paper})`);
      }
      console.log(
        `dark 390px ${lang}: ${PAGE_TYPES.length} pages, ${violations} accessibility violations, ${problems.length} problems`,
      );
      expect(problems).toEqual([]);
    });
  }
});
