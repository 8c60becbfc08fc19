// Modules made at build time from src/content/sources.json by the plugin in
// vite.config.ts, so the bundle carries only what each page shows.

declare module "virtual:source-index" {
  /** [id, design] of every source, in bibliography order. */
  const index: readonly (readonly [string, string])[];
  export default index;
}

declare module "virtual:source-details" {
  /** The bibliographic fields a reader sees (SourceDetails), verbatim, in bibliography order. */
  const details: readonly unknown[];
  export default details;
}

declare module "virtual:help-lines" {
  /** The verified help lines (region, kind, phone, url, verified_on), verbatim, in list order. */
  const lines: readonly unknown[];
  export default lines;
}
