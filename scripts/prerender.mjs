// Writes a complete HTML file for every route in every shipped language, plus
// "/" (the language picker), 404.html and spa.html (a bare shell for fallbacks),
// robots.txt and, for a build given the site's address, sitemap.xml.
// Run after `vite build` and `vite build --ssr src/entry-server.tsx --outDir dist-ssr`.
//
// SITE_ORIGIN (e.g. https://your.domain) is the site's public address. A build
// given it writes it into canonical links, hreflang alternates, og:url, the sitemap and
// the structured data. A build without it (local preview, CI) names no address at all
// and marks every page noindex, so a copy of it can never pass for the published site.
//
// `--out <dir>` writes the pages somewhere else than dist/ (the client build is still
// read from dist/): the tests prerender the already-built client for an origin this way.
import { SitemapStream, streamToPromise } from "sitemap";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, writeFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { HEIGHT, WIDTH, cardSvg, rasterize } from "./lib/share-card.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// DIST_DIR: another output folder for the same pages (the deploy test builds a second site, scripts/build-second.mjs).
const dist = path.resolve(root, process.env.DIST_DIR ?? "dist");
const { values: args } = parseArgs({ options: { out: { type: "string" } } });
const out = args.out ? path.resolve(args.out) : dist;

/** The public origin, checked: an http(s) origin with no path, since every page's path is absolute from "/". */
function siteOrigin(value) {
  if (!value) return null;
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash)
    throw new Error(`SITE_ORIGIN must be an origin such as https://example.org, not ${value}`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw new Error(`SITE_ORIGIN is the published site's address; ${url.hostname} is not one`);
  return url.origin;
}
const origin = siteOrigin(process.env.SITE_ORIGIN);

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The Content Security Policy (deploy/csp.json), as a meta tag: frame-ancestors only works as a header.
const cspDirectives = JSON.parse(await readFile(path.join(root, "deploy", "csp.json"), "utf8"));
const csp = Object.entries(cspDirectives)
  .filter(([name]) => !name.startsWith("$") && name !== "frame-ancestors")
  .map(([name, values]) => `${name} ${values.join(" ")}`)
  .join("; ");
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;

// Vite's index.html is the template. A run overwrites dist/index.html (with the language
// picker), so the template is kept in dist-ssr/ (never shipped) for later runs, e.g. for
// another origin; a fresh `vite build` writes a fresh one.
const builtIndex = await readFile(path.join(dist, "index.html"), "utf8");
const keptTemplate = path.join(root, "dist-ssr", "template.html");
if (builtIndex.includes("<!--app-html-->")) await writeFile(keptTemplate, builtIndex);
else if (!existsSync(keptTemplate)) throw new Error("dist/index.html is already prerendered: run `vite build` again");
const template = (await readFile(keptTemplate, "utf8")).replace(
  /<meta charset="UTF-8" \/>/,
  (m) => `${m}\n    ${cspMeta}`,
);
if (!template.includes("<!--app-html--></div>")) throw new Error("template has no <!--app-html--> marker");

// In every HTML file: the origin for the app (which rewrites the canonical link and the alternates
// after in-app navigation, src/app/document-meta.ts), or, without one, noindex.
const siteHead = origin
  ? `<meta name="site-origin" content="${escapeHtml(origin)}" />`
  : `<meta name="robots" content="noindex" />`;

const server = await import(pathToFileURL(path.join(root, "dist-ssr", "entry-server.js")).href);
const { render, SHIPPED, PAGE_SLUGS, alternates, claims, claimRest } = server;

function outFile(url) {
  return url.endsWith("/") ? path.join(out, url, "index.html") : path.join(out, `${url}.html`);
}

/** Replaces each pattern once, and fails loudly if the template no longer has it. */
function fill(text, replacements) {
  return replacements.reduce((out, [pattern, value]) => {
    if (!pattern.test(out)) throw new Error(`index.html no longer matches ${pattern}`);
    return out.replace(pattern, () => value);
  }, text);
}

