// Builds a second, different version of the site into dist-b/ for the deploy test
// (tests/e2e/deploy.spec.ts): the same pages and code, but built with BUILD_VARIANT=b
// (vite.config.ts), so every hashed JavaScript file name differs from dist/'s, as
// after a change that touches every chunk.
// Needs `npm run build` first (it reuses dist-ssr/ for the prerender: the pages'
// HTML does not depend on it). Skips the work when dist-b/ is newer than dist/ (--force: always).
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = "dist-b";
const stamp = (dir) => path.join(root, dir, ".vite", "manifest.json");

export function buildSecond({ force = false } = {}) {
  if (!existsSync(stamp("dist"))) throw new Error("run `npm run build` first: dist/ is missing");
  if (
    !force &&
    existsSync(path.join(root, OUT, "sw.js")) &&
    statSync(stamp(OUT)).mtimeMs > statSync(stamp("dist")).mtimeMs
  )
    return path.join(root, OUT);
  const run = (cmd, args, env = {}) =>
    execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  run("npx", ["vite", "build", "--outDir", OUT, "--emptyOutDir", "--logLevel", "warn"], { BUILD_VARIANT: "b" });
  run("node", ["scripts/prerender.mjs"], { DIST_DIR: OUT });
  run("node", ["scripts/service-worker.mjs"], { DIST_DIR: OUT });
  return path.join(root, OUT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const out = buildSecond({ force: process.argv.includes("--force") });
  console.log(`second build in ${path.relative(root, out)}/ (${Date.now() - started} ms)`);
}
