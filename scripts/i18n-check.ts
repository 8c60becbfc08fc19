// npm run i18n:check — the locale completeness gate. Prints per-language
// coverage; fails on any problem in a shipped language (languages still in
// progress are reported, not failed).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claims } from "../src/content/claims";
import { GATED_NAMESPACES, LANGUAGES, SOURCE_LANG } from "../src/i18n/languages";
import { buildReport } from "./lib/locale-report";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../locales");
const languages = LANGUAGES.filter((l) => l.status !== "dev"); // pseudo-locales are generated, not translated
const reports = buildReport({ dir, source: SOURCE_LANG, languages, namespaces: GATED_NAMESPACES, claims });

let failing = 0;
console.log("language  status       keys    claims up to date");
for (const r of reports) {
  console.log(
    `${r.code.padEnd(9)} ${r.status.padEnd(12)} ${(r.coverage * 100).toFixed(1).padStart(5)}%  ${r.claimsCurrent}/${r.claimsTotal}`,
  );
}
for (const r of reports) {
  if (r.problems.length === 0) continue;
  const shipped = r.status === "shipped";
  if (shipped) failing += r.problems.length;
  console.log(
    `\n${r.code} (${r.status}): ${r.problems.length} problem(s)${shipped ? "" : " (not failing: not shipped)"}`,
  );
  for (const p of r.problems.slice(0, 50)) console.log(`  - ${p}`);
  if (r.problems.length > 50) console.log(`  … and ${r.problems.length - 50} more`);
}
console.log(failing ? `\ni18n:check failed: ${failing} problem(s) in shipped languages` : "\ni18n:check passed");
process.exit(failing ? 1 : 0);
