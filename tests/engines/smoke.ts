// The smoke suite every engine runs (firefox.spec.ts, webkit.spec.ts): what a
// reader does most, on the built site, in a left-to-right and a right-to-left
// language and in Thai. Playwright's runner runs it; the engine itself is
// driven through EnginePage (WebDriver BiDi or classic WebDriver).
import { test as base, expect } from "@playwright/test";
import { claims } from "../../src/content/claims";
import type { EngineBrowser, EnginePage } from "./engine";

const LANGS = [
  { lang: "en", dir: "ltr" },
  { lang: "ar", dir: "rtl" },
  { lang: "th", dir: "ltr" },
] as const;

const inSection = (section: string) => claims.filter((c) => c.section === section).length;

const BADGE = "[data-claim-id] [data-grade] button.badge__button";
const TERM = "[data-claim-id] button.term__button";

/** Polls a condition in the page until it holds (expect's timeout bounds it). */
async function until(tab: EnginePage, what: string, check: () => boolean): Promise<void> {
  await expect.poll(() => tab.evaluate(check), { message: what }).toBe(true);
}

/** Opens a page and waits until the app has taken it over (html[data-ready]). */
async function open(tab: EnginePage, path: string): Promise<void> {
  await tab.goto(path);
  await until(tab, `${path} becomes interactive (html[data-ready])`, () =>
    document.documentElement.hasAttribute("data-ready"),
  );
}

/** Fails with every error the page recorded. */
async function expectNoErrors(tab: EnginePage): Promise<void> {
  expect(await tab.takeErrors(), "no uncaught error, console error or warning, failed load or CSP violation").toEqual(
    [],
  );
}

/** Marks the current document: a full reload would lose the mark. */
const markDocument = () => {
  (window as unknown as { __sameDocument?: string }).__sameDocument = "kept";
};
const sameDocument = () => (window as unknown as { __sameDocument?: string }).__sameDocument === "kept";

