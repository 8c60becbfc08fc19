// A tiny static server for the built site (dist/), for the Firefox and WebKit
// smoke suites. It maps addresses the way `vite preview` and the deploy
// configs do (/en/dosage → en/dosage.html, /en/ → en/index.html, anything
// else → 404.html with status 404), on a loopback port only.
//
// One addition, the reason it exists: every HTML page gets
// <script src="/__engine-probe.js"> right after its CSP meta, so the page
// itself records uncaught errors, rejected promises, console errors and
// warnings and CSP violations from the first script on. WebKitWebDriver
// (classic WebDriver) has no console log nor init scripts; this way both
// engines report the same things, hydration errors included.
//
// Usage: node tests/engines/serve.mjs [--port 4470] [--root dist]
// (ENGINES_PORT and ENGINES_DIST set the defaults; the suites' configs start it.)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const PROBE_PATH = "/__engine-probe.js";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file an address maps to, or null. */
async function resolve(root, pathname) {
  const rel = path.posix.normalize(decodeURIComponent(pathname));
  if (rel.includes("\0") || rel.split("/").includes("..")) return null;
  const base = path.join(root, rel);
  if (!base.startsWith(root)) return null;
  const candidates = rel.endsWith("/")
    ? [path.join(base, "index.html")]
    : [base, `${base}.html`, path.join(base, "index.html")];
  for (const file of candidates) if (await isFile(file)) return file;
  return null;
}

/** Adds the probe as the first script a page runs, subject to the page's own CSP. */
export function injectProbe(html) {
  const tag = `<script src="${PROBE_PATH}"></script>`;
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;
  if (csp.test(html)) return html.replace(csp, (m) => `${m}${tag}`);
  return html.replace(/<head>/i, (m) => `${m}${tag}`);
}

/** Starts the server; resolves with it once it listens. */
export async function startServer({ port = 4470, host = "127.0.0.1", root = path.resolve(here, "../../dist") } = {}) {
  const probe = await readFile(path.join(here, "probe.browser.js"), "utf8");
  const server = createServer((req, res) => {
    void (async () => {
      const { pathname } = new URL(req.url ?? "/", "http://localhost");
      if (pathname === PROBE_PATH) {
        res.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "no-store" });
        res.end(probe);
        return;
      }
      let file = await resolve(root, pathname);
      let status = 200;
      if (!file) {
        file = path.join(root, "404.html");
        status = 404;
      }
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      let body = await readFile(file);
      if (type.startsWith("text/html")) body = Buffer.from(injectProbe(body.toString("utf8")));
      res.writeHead(status, {
        "content-type": type,
        // Hashed assets may be cached; pages and the service worker must not be.
        "cache-control": pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    })().catch((error) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(undefined));
  });
  return server;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg("--port", process.env.ENGINES_PORT ?? "4470"));
  const root = path.resolve(arg("--root", process.env.ENGINES_DIST || path.resolve(here, "../../dist")));
  if (!(await isFile(path.join(root, "en", "dosage.html")))) {
    console.error(`${root} has no built site: run \`npm run build\` first`);
    process.exit(1);
  }
  await startServer({ port, root });
  console.log(`serving ${root} at http://127.0.0.1:${port}/ (with the error probe)`);
}
