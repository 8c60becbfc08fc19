// Deploy step: keeps the previous build's hashed files (dist/assets/) available
// until the next deploy, so a reader who still has a page of the previous build
// open can go on reading: its next page's code and its next language's text are
// files of that build. (If they are gone anyway, the page loads itself again
// from the new build; see src/components/load-failure.ts.)
//
//   node scripts/keep-previous-assets.mjs <previous>
//
// <previous> is what is published now: a folder (e.g. /var/www/kratom-evidence/dist,
// or the previous CI artifact unpacked) or the site's address (https://your.domain).
// Run it after `npm run build` and before publishing dist/. It copies the files the
// previous build listed as its own in build-files.txt into dist/assets/, then writes
// dist/build-files.txt for this build, listing only this build's own files: each
// deploy carries over one build's files, so old files never pile up. (The list sits
// outside assets/, whose files hosts may cache for a year: it changes every deploy.)
import { copyFile, readFile, readdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const LIST = "build-files.txt";

/** Copies the previous build's own files into `dist`/assets; returns how many were added. */
export async function keepPreviousAssets(previous, dist = path.join(root, "dist")) {
  const assets = path.join(dist, "assets");
  // Run twice on one build, it still lists only the build's own files.
  const own = existsSync(path.join(dist, LIST))
    ? String(await readFile(path.join(dist, LIST)))
        .split("\n")
        .filter(Boolean)
    : await readdir(assets);
  const remote = /^https?:\/\//.test(previous);
  const read = async (file) => {
    if (!remote) return readFile(path.join(previous, file));
    const res = await fetch(new URL(`/${file}`, previous), { cache: "no-store" });
    if (!res.ok) throw new Error(`${res.status} for /${file}`);
    return Buffer.from(await res.arrayBuffer());
  };
  let listed;
  try {
    listed = String(await read(LIST))
      .split("\n")
      .filter(Boolean);
  } catch {
    // The first deploy with this step: a folder still shows its files; an address cannot be listed.
    listed = !remote && existsSync(path.join(previous, "assets")) ? await readdir(path.join(previous, "assets")) : [];
  }
  let added = 0;
  for (const file of listed) {
    if (!/^[\w.-]+$/.test(file) || own.includes(file) || existsSync(path.join(assets, file))) continue;
    try {
      if (remote) await writeFile(path.join(assets, file), await read(`assets/${file}`));
      else await copyFile(path.join(previous, "assets", file), path.join(assets, file));
      added += 1;
    } catch (error) {
      // Already gone from what is published: nothing to keep.
      console.warn(`not kept: assets/${file} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  await writeFile(path.join(dist, LIST), `${own.sort().join("\n")}\n`);
  return added;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const previous = process.argv[2];
  if (!previous) {
    console.error("usage: node scripts/keep-previous-assets.mjs <published folder or https://your.domain>");
    process.exit(2);
  }
  const added = await keepPreviousAssets(previous);
  console.log(`kept ${added} file(s) of the previous build in dist/assets/ until the next deploy`);
}
