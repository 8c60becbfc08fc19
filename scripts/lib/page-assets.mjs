// Which built files a prerendered page needs for its first view, from Vite's
// manifest: the entry and its static imports, the page's own chunk (loaded
// before hydration) and the language's text chunks. Used by the prerender (to
// preload them) and by the budget check (to weigh them).
import { readFileSync } from "node:fs";
import path from "node:path";

/** The route chunk each page slug loads before hydrating ("" is home). */
const PAGE_MODULES = {
  "": ["src/app/routes/home-page.tsx"],
  methodology: ["src/app/routes/methodology-page.tsx"],
  sources: ["src/app/routes/sources-page.tsx"],
  about: ["src/app/routes/about-page.tsx"],
  claims: ["src/app/routes/claims-page.tsx"],
  article: ["src/app/routes/article-page.tsx"],
  glossary: ["src/app/routes/glossary-page.tsx"],
  summary: ["src/app/routes/summary-page.tsx"],
  help: ["src/app/routes/help-page.tsx"],
};
/** Claim pages ("claims/<id>"). */
const CLAIM_MODULES = ["src/app/routes/claim-page.tsx"];
const SECTION_MODULES = ["src/app/routes/section-page.tsx"];

/**
 * Content data every page loads before hydrating, like the language's text:
 * the claims, and on the sources page the bibliographic details.
 */
const DEFAULT_DATA = ["src/content/claims.ts", "virtual:source-index"];
const WITH_DETAILS = [...DEFAULT_DATA, "virtual:source-details"];
const PAGE_DATA = { sources: WITH_DETAILS, summary: WITH_DETAILS };

export function readManifest(dist) {
  return JSON.parse(readFileSync(path.join(dist, ".vite", "manifest.json"), "utf8"));
}

/** A manifest key and everything it statically imports, as output files. */
function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry) throw new Error(`manifest has no ${key}`);
  if (seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const dep of entry.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/**
 * @param {object} manifest Vite manifest
 * @param {{ slug: string (a page slug, or "claims/<id>"), lang: string, namespaces: string[], fallback?: string }} page
 * @returns {{ js: string[], deferred: string[], text: string[], data: string[], css: string[] }} files
 *   relative to dist; `deferred` is the code the page loads later (parts hydrated lazily behind
 *   Suspense, panels opened on demand, print footnotes, offline support), reported, not budgeted.
 */
export function pageAssets(manifest, { slug, lang, namespaces, fallback }) {
  // boot.ts (the entry) loads main.tsx after the page has loaded; both count.
  const js = closure(manifest, "index.html");
  closure(manifest, "src/main.tsx", js);
  const isClaimPage = slug.startsWith("claims/");
  const modules = isClaimPage ? CLAIM_MODULES : (PAGE_MODULES[slug] ?? SECTION_MODULES);
  for (const key of modules) closure(manifest, key, js);
  const text = new Set();
  for (const l of fallback ? [lang, fallback] : [lang]) {
    for (const ns of namespaces) text.add(manifest[`locales/${l}/${ns}.json`].file);
  }
  const data = (isClaimPage ? WITH_DETAILS : (PAGE_DATA[slug] ?? DEFAULT_DATA)).map((key) => manifest[key].file);
  const css = manifest["index.html"].css ?? [];
  const deferred = new Set();
  const seen = new Set();
  const later = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dyn of manifest[key]?.dynamicImports ?? []) {
      if (
        dyn.includes("locales/") ||
        dyn.includes("src/app/routes/") ||
        dyn.startsWith("virtual:") ||
        dyn.endsWith("claims.ts") ||
        dyn.includes("pseudo")
      )
        continue;
      for (const file of closure(manifest, dyn))
        if (!js.has(file) && !deferred.has(file)) {
          deferred.add(file);
        }
      later(dyn);
    }
  };
  for (const key of Object.keys(manifest)) if ([...js].includes(manifest[key].file)) later(key);
  return { js: [...js], deferred: [...deferred], text: [...text], data, css };
}
