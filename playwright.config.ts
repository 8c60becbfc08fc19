import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/lib/chromium.mjs";

// E2E_PORT lets two checkouts run their suites side by side (each serves its own dist/).
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Debian's Chromium, started the way this machine needs (no downloads, no background network). */
const chromiumLaunch = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: ".ci-out/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: "only-on-failure",
    // Pages are checked as a first visit sees them; the offline test (tools.spec.ts) allows the service worker.
    serviceWorkers: "block",
  },
  outputDir: "test-results",
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunch } }],
  webServer: {
    // Serves the prerendered build; run `npm run build` first (.ci/run and test:e2e do).
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: !process.env.CI,
  },
});