// Open Graph names a locale as language_TERRITORY; these are the forms Facebook and others read.
// (The territory says nothing about who the page is for: each language is for every country.)
const OG_LOCALES = { en: "en_US", es: "es_ES", de: "de_DE", ar: "ar_AR", th: "th_TH", id: "id_ID" };
function ogLocale(lang) {
  const locale = OG_LOCALES[lang];
  if (!locale) throw new Error(`no Open Graph locale for ${lang}: add it to OG_LOCALES`);
  return locale;
}

// Share cards (scripts/lib/share-card.mjs): one PNG per page in its language, named by a hash of what it
// shows, so a changed title or grade gets a new address that chat apps and social sites fetch afresh.
// A card already in dist/ (e.g. when the tests prerender again for an origin) is copied, not drawn again.
const cards = { drawn: 0, reused: 0, ms: 0, largest: 0 };
async function writeCard(card, url) {
  if (!card) return null;
  const start = performance.now();
  const svg = cardSvg(card);
  const hash = createHash("sha256").update(svg).digest("hex").slice(0, 10);
  const rest = url === "/" ? "choose-language" : url.slice(1).replace(/\/$/, "/home");
  const file = `share/${rest}.${hash}.png`;
  const target = path.join(out, file);
  await mkdir(path.dirname(target), { recursive: true });
  if (existsSync(target)) cards.reused += 1;
  else if (out !== dist && existsSync(path.join(dist, file))) {
    await copyFile(path.join(dist, file), target);
    cards.reused += 1;
  } else {
    const png = rasterize(svg);
    cards.drawn += 1;
    cards.largest = Math.max(cards.largest, png.length);
    await writeFile(target, png);
  }
  cards.ms += performance.now() - start;
  return { path: `/${file}`, alt: card.alt };
}

