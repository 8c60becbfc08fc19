// Checks the prerendered files in dist/ (run after `npm run build`): every page of
// every shipped language is complete HTML without JavaScript.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { claims } from "../../src/content/claims";
import { SECTION_IDS, type SectionId } from "../../src/content/schema";
import { PAGE_SLUGS, paths } from "../../src/config/paths";
import { SHIPPED } from "../../src/i18n/languages";

const dist = path.resolve(import.meta.dirname, "../../dist");
const fileFor = (url: string) =>
  url.endsWith("/") ? path.join(dist, url, "index.html") : path.join(dist, `${url}.html`);

function expectedClaims(slug: string): string[] {
  if (slug === "") return claims.filter((c) => c.keyMessage).map((c) => c.id);
  if ((SECTION_IDS as readonly string[]).includes(slug))
    return claims.filter((c) => c.section === (slug as SectionId)).map((c) => c.id);
  return [];
}

for (const language of SHIPPED) {
  test(`dist has every page of ${language.code}, complete without JavaScript`, () => {
    const titles = new Set<string>();
    for (const slug of PAGE_SLUGS) {
      const url = paths.page(language.code, slug);
      const file = fileFor(url);
      expect(existsSync(file), `${url} → ${path.relative(dist, file)}`).toBe(true);
      const html = readFileSync(file, "utf8");
      expect(html, url).toContain(`<html lang="${language.code}" dir="${language.dir}">`);
      expect(html, url).toContain(`data-prerendered="${url}"`);

      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? "";
      expect(title, `${url} title`).not.toBe("Kratom Evidence");
      titles.add(title);
      expect(html, `${url} description`).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html, `${url} canonical`).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${url}"`));

      const hreflangs = [
        ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="https?:\/\/[^/"]+(\/[^"]*)"/g),
      ].map((m) => [m[1], m[2]]);
      expect(hreflangs, `${url} hreflang`).toEqual([
        ...SHIPPED.map((l) => [l.code, paths.page(l.code, slug)]),
        ["x-default", paths.page("en", slug)],
      ]);

      const rendered = [...html.matchAll(/data-claim-id="([^"]+)"/g)].map((m) => m[1]);
      expect(rendered, `${url} claims`).toEqual(expectedClaims(slug));
      const grades = [...html.matchAll(/data-grade="([^"]+)"/g)];
      expect(grades.length, `${url} one badge per claim`).toBe(rendered.length);
    }
    expect(titles.size, "each page has its own title").toBe(PAGE_SLUGS.length);
  });
}

test("dist has the language picker, a 404 page and a bare shell", () => {
  expect(readFileSync(path.join(dist, "index.html"), "utf8")).toContain('data-prerendered="/"');
  expect(readFileSync(path.join(dist, "404.html"), "utf8")).toContain("Page not found");
  expect(readFileSync(path.join(dist, "spa.html"), "utf8")).toContain('<div id="root"><!--app-html--></div>');
});
