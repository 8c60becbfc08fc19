import { readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import { SOURCE_DETAIL_FIELDS } from "./src/content/schema.ts";
import { LANGUAGES } from "./src/i18n/languages.ts";
import { isolateLatinNamesInTree } from "./src/i18n/bidi-isolate.ts";

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
      // As a JSON string: V8 parses JSON much faster than it evaluates the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

/** The fields of a help line the site shows. */
const HELP_LINE_FIELDS = ["region", "kind", "phone", "url", "verified_on"];

/**
 * Serves the verified help lines (verbatim src/content/help-lines.json) with
 * only the fields the site shows, as virtual:help-lines.
 */
function helpLinesPlugin(): Plugin {
  const file = path.resolve(import.meta.dirname, "src/content/help-lines.json");
  return {
    name: "kratom-evidence-help-lines",
    resolveId: (id) => (id === "virtual:help-lines" ? "\0virtual:help-lines" : undefined),
    load(id) {
      if (id !== "\0virtual:help-lines") return undefined;
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>[];
      return `export default ${JSON.stringify(all.map((l) => Object.fromEntries(HELP_LINE_FIELDS.map((k) => [k, l[k] ?? null]))))};`;
    },
  };
}

/**
 * React Router parses paths against "http://localhost" where it has no window
 * (memory history, server rendering). It is only a parsing base, never an address
 * the site names, but a built site must hold no localhost address at all (a copy
 * of dist/ must not be mistakable for a local one, and a scan for one must find
 * nothing), so the built bundles use a name that can never resolve (RFC 2606).
 */
function noLocalhostPlugin(): Plugin {
  return {
    name: "kratom-evidence-no-localhost",
    apply: "build",
    transform(code, id) {
      if (!/node_modules[\\/]react-router[\\/]/.test(id) || !code.includes('"http://localhost"')) return undefined;
      return { code: code.replaceAll('"http://localhost"', '"http://parsing-base.invalid"'), map: null };
    },
  };
}

/**
 * Right-to-left languages' locale files (the ones the site shows; not the checker's cues), with Latin
 * names such as "7-OH" kept left-to-right (src/i18n/bidi-isolate.ts). Before Vite's JSON plugin,
 * which then makes the module as for any other language.
 */
function rtlLocalesPlugin(): Plugin {
  const rtl = LANGUAGES.filter((l) => l.dir === "rtl").map((l) => l.code);
  const file = new RegExp(
    `[\\\\/]locales[\\\\/](${rtl.join("|")})[\\\\/](common|grades|pages|claims|tools|glossary)\\.json$`,
  );
  return {
    name: "kratom-evidence-rtl-locales",
    enforce: "pre",
    transform(code, id) {
      if (!file.test(id)) return undefined;
      return { code: JSON.stringify(isolateLatinNamesInTree(JSON.parse(code))), map: null };
    },
  };
}

/**
 * BUILD_VARIANT (the deploy test's second build, scripts/build-second.mjs): every
 * chunk's hash, and so its file name, differs from the first build's, as after a
 * real change; the code itself is the same.
 */
function variantPlugin(variant: string | undefined): Plugin | false {
  return !!variant && { name: "kratom-evidence-build-variant", augmentChunkHash: () => variant };
}

export default defineConfig({
  plugins: [
    react(),
    rtlLocalesPlugin(),
    sourcesPlugin(),
    helpLinesPlugin(),
    noLocalhostPlugin(),
    variantPlugin(process.env.BUILD_VARIANT),
  ],
  resolve: {
    alias: {
      // citation-js (the "Cite" control's files) imports node-fetch, which only works in Node: see the shim.
      "node-fetch": path.resolve(import.meta.dirname, "src/features/cite/fetch-shim.ts"),
      "use-sync-external-store/shim": path.resolve(import.meta.dirname, "src/shims/use-sync-external-store.ts"),
    },
  },
  // Locale files become `JSON.parse("…")` modules: V8 parses a JSON string much faster than it
  // evaluates the same object written as JavaScript, and these are the largest modules a page loads.
  json: { stringify: true, namedExports: false },
  build: {
    // Budgets are checked by scripts/check-budgets.mjs; keep Vite's own warning quiet.
    chunkSizeWarningLimit: 400,
    manifest: true,
    // The entry only starts the app after the page has loaded (src/boot.ts); no preload helper needed.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The stack every page needs, as one chunk: split across chunks it only adds per-file overhead.
        codeSplitting: {
          // A group takes only the modules it names, not what they import: otherwise Vite's helper for
          // dynamic imports lands in "core", and the entry (src/boot.ts, which must stay a single small
          // file until the page has painted) would pull in core and the whole stack before first paint.
          includeDependenciesRecursively: false,
          groups: [
            {
              name: "vendor",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]|rolldown[\\/]runtime|src[\\/]shims[\\/]/,
            },
            // Small modules most pages use: one chunk rather than many tiny ones (each costs its own overhead).
            {
              name: "core",
              test: /src[\\/](content[\\/](schema|sources|selectors|review)\.ts|i18n[\\/]|config[\\/]|hooks[\\/]|components[\\/](ui[\\/]review-dates|deferred|load-failure)|features[\\/](language[\\/]use-lang|claims[\\/]claim-text|evidence[\\/]grade-(label|meter)|glossary[\\/]use-glossary|help[\\/]clinician-note))/,
            },
            // What pages that show claims share (home, sections, all claims, a claim, the article view).
            {
              name: "claim-ui",
              test: /src[\\/](features[\\/](claims[\\/](claim-card|claim-boundary)|glossary[\\/](glossary-text|term|find-terms)|evidence[\\/]evidence-badge|sources[\\/](print-footnotes|source-ref)|charts[\\/]index))/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./tests/setup.ts"],
    include: ["tests/**/*.test.{ts,tsx}"],
    testTimeout: 15000,
  },
});
