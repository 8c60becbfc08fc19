// npm run bench — builds the site, serves dist/ on localhost and measures it with
// Lighthouse (pinned 12.2.3, Debian Chromium, default mobile profile), RUNS times
// per page, each next to its plain static twin: the same prerendered HTML with
// every script removed (the physical limit for that text). Then times in-app
// navigation and language switching in Chromium. Prints one table. Not a test:
// numbers vary by machine (on a 2-core VM, from run to run too).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium.mjs";
import { cpuAfterFirstPaint, mainThread } from "./lib/lh-trace.mjs";
import { pageAssets } from "./lib/page-assets.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = Number(process.env.BENCH_PORT ?? 4181);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROME = CHROMIUM_PATH;
const FLAGS = ["--headless=new", ...CHROMIUM_ARGS];
const PAGES = process.env.BENCH_PAGES?.split(",") ?? [
  "/en/",
  "/en/dosage",
  "/en/long-term",
  "/en/sources",
  "/ar/",
  "/ar/dosage",
  "/ar/long-term",
  "/ar/sources",
];
/** A page's static twin: its prerendered HTML without scripts or module preloads. */
const staticUrl = (page) => `/bench-static/${page.replace(/^\/|\/$/g, "").replace(/\//g, "-") || "home"}.html`;
const TARGETS = { performance: 98, other: 100, cls: 0, lcpRatio: 1.15, jsKiB: 125 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });

// Chunks that hold text or content data rather than code (see scripts/lib/page-assets.mjs).
const manifest = JSON.parse(readFileSync(path.join(root, "dist", ".vite", "manifest.json"), "utf8"));
const textAndData = new Set(
  Object.entries(manifest)
    .filter(
      ([key]) => key.startsWith("locales/") || key.startsWith("virtual:source-") || key === "src/content/claims.ts",
    )
    .map(([, entry]) => entry.file),
);

// The physical limit: each benched page's own prerendered HTML with every script and preload removed.
const dist = path.join(root, "dist");
mkdirSync(path.join(dist, "bench-static"), { recursive: true });
for (const page of PAGES) {
  const file = page.endsWith("/") ? `${page}index.html` : `${page}.html`;
  const appHtml = readFileSync(path.join(dist, file), "utf8");
  const staticHtml = appHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link rel="modulepreload"[^>]*>/g, "");
  writeFileSync(path.join(dist, staticUrl(page)), staticHtml);
}

// The code each page needs for its first view (what the build budget weighs); the rest is "later".
const { NAMESPACES } = await import(pathToFileURL(path.join(root, "dist-ssr", "entry-server.js")).href);
function firstViewFiles(page) {
  const [, lang, ...rest] = page.split("/");
  const { js } = pageAssets(manifest, { slug: rest.join("/"), lang, namespaces: NAMESPACES });
  return new Set(js);
}

const server = spawn(
  process.execPath,
  [path.join(root, "node_modules", "vite", "bin", "vite.js"), "preview", "--port", String(PORT), "--strictPort"],
  {
    cwd: root,
    stdio: "pipe",
  },
);
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error("preview server did not start")), 30_000);
  server.stdout.on("data", (d) => {
    if (String(d).includes(String(PORT))) {
      clearTimeout(timer);
      resolve();
    }
  });
});
const base = `http://localhost:${PORT}`;

function lighthouse(url, firstView = new Set()) {
  const dir = mkdtempSync(path.join(tmpdir(), "lh-"));
  const out = path.join(dir, "report.json");
  execFileSync(
    path.join(root, "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--save-assets",
      `--chrome-flags=${FLAGS.join(" ")} --user-data-dir=${dir}/profile`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: "pipe", timeout: 180_000 },
  );
  const r = JSON.parse(readFileSync(out, "utf8"));
  const trace = JSON.parse(readFileSync(path.join(dir, "report-0.trace.json"), "utf8")).traceEvents;
  const cpu = cpuAfterFirstPaint(mainThread(trace, url));
  rmSync(dir, { recursive: true, force: true });
  // Scripts split into the app's code and its text/data chunks (JSON-like modules), as the budgets count them.
  const scripts = r.audits["network-requests"].details.items.filter((i) => i.resourceType === "Script");
  const isTextOrData = (url) => textAndData.has(new URL(url).pathname.slice(1));
  const code = scripts.filter((i) => !isTextOrData(i.url));
  const isFirstView = (url) => firstView.has(new URL(url).pathname.slice(1));
  const codeBytes = code.filter((i) => isFirstView(i.url)).reduce((n, i) => n + i.transferSize, 0);
  const laterBytes = code.filter((i) => !isFirstView(i.url)).reduce((n, i) => n + i.transferSize, 0);
  const textBytes = scripts.filter((i) => isTextOrData(i.url)).reduce((n, i) => n + i.transferSize, 0);
  return {
    performance: r.categories.performance.score * 100,
    accessibility: r.categories.accessibility.score * 100,
    bestPractices: r.categories["best-practices"].score * 100,
    seo: r.categories.seo.score * 100,
    lcp: r.audits["largest-contentful-paint"].numericValue,
    tbt: r.audits["total-blocking-time"].numericValue,
    cls: r.audits["cumulative-layout-shift"].numericValue,
    jsKiB: codeBytes / 1024,
    laterKiB: laterBytes / 1024,
    textKiB: textBytes / 1024,
    cpuMs: cpu.cpuMs,
    cpuTbtMs: cpu.cpuTbtMs,
  };
}

