// npm run readability — reading level of every claim's title and main text, per
// language (see scripts/lib/readability.ts for the measures). Prints a table and
// the hardest claims; fails when a language misses its target.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claims } from "../src/content/claims";
import { TARGETS, claimReadingText, countText, median, medianMeets, score, withinWorst } from "./lib/readability";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../locales");
const only = process.argv[2];
const fmt = (n: number) => n.toFixed(1);
let failing = 0;
console.log(
  "language  measure               median  target      worst claim (figure)                      longest sentence",
);
for (const [lang, target] of Object.entries(TARGETS)) {
  if (only && only !== lang) continue;
  const words = JSON.parse(readFileSync(path.join(dir, lang, "claims.json"), "utf8")) as Record<
    string,
    { title?: string; text?: string }
  >;
  const rows = claims.map((c) => {
    const counts = countText(claimReadingText(words[c.id] ?? {}, { ...c.values }), lang);
    return { id: c.id, value: score(counts, target.measure), longest: counts.longest };
  });
  const med = median(rows.map((r) => r.value));
  const sorted = [...rows].sort((a, b) => (target.higherIsEasier ? a.value - b.value : b.value - a.value));
  const worst = sorted[0]!;
  const over = rows.filter((r) => !withinWorst(r.value, target));
  const ok = medianMeets(med, target) && over.length === 0;
  if (!ok) failing++;
  const goal = `${target.higherIsEasier ? "≥" : "≤"} ${target.median}${target.worst !== undefined ? ` (each ${target.higherIsEasier ? "≥" : "≤"} ${target.worst})` : ""}`;
  console.log(
    `${lang.padEnd(9)} ${target.measure.padEnd(21)} ${fmt(med).padStart(6)}  ${goal.padEnd(11)} ${`${worst.id} (${fmt(worst.value)})`.padEnd(41)} ${Math.max(...rows.map((r) => r.longest))} words  ${ok ? "ok" : "FAILS"}`,
  );
  for (const r of over) console.log(`  - ${r.id}: ${fmt(r.value)} is past ${target.worst}`);
  if (process.env.READABILITY_VERBOSE)
    for (const r of sorted.slice(0, 12)) console.log(`    ${r.id.padEnd(40)} ${fmt(r.value)}  longest ${r.longest}`);
}
console.log(
  failing
    ? `\nreadability: ${failing} language(s) miss their target`
    : "\nreadability: every language meets its target",
);
process.exit(failing ? 1 : 0);
