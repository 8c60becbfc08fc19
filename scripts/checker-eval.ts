// npm run checker:eval [-- <lang>] — the checker's quality on the labelled sentences in
// tests/checker/eval/<lang>.json: seed-article sentences (top-1 accuracy), paraphrases the way
// other pages write (top-3 recall) and sentences that make no claim we grade (share left
// unmatched). Fails below the targets.
// Then the same on tests/checker/held-out/<lang>.json: sentences written by helpers that never saw
// the cues or the tests, so an honest measure of how the checker does on text nobody tuned it for.
// Its targets are lower (they guard against a change that makes things worse); never tune on it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claims } from "../src/content/claims";
import { COMMON_KEY, buildIndex, claimDocuments, matchSentence } from "../src/features/checker/engine";
import { loadStopwords } from "../src/features/checker/stopwords";
import { SHIPPED } from "../src/i18n/languages";
import { fillValues } from "./lib/check-locales";

export const TARGETS = { seedTop1: 0.9, paraphraseTop3: 0.8, noneUnmatched: 0.85 };
export const HELD_OUT_TARGETS = { paraphraseTop3: 0.85, noneUnmatched: 0.75 };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv[2];
const verbose = Boolean(process.env.CHECKER_VERBOSE);

interface Labelled {
  text: string;
  claims: string[];
}
interface HeldOutSet {
  paraphrase: Labelled[];
  none: string[];
}
interface EvalSet extends HeldOutSet {
  seed: Labelled[];
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

let failing = 0;
const heldOutRows: string[] = [];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log("language  seed top-1        paraphrase top-3   no-claim unmatched");
for (const { code: lang } of SHIPPED) {
  if (only && only !== lang) continue;
  const evalFile = path.join(root, "tests/checker/eval", `${lang}.json`);
  const cuesFile = path.join(root, "locales", lang, "cues.json");
  if (!existsSync(evalFile) || !existsSync(cuesFile)) {
    console.log(`${lang.padEnd(9)} no test set or cues`);
    failing++;
    continue;
  }
  const set = read(evalFile) as EvalSet;
  const words = read(path.join(root, "locales", lang, "claims.json")) as Record<string, Record<string, string>>;
  const cues = read(cuesFile) as Record<string, string>;
  const documents = claimDocuments(
    claims,
    (id, field) => fillValues(words[id]?.[field] ?? "", claims.find((c) => c.id === id)?.values),
    cues,
  );
  const index = buildIndex(documents, lang, await loadStopwords(lang), cues[COMMON_KEY]);
  const top = (s: string) => matchSentence(index, s).map((m) => m.id);
  const seedHits = set.seed.filter((s) => s.claims.includes(top(s.text)[0] ?? ""));
  const paraHits = set.paraphrase.filter((s) => top(s.text).some((id) => s.claims.includes(id)));
  const noneOk = set.none.filter((s) => top(s).length === 0);
  const r = {
    seedTop1: seedHits.length / set.seed.length,
    paraphraseTop3: paraHits.length / set.paraphrase.length,
    noneUnmatched: noneOk.length / set.none.length,
  };
  const ok =
    r.seedTop1 >= TARGETS.seedTop1 &&
    r.paraphraseTop3 >= TARGETS.paraphraseTop3 &&
    r.noneUnmatched >= TARGETS.noneUnmatched;
  if (!ok) failing++;
  console.log(
    `${lang.padEnd(9)} ${`${pct(r.seedTop1)} of ${set.seed.length}`.padEnd(17)} ${`${pct(r.paraphraseTop3)} of ${set.paraphrase.length}`.padEnd(18)} ${`${pct(r.noneUnmatched)} of ${set.none.length}`.padEnd(18)} ${ok ? "ok" : "FAILS"}`,
  );
  if (verbose) {
    for (const s of set.seed.filter((x) => !seedHits.includes(x)))
      console.log(`  seed miss: ${s.claims.join(",")} ← ${top(s.text).join(",") || "(none)"} | ${s.text}`);
    for (const s of set.paraphrase.filter((x) => !paraHits.includes(x)))
      console.log(`  para miss: ${s.claims.join(",")} ← ${top(s.text).join(",") || "(none)"} | ${s.text}`);
    for (const s of set.none.filter((x) => !noneOk.includes(x))) console.log(`  none hit: ${top(s).join(",")} | ${s}`);
  }

  const heldOutFile = path.join(root, "tests/checker/held-out", `${lang}.json`);
  if (!existsSync(heldOutFile)) {
    heldOutRows.push(`${lang.padEnd(9)} no held-out set`);
    failing++;
    continue;
  }
  const held = read(heldOutFile) as HeldOutSet;
  const heldTop1 =
    held.paraphrase.filter((s) => s.claims.includes(top(s.text)[0] ?? "")).length / held.paraphrase.length;
  const heldTop3 =
    held.paraphrase.filter((s) => top(s.text).some((id) => s.claims.includes(id))).length / held.paraphrase.length;
  const heldNone = held.none.filter((s) => top(s).length === 0).length / held.none.length;
  const heldOk = heldTop3 >= HELD_OUT_TARGETS.paraphraseTop3 && heldNone >= HELD_OUT_TARGETS.noneUnmatched;
  if (!heldOk) failing++;
  heldOutRows.push(
    `${lang.padEnd(9)} ${`${pct(heldTop3)} of ${held.paraphrase.length}`.padEnd(18)} ${pct(heldTop1).padEnd(18)} ${`${pct(heldNone)} of ${held.none.length}`.padEnd(18)} ${heldOk ? "ok" : "FAILS"}`,
  );
}
console.log(
  `targets: seed top-1 ≥ ${pct(TARGETS.seedTop1)}, paraphrase top-3 ≥ ${pct(TARGETS.paraphraseTop3)}, no-claim unmatched ≥ ${pct(TARGETS.noneUnmatched)}`,
);
console.log("\nheld-out  paraphrase top-3   paraphrase top-1   no-claim unmatched");
for (const row of heldOutRows) console.log(row);
console.log(
  `held-out targets: paraphrase top-3 ≥ ${pct(HELD_OUT_TARGETS.paraphraseTop3)}, no-claim unmatched ≥ ${pct(HELD_OUT_TARGETS.noneUnmatched)}`,
);
console.log(
  failing ? `checker:eval: ${failing} language(s) below target` : "checker:eval: every language meets its targets",
);
process.exit(failing ? 1 : 0);
