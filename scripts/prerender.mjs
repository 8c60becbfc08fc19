// Writes a complete HTML file for every route in every shipped language, plus
// "/" (the language picker), 404.html and spa.html (a bare shell for fallbacks).
// Run after `vite build` and `vite build --ssr src/entry-server.tsx --outDir dist-ssr`.
import { mkdir, readFile, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// DIST_DIR: another output folder for the same pages (the deploy test builds a second site, scripts/build-second.mjs).
const dist = path.resolve(root, process.env.DIST_DIR ?? "dist");
const origin = (process.env.SITE_ORIGIN ?? "http://localhost:4173").replace(/\/$/, "");

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The Content Security Policy (deploy/csp.json), as a meta tag: frame-ancestors only works as a header.
const cspDirectives = JSON.parse(await readFile(path.join(root, "deploy", "csp.json"), "utf8"));
const csp = Object.entries(cspDirectives)
  .filter(([name]) => !name.startsWith("$") && name !== "frame-ancestors")
  .map(([name, values]) => `${name} ${values.join(" ")}`)
  .join("; ");
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;

// The shell is kept as spa.html so a second run never reads its own output.
const shellPath = path.join(dist, "spa.html");
const exists = await access(shellPath).then(
  () => true,
  () => false,
);
const template = (await readFile(exists ? shellPath : path.join(dist, "index.html"), "utf8")).replace(
  /<meta charset="UTF-8" \/>/,
  (m) => (exists ? m : `${m}\n    ${cspMeta}`),
);
if (!template.includes("<!--app-html--></div>")) throw new Error("template has no <!--app-html--> marker");
if (!exists) await writeFile(shellPath, template.replace("<!--head-tags-->", ""));

const server = await import(pathToFileURL(path.join(root, "dist-ssr", "entry-server.js")).href);
const { render, SHIPPED, PAGE_SLUGS, alternates, claims, claimRest } = server;

function outFile(url) {
  return url.endsWith("/") ? path.join(dist, url, "index.html") : path.join(dist, `${url}.html`);
}

/** Replaces each pattern once, and fails loudly if the template no longer has it. */
function fill(text, replacements) {
  return replacements.reduce((out, [pattern, value]) => {
    if (!pattern.test(out)) throw new Error(`index.html no longer matches ${pattern}`);
    return out.replace(pattern, () => value);
  }, text);
}

function page({ html, hydrationJson, title, description }, { url, lang, dir, alternates, prerendered = true }) {
  const head = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Kratom Evidence" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:locale" content="${lang}" />`,
    url ? `<meta property="og:url" content="${origin}${url}" />` : "",
    url ? `<link rel="canonical" href="${origin}${url}" />` : "",
    ...alternates.map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${origin}${a.href}" />`),
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

// Every fixed page, then every claim's own page, in every shipped language.
const rests = [...PAGE_SLUGS, ...claims.map((c) => claimRest(c.id))];
for (const rest of rests) {
  for (const language of SHIPPED) {
    const url = `/${language.code}/${rest}`;
    const rendered = await render(url);
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
      }),
    );
  }
}

// "/": the language picker (JavaScript sends the reader on to their language).
const pickerAlternates = [{ hreflang: "x-default", href: "/" }];
await write(
  path.join(dist, "index.html"),
  page(await render("/"), { url: "/", lang: "en", dir: "ltr", alternates: pickerAlternates }),
);

// 404.html for static hosts: the English not-found page; in the browser the app re-renders for the real URL.
const notFound = await render("/en/404");
await write(
  path.join(dist, "404.html"),
  page(notFound, { url: "", lang: "en", dir: "ltr", alternates: [], prerendered: false }),
);

console.log(`prerendered ${written} pages for ${SHIPPED.length} languages into ${path.relative(root, dist)}/`);
