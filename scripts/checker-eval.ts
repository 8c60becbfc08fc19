// npm run checker:eval [-- <lang>] — the checker's quality on the labelled sentences in
// tests/checker/eval/<lang>.json: seed-article sentences (top-1 accuracy), paraphrases the way
// other pages write (top-3 recall) and sentences that make no claim we grade (share left
// unmatched). Fails below the targets.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claims } from "../src/content/claims";
import { COMMON_KEY, buildIndex, claimDocuments, matchSentence } from "../src/features/checker/engine";
import { loadStopwords } from "../src/features/checker/stopwords";
import { SHIPPED } from "../src/i18n/languages";
import { fillValues } from "./lib/check-locales";

export const TARGETS = { seedTop1: 0.9, paraphraseTop3: 0.8, noneUnmatched: 0.85 };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv[2];
const verbose = Boolean(process.env.CHECKER_VERBOSE);

interface Labelled {
  text: string;
  claims: string[];
}
interface EvalSet {
  seed: Labelled[];
  paraphrase: Labelled[];
  none: string[];
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

let failing = 0;
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
}
console.log(
  `targets: seed top-1 ≥ ${pct(TARGETS.seedTop1)}, paraphrase top-3 ≥ ${pct(TARGETS.paraphraseTop3)}, no-claim unmatched ≥ ${pct(TARGETS.noneUnmatched)}`,
);
console.log(
  failing ? `checker:eval: ${failing} language(s) below target` : "checker:eval: every language meets its targets",
);
process.exit(failing ? 1 : 0);
