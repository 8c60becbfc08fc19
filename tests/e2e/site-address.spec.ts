// The site's own address (issue #16): what a build says about where it lives, as a crawler reads it.
// - dist/ is built without SITE_ORIGIN (as CI and the README's commands build it): it must name no
//   localhost address in any file, mark every page noindex, and have no canonical links and no sitemap.
// - The prerender step, run again for an origin into a temporary folder (the already-built client,
//   so no second full build), must write that origin into canonicals, alternates, og:url, the sitemap,
//   robots.txt and the structured data, and nothing else.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { allFiles } from "./lib/files";
import { parseSitemap } from "sitemap";
import { claims } from "../../src/content/claims";
import { PAGE_SLUGS, alternates, claimRest } from "../../src/config/paths";
import { SHIPPED } from "../../src/i18n/languages";

const root = path.resolve(import.meta.dirname, "../..");
const dist = path.join(root, "dist");
const ORIGIN = "https://kratom-evidence.example";
/** Any local address a development build could leak. */
const LOCAL = /localhost|127\.0\.0\.1|\[::1\]|:4173\b|:5173\b/;

/** The address of a prerendered HTML file ("en/dosage.html" → "/en/dosage"), or null for 404.html and spa.html. */
function urlOf(dir: string, file: string): string | null {
  const rel = path.relative(dir, file).split(path.sep).join("/");
  if (rel === "404.html" || rel === "spa.html") return null;
  if (rel === "index.html") return "/";
  return "/" + rel.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");
}

/** Every page the site has: the language picker, then every fixed page and claim page in every language. */
const RESTS = [...PAGE_SLUGS, ...claims.map((c) => claimRest(c.id))];
const EXPECTED_PAGES = ["/", ...RESTS.flatMap((rest) => SHIPPED.map((l) => `/${l.code}/${rest}`))].sort();
const restOf = (url: string) => (url === "/" ? "" : url.split("/").slice(2).join("/"));

test.describe("a build without SITE_ORIGIN (dist/)", () => {
  test("names no localhost address in any file: pages, scripts, service worker, manifest", () => {
    const files = allFiles(dist);
    expect(files.some((f) => f.endsWith("sw.js"))).toBe(true);
    expect(files.some((f) => f.endsWith("manifest.webmanifest"))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, "latin1");
      const hit = LOCAL.exec(text);
      expect(hit ? text.slice(Math.max(0, hit.index - 60), hit.index + 60) : null, path.relative(dist, file)).toBe(
        null,
      );
    }
  });

  test("marks every HTML file noindex, with no canonical, alternates, og:url or origin", () => {
    const html = allFiles(dist).filter((f) => f.endsWith(".html"));
    expect(html.length).toBe(EXPECTED_PAGES.length + 2);
    for (const file of html) {
      const text = readFileSync(file, "utf8");
      const name = path.relative(dist, file);
      expect(text, name).toContain('<meta name="robots" content="noindex" />');
      expect(text, name).not.toMatch(/rel="canonical"|rel="alternate"|property="og:url"|name="site-origin"/);
      // A share card's address must be absolute, so a build with no origin names none (a link shows text only).
      expect(text, name).not.toContain('property="og:image');
      if (!name.endsWith("404.html") && !name.endsWith("spa.html"))
        expect(text, name).toContain('<meta name="twitter:card" content="summary" />');
    }
  });

  test("has no sitemap, and its robots.txt names none (and does not hide the noindex from crawlers)", () => {
    expect(existsSync(path.join(dist, "sitemap.xml"))).toBe(false);
    const robots = readFileSync(path.join(dist, "robots.txt"), "utf8");
    expect(robots).not.toMatch(/^Sitemap:/im);
    expect(robots).not.toMatch(/^Disallow:\s*\/\s*$/im);
  });
});

