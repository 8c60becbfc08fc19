// Checks the prerendered files in dist/ (run after `npm run build`): every page of
// every shipped language is complete HTML without JavaScript.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { claims } from "../../src/content/claims";
import { SECTION_IDS, type SectionId } from "../../src/content/schema";
import { PAGE_SLUGS, claimRest } from "../../src/config/paths";
import { SHIPPED } from "../../src/i18n/languages";

const dist = path.resolve(import.meta.dirname, "../../dist");
const fileFor = (url: string) =>
  url.endsWith("/") ? path.join(dist, url, "index.html") : path.join(dist, `${url}.html`);

/** The claims a page must hold, in order (null: some, each with its badge, e.g. the clinician summary). */
function expectedClaims(rest: string): string[] | null {
  if (rest === "") return claims.filter((c) => c.keyMessage).map((c) => c.id);
  if ((SECTION_IDS as readonly string[]).includes(rest))
    return claims.filter((c) => c.section === (rest as SectionId)).map((c) => c.id);
  if (rest === "claims") return claims.map((c) => c.id);
  if (rest === "article") return claims.filter((c) => c.origin === "article").map((c) => c.id);
  if (rest.startsWith("claims/")) return [rest.slice("claims/".length)];
  if (rest === "summary") return null;
  return [];
}

/** Every page under a language: the fixed pages and every claim's own page. */
const RESTS: readonly string[] = [...PAGE_SLUGS, ...claims.map((c) => claimRest(c.id))];

for (const language of SHIPPED) {
  test(`dist has every page of ${language.code}, complete without JavaScript`, () => {
    const titles = new Set<string>();
    for (const rest of RESTS) {
      const url = `/${language.code}/${rest}`;
      const file = fileFor(url);
      expect(existsSync(file), `${url} → ${path.relative(dist, file)}`).toBe(true);
      const html = readFileSync(file, "utf8");
      expect(html, url).toContain(`<html lang="${language.code}" dir="${language.dir}">`);
      expect(html, url).toContain(`data-prerendered="${url}"`);

      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? "";
      expect(title, `${url} title`).not.toBe("Kratom Evidence");
      titles.add(title);
      expect(html, `${url} description`).toMatch(/<meta name="description" content="[^"]{20,}"/);
      // dist/ is built without SITE_ORIGIN: no canonical or alternates, and noindex. The addresses of a
      // build for an origin are checked in site-address.spec.ts.
      expect(html, `${url} noindex`).toContain('<meta name="robots" content="noindex" />');

      const rendered = [...html.matchAll(/data-claim-id="([^"]+)"/g)].map((m) => m[1]);
      const expected = expectedClaims(rest);
      if (expected) expect(rendered, `${url} claims`).toEqual(expected);
      else expect(rendered.length, `${url} claims`).toBeGreaterThan(0);
      const grades = [...html.matchAll(/data-grade="([^"]+)"/g)];
      expect(grades.length, `${url} one badge per claim`).toBe(rendered.length);
    }
    expect(titles.size, "each page has its own title").toBe(RESTS.length);
  });
}

test("dist has the language picker, a 404 page and a bare shell", () => {
  expect(readFileSync(path.join(dist, "index.html"), "utf8")).toContain('data-prerendered="/"');
  expect(readFileSync(path.join(dist, "404.html"), "utf8")).toContain("Page not found");
  expect(readFileSync(path.join(dist, "spa.html"), "utf8")).toContain('<div id="root"><!--app-html--></div>');
});
