// Writes dist/sw.js with Workbox after the prerender (so the shell it falls back
// to exists). The app's code, styles and content data are precached; each
// language's text is cached when it is first used, so the site works offline in
// the languages the reader has read it in, without downloading the others.
// Pages are fetched from the network first and kept, so a page read once opens
// offline; a page never opened falls back to the shell, which renders it from
// the cache (in a language the reader has used).
// The new worker waits until the reader accepts the update (see
// src/features/offline/offline-status-panel.tsx), so content never changes silently.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateSW } from "workbox-build";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", process.env.DIST_DIR ?? "dist");

// Each language's text chunks, from Vite's manifest: cached on first use, not precached.
const manifest = JSON.parse(readFileSync(path.join(dist, ".vite", "manifest.json"), "utf8"));
const textChunks = Object.entries(manifest)
  .filter(([key]) => key.startsWith("locales/"))
  .map(([, entry]) => entry.file);

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ["assets/**/*.{js,css}", "spa.html", "favicon.svg", "icons/*.png", "manifest.webmanifest"],
  globIgnores: textChunks,
  swDest: path.join(dist, "sw.js"),
  mode: "production",
  sourcemap: false,
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Hashed file names are their own revision.
  dontCacheBustURLsMatching: /^assets\//,
  navigateFallback: null,
  runtimeCaching: [
    {
      // Hashed, never-changing files not precached: the text of each language the reader uses.
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/assets/"),
      handler: "CacheFirst",
      // ignoreVary: a module script request carries an Origin header that the stored copy's
      // "Vary: Origin" would otherwise refuse to match; these files never vary.
      options: { cacheName: "text", expiration: { maxEntries: 200 }, matchOptions: { ignoreVary: true } },
    },
    {
      urlPattern: ({ request }) => request.mode === "navigate",
      handler: "NetworkFirst",
      options: {
        cacheName: "pages",
        networkTimeoutSeconds: 4,
        expiration: { maxEntries: 200 },
        precacheFallback: { fallbackURL: "spa.html" },
      },
    },
  ],
});
for (const w of warnings) console.warn(`service worker: ${w}`);
console.log(
  `service worker: precaches ${count} files (${(size / 1024).toFixed(0)} KiB before compression); ` +
    `${textChunks.length} text chunks cached on first use`,
);
