// npm run checker:bench — what the text checker costs a reader, in Debian's Chromium against the
// built site (run `npm run build` first): for each shipped language, the checker's first load
// (code, cues and stopword lists fetched on /:lang/check after the page's own first view, gzip -9
// of the built files) and the main-thread time to check the language's seed text (the reviewed
// article in English; the translated seed sentences elsewhere), with its longest task.
// Targets (issue #17): first load ≤ 60 KiB per language; checking ≤ 150 ms of main-thread time,
// no task over 50 ms. A benchmark that prints numbers, not a test: it fails nothing.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium.mjs";
import { pageAssets, readManifest } from "./lib/page-assets.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const RUNS = Number(process.env.RUNS ?? 3);
const LANGS = ["en", "es", "de", "ar", "th", "id"];

const server = spawn(
  process.execPath,
  [path.join(root, "node_modules/vite/bin/vite.js"), "preview", "--port", String(PORT), "--strictPort"],
  { cwd: root, stdio: "pipe" },
);
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error("preview server did not start")), 30_000);
  server.stdout.on("data", (d) => String(d).includes(String(PORT)) && (clearTimeout(timer), resolve()));
});

const manifest = readManifest(dist);
const { NAMESPACES } = await import(path.join(root, "dist-ssr", "entry-server.js"));
/** The checker's own files for a language: its modules and their imports not already in the page's first view, all stopword lists, the language's cues. */
function checkerFiles(lang) {
  const firstView = new Set(pageAssets(manifest, { slug: "check", lang, namespaces: NAMESPACES }).js);
  const files = new Set();
  const visit = (key) => {
    const entry = manifest[key];
    if (!entry || firstView.has(entry.file) || files.has(entry.file)) return;
    files.add(entry.file);
    for (const i of entry.imports ?? []) visit(i);
    for (const d of entry.dynamicImports ?? [])
      if (d.includes("stopword") || d === `locales/${lang}/cues.json`) visit(d);
  };
  for (const key of Object.keys(manifest))
    if (key.startsWith("src/features/checker/") && manifest[key].isDynamicEntry) visit(key);
  return [...files];
}
const gzFileKiB = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
const seedText = (lang) =>
  lang === "en"
    ? readFileSync(path.join(root, "tests/fixtures/seed-article.txt"), "utf8")
    : JSON.parse(readFileSync(path.join(root, `tests/checker/eval/${lang}.json`), "utf8"))
        .seed.map((s) => s.text)
        .join("\n");

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
console.log("language  first load KiB gz (files)  check main-thread ms (median of runs)  longest task ms  words");
try {
  for (const lang of LANGS.filter((l) => existsSync(path.join(root, `tests/checker/eval/${l}.json`)))) {
    const loads = [];
    const busy = [];
    const matchMs = [];
    const longest = [];
    let files = 0;
    const text = seedText(lang);
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.goto(`http://localhost:${PORT}/${lang}/check`, { waitUntil: "load" });
      await page.locator("form.checker button[type=submit]:enabled").waitFor({ timeout: 30_000 });
      await page.waitForLoadState("networkidle");
      const own = checkerFiles(lang);
      loads.push(own.reduce((n, f) => n + gzFileKiB(f), 0));
      files = own.length;
      await page.locator("textarea").fill(text);
      await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
        }).observe({ type: "longtask" });
      });
      const task = async () =>
        (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
      const t0 = await task();
      await page.locator("form.checker button[type=submit]").click();
      await page.locator(".check-results").waitFor();
      await page.waitForTimeout(300);
      busy.push(((await task()) - t0) * 1000);
      matchMs.push(await page.evaluate(() => performance.getEntriesByName("checker:match").at(-1)?.duration ?? 0));
      longest.push(await page.evaluate(() => window.__longest));
      await context.close();
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const words = text.split(/\s+/).filter(Boolean).length;
    console.log(
      `${lang.padEnd(9)} ${`${med(loads).toFixed(1)} (${files})`.padEnd(27)} ${`${med(busy).toFixed(0)} (matching ${med(matchMs).toFixed(0)} wall)`.padEnd(38)} ${String(med(longest) ? med(longest).toFixed(0) : "none ≥ 50").padEnd(16)} ${words}`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(
  `targets: first load ≤ 60 KiB; checking ≤ 150 ms main-thread time with no task over 50 ms (${RUNS} runs each)`,
);