test.describe("a build for an origin (the prerender, run again with SITE_ORIGIN)", () => {
  test.describe.configure({ mode: "serial" });
  let out = "";

  test.beforeAll(() => {
    test.setTimeout(120_000);
    out = mkdtempSync(path.join(tmpdir(), "kratom-origin-"));
    execFileSync(process.execPath, [path.join(root, "scripts/prerender.mjs"), "--out", out], {
      cwd: root,
      env: { ...process.env, SITE_ORIGIN: `${ORIGIN}/` },
      stdio: "pipe",
    });
  });
  test.afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test("writes every page, each naming its own address on the origin and its alternates, never noindex", () => {
    const files = allFiles(out);
    const pages = files
      .filter((f) => f.endsWith(".html"))
      .map((f) => urlOf(out, f))
      .filter((u): u is string => u !== null)
      .sort();
    expect(pages).toEqual(EXPECTED_PAGES);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const name = path.relative(out, file);
      expect(LOCAL.exec(text)?.[0] ?? null, name).toBe(null);
      if (!file.endsWith(".html")) continue;
      expect(text, name).not.toContain('name="robots"');
      expect(text, name).toContain(`<meta name="site-origin" content="${ORIGIN}" />`);
      const url = urlOf(out, file);
      if (!url) {
        expect(text, name).not.toMatch(/rel="canonical"|rel="alternate"|application\/ld\+json/);
        continue;
      }
      expect(text, name).toContain(`<link rel="canonical" href="${ORIGIN}${url}" />`);
      expect(text, name).toContain(`<meta property="og:url" content="${ORIGIN}${url}" />`);
      const hreflangs = [...text.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)].map((m) => [
        m[1],
        m[2],
      ]);
      expect(hreflangs, name).toEqual(alternates(restOf(url)).map((a) => [a.hreflang, ORIGIN + a.href]));
      // Open Graph's locale is language_TERRITORY, with the page's other languages as alternates.
      const lang = url === "/" ? "en" : url.split("/")[1];
      const ogLocales = [...text.matchAll(/<meta property="og:locale(:alternate)?" content="([^"]+)" \/>/g)];
      expect(
        ogLocales.map((m) => [Boolean(m[1]), m[2]?.slice(0, 2)]),
        name,
      ).toEqual([[false, lang], ...SHIPPED.filter((l) => l.code !== lang).map((l) => [true, l.code])]);
      for (const m of ogLocales) expect(m[2], name).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    }
  });

  test("every page names its share card: an absolute address on the origin, a file that exists, its size and its words", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    // The pages without JavaScript, as a chat app's link preview reads them.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    const decode = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    for (const url of EXPECTED_PAGES) {
      const file = url === "/" ? "index.html" : url.endsWith("/") ? `${url}index.html` : `${url}.html`;
      const html = readFileSync(path.join(out, file), "utf8");
      const meta = (property: string) =>
        decode(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)" />`).exec(html)?.[1] ?? "");
      const image = meta("og:image");
      expect(image.startsWith(`${ORIGIN}/share/`), url).toBe(true);
      expect(existsSync(path.join(out, new URL(image).pathname)), image).toBe(true);
      expect([meta("og:image:type"), meta("og:image:width"), meta("og:image:height")], url).toEqual([
        "image/png",
        "1200",
        "630",
      ]);
      expect(meta("twitter:card"), url).toBe("summary_large_image");
      expect(meta("twitter:image:alt"), url).toBe(meta("og:image:alt"));
      // The picture's words: a claim's title and its badge's words, in the page's own language.
      if (!url.includes("/claims/")) continue;
      await reader.setContent(html.replace(/<script[^>]*src=[^>]*><\/script>/g, ""));
      const title = (await reader.locator("h1").innerText()).trim();
      const badge = (await reader.locator("main [data-grade] .badge__label").first().innerText()).trim();
      const alt = meta("og:image:alt");
      expect(alt, url).toContain(title);
      expect(alt, url).toContain(badge);
    }
    await context.close();
  });

  test("robots.txt names the sitemap on the origin", () => {
    const robots = readFileSync(path.join(out, "robots.txt"), "utf8");
    expect(robots).toMatch(new RegExp(`^Sitemap: ${ORIGIN}/sitemap\\.xml$`, "m"));
    expect(robots).not.toMatch(/^Disallow:\s*\/\s*$/im);
  });

  test("the sitemap lists every prerendered page and nothing else, with every alternate and its review date", async ({
    page,
  }) => {
    const file = path.join(out, "sitemap.xml");
    const xml = readFileSync(file, "utf8");
    // Well-formed XML in the sitemap namespace (the browser's XML parser), within the protocol's limits.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        urls: doc.getElementsByTagNameNS(ns, "url").length,
      };
    }, xml);
    expect(parsed).toMatchObject({
      error: null,
      root: "urlset",
      namespace: "http://www.sitemaps.org/schemas/sitemap/0.9",
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(Buffer.byteLength(xml)).toBeLessThan(50 * 1024 * 1024);

    const items = await parseSitemap(createReadStream(file));
    expect(items.length).toBeLessThanOrEqual(50_000);
    expect(items.length).toBe(parsed.urls);
    const urls = items.map((i) => i.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(EXPECTED_PAGES.map((u) => ORIGIN + u).sort());

    const reviewed = new Map(claims.map((c) => [claimRest(c.id), c.reviewed]));
    const latest = claims.reduce((d, c) => (c.reviewed > d ? c.reviewed : d), "");
    for (const item of items) {
      expect(item.url.length).toBeLessThanOrEqual(2048);
      expect(new URL(item.url).origin, item.url).toBe(ORIGIN);
      const rest = restOf(item.url.slice(ORIGIN.length));
      expect(
        item.links.map((l) => [l.lang, l.url]),
        item.url,
      ).toEqual(alternates(rest).map((a) => [a.hreflang, ORIGIN + a.href]));
      expect(item.lastmod, item.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A claim page: when the claim was last checked; any page: no later than the latest review.
      expect(item.lastmod, item.url).toBe(reviewed.get(rest) ?? item.lastmod);
      expect(item.lastmod! <= latest, item.url).toBe(true);
    }
  });

  test("the structured data names the page's address on the origin", () => {
    for (const url of EXPECTED_PAGES) {
      const file = url === "/" ? "index.html" : url.endsWith("/") ? `${url}index.html` : `${url}.html`;
      const html = readFileSync(path.join(out, file), "utf8");
      const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
      const graph = (JSON.parse(json ?? "{}") as { "@graph": Record<string, unknown>[] })["@graph"];
      for (const node of graph) expect(node.url, `${url} ${String(node["@type"])}`).toBe(ORIGIN + url);
    }
  });
});
