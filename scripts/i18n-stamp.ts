// npm run i18n:stamp -- <lang> [claim-id …] — records, after a translator has
// translated or updated claims, which English revision each translation follows.
// Without claim ids it stamps every claim that has text in that language.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claims } from "../src/content/claims";
import { SOURCE_LANG, isLang } from "../src/i18n/languages";
import { currentRevisions, revisionsFile } from "./lib/locale-report";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../locales");
const [lang, ...ids] = process.argv.slice(2);
if (!lang || !isLang(lang) || lang === SOURCE_LANG) {
  console.error("usage: npm run i18n:stamp -- <language code other than en> [claim-id …]");
  process.exit(2);
}
const file = revisionsFile(dir, lang);
const recorded = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
const translated = JSON.parse(readFileSync(path.join(dir, lang, "claims.json"), "utf8")) as Record<string, unknown>;
const current = currentRevisions(dir, SOURCE_LANG, claims);
const targets = ids.length ? ids : claims.map((c) => c.id).filter((id) => id in translated);
for (const id of targets) {
  const revision = current.get(id);
  if (!revision) throw new Error(`unknown claim ${id}`);
  recorded[id] = revision;
}
const ordered = Object.fromEntries(
  claims
    .map((c) => c.id)
    .filter((id) => id in recorded)
    .map((id) => [id, recorded[id]]),
);
writeFileSync(file, JSON.stringify(ordered, null, 2) + "\n");
console.log(`stamped ${targets.length} claim(s) in ${path.relative(process.cwd(), file)}`);