function page(
  { html, hydrationJson, title, description, jsonLd },
  { url, lang, dir, alternates, prerendered = true, image = null },
) {
  // Canonical, alternates and og:url only with the site's origin: Google wants a canonical absolute, and
  // a root-relative one would name whatever host serves a preview as the original. A build without an
  // origin is noindex, and a noindex page that names a canonical sends search engines mixed signals.
  const addressed = Boolean(origin && url);
  const head = [
    siteHead,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Kratom Evidence" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:locale" content="${ogLocale(lang)}" />`,
    ...(addressed ? alternates : [])
      .filter((a) => a.hreflang !== lang && a.hreflang !== "x-default")
      .map((a) => `<meta property="og:locale:alternate" content="${ogLocale(a.hreflang)}" />`),
    addressed ? `<meta property="og:url" content="${origin}${url}" />` : "",
    // The card needs an absolute address (Open Graph), so only a build for the site's origin names it.
    ...(origin && image
      ? [
          `<meta property="og:image" content="${origin}${image.path}" />`,
          `<meta property="og:image:type" content="image/png" />`,
          `<meta property="og:image:width" content="${WIDTH}" />`,
          `<meta property="og:image:height" content="${HEIGHT}" />`,
          `<meta property="og:image:alt" content="${escapeHtml(image.alt)}" />`,
          `<meta name="twitter:card" content="summary_large_image" />`,
          `<meta name="twitter:image:alt" content="${escapeHtml(image.alt)}" />`,
        ]
      : [`<meta name="twitter:card" content="summary" />`]),
    addressed ? `<link rel="canonical" href="${origin}${url}" />` : "",
    ...(addressed ? alternates : []).map(
      (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${origin}${a.href}" />`,
    ),
    jsonLd,
  ]
    .filter(Boolean)
    .join("\n    ");
  return fill(template, [
    [/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${lang}" dir="${dir}">`],
    [/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`],
    [
      /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
      `<meta name="description" content="${escapeHtml(description)}" />`,
    ],
  ])
    .replace("<!--head-tags-->", head)
    .replace('<div id="root">', prerendered ? `<div id="root" data-prerendered="${url}">` : '<div id="root">')
    .replace(
      "<!--app-html--></div>",
      prerendered
        ? `${html}</div>\n    <script type="application/json" id="hydration-data">${hydrationJson}</script>`
        : `${html}</div>`,
    );
}

let written = 0;
async function write(file, content) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  written += 1;
}

/** Every page written, for the sitemap. */
const sitemapEntries = [];

await mkdir(out, { recursive: true });
await writeFile(path.join(out, "spa.html"), template.replace("<!--head-tags-->", siteHead));

// Every fixed page, then every claim's own page, in every shipped language.
const rests = [...PAGE_SLUGS, ...claims.map((c) => claimRest(c.id))];
for (const rest of rests) {
  for (const language of SHIPPED) {
    const url = `/${language.code}/${rest}`;
    const rendered = await render(url, { origin });
    if (rendered.status !== 200) throw new Error(`${url} rendered with status ${rendered.status}`);
    // Every part of the page must be in the HTML itself: a Suspense boundary that was still pending
    // would be streamed in by an inline script, which the CSP blocks and no-JavaScript readers never run.
    if (/<script(?![^>]*type="application\/json")|<template id="B:/.test(rendered.html))
      throw new Error(`${url}: a Suspense boundary was not resolved before rendering (see preloadDeferred)`);
    await write(
      outFile(url),
      page(rendered, {
        url,
        lang: language.code,
        dir: language.dir,
        alternates: alternates(rest),
        image: await writeCard(rendered.card, url),
      }),
    );
    sitemapEntries.push({ url, lastmod: rendered.lastReviewed, alternates: alternates(rest) });
  }
}

// "/": the language picker (JavaScript sends the reader on to their language), the home pages' x-default.
const picker = await render("/", { origin });
await write(
  path.join(out, "index.html"),
  page(picker, {
    url: "/",
    lang: "en",
    dir: "ltr",
    alternates: alternates(""),
    image: await writeCard(picker.card, "/"),
  }),
);
sitemapEntries.unshift({ url: "/", lastmod: picker.lastReviewed, alternates: alternates("") });

// 404.html for static hosts: the English not-found page; in the browser the app re-renders for the real URL.
const notFound = await render("/en/404", { origin });
await write(
  path.join(out, "404.html"),
  page(notFound, { url: "", lang: "en", dir: "ltr", alternates: [], prerendered: false }),
);

// The sitemap: every page written above (not the 404 page, not the bare shell), each with its
// alternates in every language and x-default, and when it was last reviewed. Only for a build with
// the site's origin: a sitemap's addresses must be absolute, on the site's own origin.
const sitemapFile = path.join(out, "sitemap.xml");
if (origin) {
  const stream = new SitemapStream({ hostname: origin, lastmodDateOnly: true, xmlns: { xhtml: true } });
  for (const entry of sitemapEntries) {
    stream.write({
      url: entry.url,
      lastmod: entry.lastmod,
      links: entry.alternates.map((a) => ({ lang: a.hreflang, url: origin + a.href })),
    });
  }
  stream.end();
  await writeFile(sitemapFile, await streamToPromise(stream));
} else {
  await rm(sitemapFile, { force: true });
}

// robots.txt. A build without an origin still lets crawlers in: a page blocked by robots.txt is never
// fetched, so its noindex is never seen, and a blocked address can still be listed from links to it.
await writeFile(
  path.join(out, "robots.txt"),
  origin
    ? `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`
    : "# A preview build (no SITE_ORIGIN): every page is marked noindex, and there is no sitemap.\nUser-agent: *\nAllow: /\n",
);

console.log(
  `share cards: ${cards.drawn} drawn, ${cards.reused} reused, in ${(cards.ms / 1000).toFixed(1)} s (largest new one ${(cards.largest / 1024).toFixed(1)} KB)`,
);
console.log(
  `prerendered ${written} pages for ${SHIPPED.length} languages into ${path.relative(root, out) || "."}/, ` +
    (origin
      ? `for ${origin}, with a sitemap of ${sitemapEntries.length} addresses`
      : "with no origin: noindex, no sitemap"),
);
