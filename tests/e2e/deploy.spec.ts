// A deploy while a reader has the site open: one running host (tests/e2e/lib/static-host.ts)
// switches from the build in dist/ to a second build (dist-b/, scripts/build-second.mjs) whose
// hashed files all have other names. Whatever the reader does next must show the page they
// asked for (in the new build where the old one's files are gone), never a blank page or an
// uncaught error; with and without the service worker.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startStaticHost, type StaticHost } from "./lib/static-host";

const root = path.resolve(import.meta.dirname, "../..");
const A = path.join(root, "dist");
const B = path.join(root, "dist-b");

const title = (lang: string, page: string) =>
  (
    JSON.parse(readFileSync(path.join(root, "locales", lang, "pages.json"), "utf8")) as Record<
      string,
      { title: string }
    >
  )[page]?.title ?? "";
/** The entry script a build's pages load: tells which build a page came from. */
const entryOf = (dist: string) =>
  /src="\/assets\/(index-[^"]+\.js)"/.exec(readFileSync(path.join(dist, "spa.html"), "utf8"))?.[1];

// One worker builds B (once, when dist/ is newer) and runs these in order; each test has its own host.
test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync("node", ["scripts/build-second.mjs"], { cwd: root, stdio: "inherit" });
  expect(entryOf(B)).not.toBe(entryOf(A));
});

let host: StaticHost;
test.beforeEach(async () => {
  host = await startStaticHost(A);
});
test.afterEach(async () => {
  await host.close();
});

const ready = (page: Page) => page.locator("html[data-ready]").waitFor({ state: "attached" });

/** Uncaught errors in the page (the failed requests for old files are expected and not counted). */
function uncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** Marks the loaded document: the mark is gone after a full page load, kept by in-app navigation. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { __beforeDeploy: true }));
const reloaded = (page: Page) => page.evaluate(() => !("__beforeDeploy" in window));
const build = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')?.src.split("/").pop());

/** The page shows its content: a heading with the text expected, and the page is not blank. */
async function shows(page: Page, url: string, heading: string) {
  await expect(page).toHaveURL(url);
  await expect(page.locator("h1")).toHaveText(heading);
  await ready(page);
  expect(await page.locator("main").innerText()).not.toBe("");
}

async function openOnA(page: Page, url: string) {
  await page.goto(`${host.origin}${url}`);
  await ready(page);
  // The reader has been reading: what the page loads when idle (print footnotes) is loaded.
  await page.waitForLoadState("networkidle");
  expect(await build(page)).toBe(entryOf(A));
  await mark(page);
}

const footerLink = (page: Page, name: string) => page.locator("footer").getByRole("link", { name, exact: true });
const languageLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Language" }).getByRole("link", { name });

test.describe("without a service worker (a first visit, or where workers are unavailable)", () => {
  test("old files gone: a page whose code is missing loads in full from the new build; then the language switch works in-app", async ({
    page,
  }) => {
    const errors = uncaught(page);
    await openOnA(page, "/en/dosage");
    host.publish(B);
    await footerLink(page, "Glossary").click();
    await shows(page, `${host.origin}/en/glossary`, title("en", "glossary"));
    expect(await reloaded(page)).toBe(true);
    expect(await build(page)).toBe(entryOf(B));

    await mark(page);
    await languageLink(page, "Deutsch").click();
    await shows(page, `${host.origin}/de/glossary`, title("de", "glossary"));
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await reloaded(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  test("old files gone: switching language right after the deploy (its text is missing) loads the page in full", async ({
    page,
  }) => {
    const errors = uncaught(page);
    await openOnA(page, "/en/dosage");
    host.publish(B);
    await languageLink(page, "Deutsch").click();
    await shows(page, `${host.origin}/de/dosage`, title("de", "dosage"));
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await reloaded(page)).toBe(true);
    expect(await build(page)).toBe(entryOf(B));
    expect(errors).toEqual([]);
  });

  test("old files gone: a page whose code is already loaded (another section) still gets a complete page", async ({
    page,
  }) => {
    const errors = uncaught(page);
    await openOnA(page, "/en/dosage");
    host.publish(B);
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Long-term safety" }).click();
    await shows(page, `${host.origin}/en/long-term`, title("en", "long-term"));
    await expect(page).toHaveTitle(new RegExp(title("en", "long-term")));
    // The code that sets the new page's title was not loaded yet, and is gone: a full load.
    expect(await reloaded(page)).toBe(true);
    expect(await build(page)).toBe(entryOf(B));
    expect(errors).toEqual([]);
  });

  test("old files kept for a while (the deploy guide): navigation and the language switch go on in-app, without a reload", async ({
    page,
  }) => {
    const errors = uncaught(page);
    await openOnA(page, "/en/dosage");
    host.publish(B, A);
    await footerLink(page, "Glossary").click();
    await shows(page, `${host.origin}/en/glossary`, title("en", "glossary"));
    await languageLink(page, "Deutsch").click();
    await shows(page, `${host.origin}/de/glossary`, title("de", "glossary"));
    expect(await reloaded(page)).toBe(false);
    // Arriving afresh gives the new build.
    await page.reload();
    await ready(page);
    expect(await build(page)).toBe(entryOf(B));
    expect(errors).toEqual([]);
  });

  test("never a reload loop: a file that stays missing gets one full load, then the page as prerendered", async ({
    page,
  }) => {
    await page.route("**/assets/glossary-page-*.js", (route) => route.fulfill({ status: 404, body: "" }));
    let documents = 0;
    page.on("load", () => (documents += 1));
    await openOnA(page, "/en/dosage");
    host.publish(B);
    await footerLink(page, "Glossary").click();
    // The full load's page, readable as prerendered (its code is still missing, so it stays static).
    await expect(page).toHaveURL(`${host.origin}/en/glossary`);
    await expect(page.locator("h1")).toHaveText(title("en", "glossary"));
    await page.waitForTimeout(2000);
    expect(documents).toBe(2);
    expect(await page.locator("#root").innerText()).toContain(title("en", "glossary"));
  });
});

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });
  test("the worker keeps the old build's code: navigation goes on; a language never loaded before loads the new build in full", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const errors = uncaught(page);
    await openOnA(page, "/en/dosage");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await mark(page);
    host.publish(B);
    await footerLink(page, "Glossary").click();
    await shows(page, `${host.origin}/en/glossary`, title("en", "glossary"));
    expect(await reloaded(page)).toBe(false);

    await languageLink(page, "Deutsch").click();
    await shows(page, `${host.origin}/de/glossary`, title("de", "glossary"));
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await reloaded(page)).toBe(true);
    expect(await build(page)).toBe(entryOf(B));
    // The new build's worker is found and waits for the reader's go-ahead.
    await expect(page.getByText(/Eine aktualisierte Fassung/)).toBeVisible({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
