// npm run i18n:record-check -- <lang> <findings.json> [--date YYYY-MM-DD]
// Records, after an independent back-translation check, which translation of each claim was
// checked and with what outcome. findings.json: { "<claim-id>": { "outcome": "passed" | "corrected",
// "notes"?: "…" } }. Claims not in the file keep their earlier record.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claims } from "../src/content/claims";
import { SOURCE_LANG, isLang } from "../src/i18n/languages";
import { revisionsFile } from "./lib/locale-report";
import { CHECKS, OUTCOMES, translationFingerprint, type Reviews } from "./lib/translation-reviews";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../locales");
const args = process.argv.slice(2);
const dateAt = args.indexOf("--date");
const date = dateAt >= 0 ? args.splice(dateAt, 2)[1] : new Date().toISOString().slice(0, 10);
const [lang, findingsFile] = args;
if (!lang || !isLang(lang) || lang === SOURCE_LANG || !findingsFile || !date) {
  console.error(
    "usage: npm run i18n:record-check -- <language code other than en> <findings.json> [--date YYYY-MM-DD]",
  );
  process.exit(2);
}
const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const findings = read(findingsFile) as Record<string, { outcome: string; notes?: string }>;
const revisions = read(revisionsFile(dir, lang)) as Record<string, string>;
const translated = read(path.join(dir, lang, "claims.json")) as Record<string, unknown>;
const file = path.join(dir, lang, "_reviews.json");
const reviews: Reviews = existsSync(file) ? (read(file) as Reviews) : {};
for (const [id, f] of Object.entries(findings)) {
  if (!claims.some((c) => c.id === id)) throw new Error(`unknown claim ${id}`);
  if (!(OUTCOMES as readonly string[]).includes(f.outcome)) throw new Error(`${id}: unknown outcome ${f.outcome}`);
  const revision = revisions[id];
  if (!revision) throw new Error(`${id}: no recorded English revision; run npm run i18n:stamp -- ${lang} first`);
  reviews[id] = {
    revision,
    translation: translationFingerprint(translated[id]),
    checked: date,
    method: "back-translation",
    checks: [...CHECKS],
    outcome: f.outcome,
    ...(f.notes ? { notes: f.notes } : {}),
  };
}
const ordered = Object.fromEntries(claims.filter((c) => c.id in reviews).map((c) => [c.id, reviews[c.id]]));
writeFileSync(file, JSON.stringify(ordered, null, 2) + "\n");
console.log(`recorded ${Object.keys(findings).length} check(s) in ${path.relative(process.cwd(), file)}`);
