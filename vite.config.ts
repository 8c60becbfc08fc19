import { readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import { SOURCE_DETAIL_FIELDS } from "./src/content/schema";

/**
 * Serves the verified source list in two parts, both made from the verbatim
 * src/content/sources.json at build time: a tiny index every page needs
 * (virtual:source-index) and the bibliographic details shown on the sources
 * page and in badge panels (virtual:source-details), loaded on demand.
 */
function sourcesPlugin(): Plugin {
  const file = path.resolve(import.meta.dirname, "src/content/sources.json");
  const ids = new Set(["virtual:source-index", "virtual:source-details"]);
  return {
    name: "kratom-evidence-sources",
    resolveId: (id) => (ids.has(id) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith("\0virtual:source-")) return undefined;
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>[];
      const data =
        id === "\0virtual:source-index"
          ? all.map((s) => [s.id, s.design])
          : all.map((s) => Object.fromEntries(SOURCE_DETAIL_FIELDS.map((k) => [k, s[k] ?? null])));
      return `export default ${JSON.stringify(data)};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), sourcesPlugin()],
  build: {
    // Budgets are checked by scripts/check-budgets.mjs; keep Vite's own warning quiet.
    chunkSizeWarningLimit: 400,
    manifest: true,
    // The entry only starts the app after the page has loaded (src/boot.ts); no preload helper needed.
    modulePreload: false,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./tests/setup.ts"],
    include: ["tests/**/*.test.{ts,tsx}"],
    testTimeout: 15000,
  },
});
