// Build budgets: fails the build when a page's first view needs more than
//   - 125 KiB gzip of JavaScript (entry, its imports and the page's chunk),
//   - 30 KiB gzip for any one text chunk (one language, one namespace) and any
//     one content-data chunk (the claims; the sources' bibliographic details),
//   - 15 KiB gzip of CSS,
// and when any share card (dist/share/**.png, a link preview's picture) is over 80 KB.
// Prints a table of every page of every shipped language, with the code each
// page loads later, off its first view ("later JS": parts hydrated lazily behind
// Suspense, badge panels, print footnotes, offline support), reported, not budgeted.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pageAssets, readManifest } from "./lib/page-assets.mjs";

const KiB = 1024;
export const BUDGETS = { js: 125 * KiB, textChunk: 30 * KiB, css: 15 * KiB, shareCard: 80_000 };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const manifest = readManifest(dist);
const server = await import(pathToFileURL(path.join(root, "dist-ssr", "entry-server.js")).href);
const { SHIPPED, PAGE_SLUGS, NAMESPACES, claims, claimRest } = server;
// Every claim page has the same assets: weigh one per language.
const SLUGS = [...PAGE_SLUGS, claimRest(claims[0].id)];

const gz = new Map();
const gzipSize = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gz.get(file);
};
const sum = (files) => files.reduce((n, f) => n + gzipSize(f), 0);
const kib = (n) => (n / KiB).toFixed(1);

const failures = [];
const rows = [];
for (const language of SHIPPED) {
  for (const slug of SLUGS) {
    const { js, deferred, text, data, css } = pageAssets(manifest, {
      slug,
      lang: language.code,
      namespaces: NAMESPACES,
    });
    const jsSize = sum(js);
    const largestText = Math.max(...text.map(gzipSize), ...data.map(gzipSize));
    const cssSize = sum(css);
    const page = `/${language.code}/${slug}`;
    rows.push([
      page,
      kib(jsSize),
      js.length,
      kib(sum(deferred)),
      kib(sum(text)),
      kib(sum(data)),
      kib(largestText),
      kib(cssSize),
    ]);
    if (jsSize > BUDGETS.js)
      failures.push(`${page}: first-view JavaScript ${kib(jsSize)} KiB > ${kib(BUDGETS.js)} KiB`);
    if (largestText > BUDGETS.textChunk)
      failures.push(`${page}: a text or data chunk is ${kib(largestText)} KiB > ${kib(BUDGETS.textChunk)} KiB`);
    if (cssSize > BUDGETS.css) failures.push(`${page}: CSS ${kib(cssSize)} KiB > ${kib(BUDGETS.css)} KiB`);
  }
}

// Share cards: chat apps and social sites skip a preview picture that is slow or large to fetch.
const cardSizes = readdirSync(path.join(dist, "share"), { recursive: true })
  .filter((f) => f.endsWith(".png"))
  .map((f) => ({ file: f, size: statSync(path.join(dist, "share", f)).size }));
for (const { file, size } of cardSizes)
  if (size > BUDGETS.shareCard) failures.push(`share/${file}: ${size} bytes > ${BUDGETS.shareCard} (80 kB)`);
const cardTotal = cardSizes.reduce((n, c) => n + c.size, 0);

const header = [
  "page",
  "JS KiB gz",
  "JS files",
  "later JS KiB gz",
  "text KiB gz",
  "data KiB gz",
  "largest text/data chunk",
  "CSS KiB gz",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
  `budgets: JS ≤ ${kib(BUDGETS.js)} KiB, text chunk ≤ ${kib(BUDGETS.textChunk)} KiB, CSS ≤ ${kib(BUDGETS.css)} KiB (gzip -9), ` +
    `share card ≤ ${BUDGETS.shareCard / 1000} kB`,
);
console.log(
  `share cards: ${cardSizes.length}, largest ${kib(Math.max(0, ...cardSizes.map((c) => c.size)))} KiB, ` +
    `median ${kib(cardSizes.map((c) => c.size).sort((a, b) => a - b)[cardSizes.length >> 1] ?? 0)} KiB, ` +
    `all ${(cardTotal / KiB / KiB).toFixed(1)} MiB`,
);
if (failures.length) {
  console.error(`\nBudget exceeded on ${failures.length} page(s):\n  ${failures.slice(0, 20).join("\n  ")}`);
  process.exit(1);
}
console.log("all pages within budget");
