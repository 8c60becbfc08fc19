// The Playwright runner settings the engine smoke suites share. Playwright is
// only the runner here (reporting, timeouts, the server); the browsers are
// Debian's firefox-esr and WebKitGTK, driven by firefox-driver.ts and
// webkit-driver.ts. The main browser suite (playwright.config.ts, tests/e2e)
// does not see these files, nor does Vitest (tests/**/*.test.{ts,tsx}).
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { PORTS } from "./engine";

const root = path.resolve(import.meta.dirname, "../..");

export function engineConfig(engine: "firefox" | "webkit") {
  return defineConfig({
    testDir: import.meta.dirname,
    testMatch: `${engine}.spec.ts`,
    // One browser, one tab at a time: the machine has 2 cores, shared.
    workers: 1,
    fullyParallel: false,
    retries: 0,
    forbidOnly: !!process.env.CI,
    timeout: 60_000,
    // The whole suite stops by itself, whatever a browser does.
    globalTimeout: 180_000,
    expect: { timeout: 15_000 },
    reporter: [["list"], ["json", { outputFile: path.join(root, ".ci-out", `${engine}.json`) }]],
    outputDir: path.join(root, "test-results", engine),
    projects: [{ name: engine }],
    use: { baseURL: `http://127.0.0.1:${PORTS.site}` },
    webServer: {
      // Serves the built site (run `npm run build` first), with the error probe (serve.mjs).
      command: `node tests/engines/serve.mjs --port ${PORTS.site}`,
      cwd: root,
      url: `http://127.0.0.1:${PORTS.site}/en/dosage`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  });
}