export function defineSmokeSuite(launch: () => Promise<EngineBrowser>): void {
  const test = base.extend<{ tab: EnginePage }, { engine: EngineBrowser }>({
    engine: [
      // eslint-disable-next-line no-empty-pattern -- a worker fixture that needs no other fixture
      async ({}, provide, workerInfo) => {
        const engine = await launch();
        console.log(`[${workerInfo.project.name}] ${engine.version}`);
        try {
          await provide(engine);
        } finally {
          await engine.close();
        }
      },
      { scope: "worker", timeout: 120_000 },
    ],
    tab: async ({ engine, baseURL }, provide) => {
      const tab = await engine.newPage(baseURL ?? "http://127.0.0.1:4470");
      try {
        await provide(tab);
      } finally {
        await tab.close();
      }
    },
  });

  for (const { lang, dir } of LANGS) {
    test(`/${lang}/dosage loads in ${lang} (${dir}) with every claim badged`, async ({ tab }) => {
      await open(tab, `/${lang}/dosage`);
      const page = await tab.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        claims: [...document.querySelectorAll("article[data-claim-id]")].map((article) => ({
          id: article.getAttribute("data-claim-id"),
          badges: article.querySelectorAll("[data-grade]").length,
          label: article.querySelector("[data-grade] .badge__label")?.textContent.trim() ?? "",
          visible: (article.querySelector("[data-grade] button")?.getBoundingClientRect().width ?? 0) > 0,
        })),
      }));
      expect(page.lang).toBe(lang);
      expect(page.dir).toBe(dir);
      expect(page.claims).toHaveLength(inSection("dosage"));
      for (const claim of page.claims) {
        expect(claim.badges, `claim ${claim.id ?? ""} has one badge`).toBe(1);
        expect(claim.label, `claim ${claim.id ?? ""} has a badge label`).not.toBe("");
        expect(claim.visible, `claim ${claim.id ?? ""}'s badge is shown`).toBe(true);
      }
      await expectNoErrors(tab);
    });

    test(`/${lang}/dosage: a badge opens with Enter and with Space, Escape closes it and focus returns`, async ({
      tab,
    }) => {
      await open(tab, `/${lang}/dosage`);
      const state = () =>
        tab.evaluate((selector: string) => {
          const button = document.querySelector(selector);
          const panel = document.getElementById(button?.getAttribute("aria-controls") ?? "");
          return {
            expanded: button?.getAttribute("aria-expanded") ?? "missing",
            panelShown: !!panel && !panel.hidden && panel.getBoundingClientRect().height > 0,
            panelTitle: !!panel?.querySelector(".badge__panel-title"),
            focused: !!button && document.activeElement === button,
          };
        }, BADGE);

      for (const key of ["Enter", "Space"] as const) {
        await tab.focus(BADGE);
        expect((await state()).focused, "the badge button takes focus").toBe(true);
        await tab.press(key);
        await expect
          .poll(state, { message: `${key} opens the badge panel` })
          .toEqual({ expanded: "true", panelShown: true, panelTitle: true, focused: true });
        await tab.press("Escape");
        await expect
          .poll(state, { message: "Escape closes the panel and focus is back on the badge" })
          .toEqual({ expanded: "false", panelShown: false, panelTitle: false, focused: true });
      }
      await expectNoErrors(tab);
    });

    test(`/${lang}/dosage: a glossary term opens its definition, by pointer and by keyboard`, async ({ tab }) => {
      await open(tab, `/${lang}/dosage`);
      const state = () =>
        tab.evaluate((selector: string) => {
          const button = document.querySelector(selector);
          const popover = document.getElementById(button?.getAttribute("popovertarget") ?? "");
          const box = popover?.getBoundingClientRect();
          return {
            open: !!popover?.matches(":popover-open"),
            shown: !!box && box.width > 0 && box.height > 0,
            focused: !!button && document.activeElement === button,
          };
        }, TERM);
      expect(
        await tab.evaluate((selector: string) => document.querySelectorAll(selector).length, TERM),
      ).toBeGreaterThan(0);

      await tab.click(TERM);
      await expect.poll(async () => (await state()).open, { message: "a click opens the definition" }).toBe(true);
      expect((await state()).shown, "the definition is on screen").toBe(true);
      await tab.focus(TERM);
      await tab.press("Escape");
      await expect.poll(async () => (await state()).open, { message: "Escape closes it" }).toBe(false);

      await tab.focus(TERM);
      await tab.press("Enter");
      await expect.poll(state, { message: "Enter opens the definition" }).toMatchObject({ open: true, shown: true });
      await tab.press("Escape");
      await expect
        .poll(state, { message: "Escape closes it, focus back on the term" })
        .toEqual({ open: false, shown: false, focused: true });
      await expectNoErrors(tab);
    });
  }

  test("a shared claim address (#claim-…) opens with that claim's title at the top of the screen", async ({ tab }) => {
    for (const lang of ["en", "ar"]) {
      await open(tab, `/${lang}/dosage`);
      const ids = await tab.evaluate(() => [...document.querySelectorAll("article[data-claim-id]")].map((a) => a.id));
      // A claim from the middle: the page can always scroll it to the top.
      const id = ids[Math.floor(ids.length / 2)] ?? "";
      await open(tab, `/${lang}/dosage#${id}`);
      // Once the app has taken over, give the cards around the target time to take their real size.
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
      const title = await tab.evaluate(
        (target: string) => document.querySelector(`[id="${target}"] h3`)?.getBoundingClientRect().top ?? -1,
        id,
      );
      expect(title, `/${lang}/dosage#${id}: the claim's title is on screen, near the top`).toBeGreaterThanOrEqual(0);
      expect(title, `/${lang}/dosage#${id}: the claim's title is on screen, near the top`).toBeLessThan(100);
    }
    await expectNoErrors(tab);
  });

  test("/en/claims: a certainty filter shrinks the list and updates the address", async ({ tab }) => {
    await open(tab, "/en/claims");
    const results = () => tab.evaluate(() => document.querySelectorAll(".explorer__results [data-claim-id]").length);
    await expect.poll(results, { message: "the explorer lists every claim" }).toBe(claims.length);
    await tab.evaluate(markDocument);

    await tab.click('input[name="grade"][value="moderate"]');
    const moderate = claims.filter((c) => c.grade === "moderate").length;
    expect(moderate).toBeLessThan(claims.length);
    await expect.poll(results, { message: "only moderate-certainty claims remain" }).toBe(moderate);
    await expect.poll(() => tab.evaluate(() => location.pathname + location.search)).toBe("/en/claims?grade=moderate");
    expect(await tab.evaluate(sameDocument), "filtering does not reload the page").toBe(true);

    await tab.click('input[name="grade"][value="moderate"]');
    await expect.poll(results, { message: "unchecking shows every claim again" }).toBe(claims.length);
    await expect.poll(() => tab.evaluate(() => location.search)).toBe("");
    await expectNoErrors(tab);
  });

  test("in-app navigation and the language switch keep the page (no reload)", async ({ tab }) => {
    await open(tab, "/en/dosage");
    await tab.evaluate(markDocument);
    const where = () =>
      tab.evaluate(() => ({
        path: location.pathname,
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        badged: document.querySelectorAll("article[data-claim-id] [data-grade]").length,
      }));

    await tab.click('.site-nav a[href="/en/long-term"]');
    await expect
      .poll(where, { message: "a section link shows the section" })
      .toEqual({ path: "/en/long-term", lang: "en", dir: "ltr", badged: inSection("long-term") });
    expect(await tab.evaluate(sameDocument), "in-app navigation does not reload").toBe(true);

    for (const { lang, dir } of [LANGS[1], LANGS[2]]) {
      await tab.click(`.lang-switcher a[hreflang="${lang}"]`);
      await expect
        .poll(where, { message: `the switch to ${lang} keeps the page` })
        .toEqual({ path: `/${lang}/long-term`, lang, dir, badged: inSection("long-term") });
      expect(await tab.evaluate(sameDocument), `the switch to ${lang} does not reload`).toBe(true);
    }

    await tab.click('.site-nav a[href="/th/dosage"]');
    await expect
      .poll(where, { message: "a section link in Thai" })
      .toEqual({ path: "/th/dosage", lang: "th", dir: "ltr", badged: inSection("dosage") });
    expect(await tab.evaluate(sameDocument), "still the first document").toBe(true);
    await expectNoErrors(tab);
  });
}