const results = new Map();
/** Each run's performance score, app and twin, printed under the table: how far one run can be trusted. */
const spread = new Map();
try {
  const medians = (runs) => Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  for (const page of PAGES) {
    // App and static twin alternate, so a slower spell of the machine hits both alike.
    const app = [];
    const twin = [];
    const firstView = firstViewFiles(page);
    for (let i = 0; i < RUNS; i++) {
      app.push(lighthouse(base + page, firstView));
      twin.push(lighthouse(base + staticUrl(page)));
    }
    results.set(page, {
      ...medians(app),
      staticLcp: median(twin.map((r) => r.lcp)),
      staticTbt: median(twin.map((r) => r.tbt)),
    });
    spread.set(page, { app: app.map((r) => r.performance), twin: twin.map((r) => r.performance) });
    process.stderr.write(`measured ${page}\n`);
  }

  // Interactions after the first load: click → new <h1> on screen, in Chromium.
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  const page = await browser.newPage();
  async function timeClick(startUrl, linkName, scope) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(base + startUrl);
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      const link = page.getByRole("navigation", { name: scope }).getByRole("link", { name: linkName, exact: true });
      await link.evaluate(() => {
        const h1 = () => document.querySelector("main h1")?.textContent;
        const before = h1();
        window.__bench = new Promise((resolve) => {
          const start = performance.now();
          const obs = new MutationObserver(() => {
            if (h1() !== before) {
              obs.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      });
      await link.click();
      times.push(await page.evaluate(() => window.__bench));
    }
    return median(times);
  }
  const navMs = await timeClick("/en/dosage", "Long-term safety", "Sections");
  const langMs = await timeClick("/en/dosage", "Español", "Language");
  await browser.close();

  const header = [
    "page",
    "perf",
    "a11y",
    "best-pr.",
    "SEO",
    "LCP ms",
    "TBT ms",
    "CLS",
    "first-view JS KiB",
    "later JS KiB",
    "text+data KiB",
    "static LCP ms",
    "static TBT ms",
    "LCP / static",
    "CPU ms after paint",
    "TBT at CPU time",
  ];
  const rows = [...results].map(([url, m]) => [
    url,
    m.performance.toFixed(0),
    m.accessibility.toFixed(0),
    m.bestPractices.toFixed(0),
    m.seo.toFixed(0),
    m.lcp.toFixed(0),
    m.tbt.toFixed(0),
    m.cls.toFixed(3),
    m.jsKiB.toFixed(1),
    m.laterKiB.toFixed(1),
    m.textKiB.toFixed(1),
    m.staticLcp.toFixed(0),
    m.staticTbt.toFixed(0),
    (m.lcp / m.staticLcp).toFixed(2),
    m.cpuMs.toFixed(0),
    m.cpuTbtMs.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(
    `\nLighthouse 12.2.3, mobile profile, median of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log("\nPerformance score of each run, app | static twin:");
  for (const [url, runs] of spread) console.log(`  ${url}: ${runs.app.join(", ")} | ${runs.twin.join(", ")}`);
  console.log(
    `\nIn-app navigation, click to new <h1> (median of 5): section → section ${navMs.toFixed(0)} ms; language switch ${langMs.toFixed(0)} ms`,
  );
  console.log(
    `Targets: performance ≥ ${TARGETS.performance}, accessibility/best practices/SEO ${TARGETS.other}, CLS ${TARGETS.cls}, ` +
      `LCP ≤ ${TARGETS.lcpRatio} × the page's static twin, first-view JS ≤ ${TARGETS.jsKiB} KiB gzip -9 ` +
      `(enforced by the build this run started with; the transferred sizes above also count HTTP headers and the ` +
      `preview server's gzip level; "later JS" is code loaded once the page is interactive: offline support, ` +
      `print footnotes, deferred parts)`,
  );
  console.log(
    `"CPU ms after paint": main-thread CPU time of the tasks that start after first paint (the app's start-up and ` +
      `hydration); "TBT at CPU time": the TBT those tasks would give if the main thread ran whenever it had work. ` +
      `Lighthouse simulates from wall-clock task lengths, which on a small, busy machine include waiting for a core ` +
      `(scripts/lib/lh-trace.mjs); these two columns show what the code itself costs and vary much less.`,
  );
  const misses = rows.flatMap((r) => {
    const out = [];
    if (Number(r[1]) < TARGETS.performance) out.push(`${r[0]} performance ${r[1]}`);
    for (const i of [2, 3, 4]) if (Number(r[i]) < TARGETS.other) out.push(`${r[0]} ${header[i]} ${r[i]}`);
    if (Number(r[7]) > TARGETS.cls) out.push(`${r[0]} CLS ${r[7]}`);
    if (Number(r[13]) > TARGETS.lcpRatio) out.push(`${r[0]} LCP ratio ${r[13]}`);
    return out;
  });
  console.log(misses.length ? `Missed: ${misses.join("; ")}` : "All targets met.");
} finally {
  server.kill();
  rmSync(path.join(dist, "bench-static"), { recursive: true, force: true });
}
