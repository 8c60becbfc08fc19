/**
 * The checker's engine: for each sentence of a reader's text, which of our graded claims it
 * makes. Claims are ranked with MiniSearch (BM25+ scoring) over each claim's cue phrases
 * (locales/<lng>/cues.json), title, main text and, for claims from the article, the article's
 * assertion; a cue phrase found whole in the sentence adds weight. Below a threshold the
 * sentence is "not graded here". Pure functions: the page runs them in the browser, and
 * `npm run checker:eval` runs them in Node on the labelled test set.
 */
import MiniSearch from "minisearch";
import { isThai, words } from "./segment";

export interface ClaimDocument {
  id: string;
  /** Cue phrases, as written in the locales (" | " between them). */
  cues: string;
  title: string;
  text: string;
  /** The article's assertion, for claims taken from the article. */
  article?: string;
}

export interface ClaimMatch {
  id: string;
  score: number;
}

export interface CheckerIndex {
  lang: string;
  search: MiniSearch<IndexedClaim>;
  /** Each claim's cue phrases as folded words (stopwords kept: "my back" is not "back"), for whole-phrase matches. */
  phrases: Map<string, string[][]>;
  /** The same phrases by their first word's key (phraseKey), so a sentence looks up only the phrases that can start at each word. */
  phrasesByKey: Map<string, { id: string; phrase: string[] }[]>;
  isStopword: (word: string) => boolean;
}

interface IndexedClaim {
  id: string;
  cues: string;
  title: string;
  text: string;
  article: string;
}

/** Tuning (measured with npm run checker:eval on the labelled sentences; see README). */
export const TUNING = {
  boost: { cues: 3, title: 1.5, article: 1.6, text: 1 },
  /** Extra score when a cue phrase is found whole in the sentence: a base, and more per further word. */
  phraseBase: 40,
  phraseWord: 15,
  /** A claim needs at least this score to be shown for a sentence when one of its cue phrases is in it… */
  threshold: 50,
  /** …and this much on the words alone, when none is. */
  wordsOnlyThreshold: 60,
  /** …and at most this far below the sentence's best claim (a share of the best score). */
  relative: 0.5,
  max: 3,
} as const;

export function cuePhrases(cues: string): string[] {
  return cues
    .split("|")
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * A word that can tell claims apart: not a single letter (digits excepted), and in Thai at least
 * three characters. Thai's word segmenter splits a borrowed word it does not know into syllables
 * ("เซ|โร|โท|นิน", serotonin), and one such syllable ("เซ", "ซี") in an unrelated sentence ("วิตามินซี")
 * must not count as a word of a claim. A cue phrase still matches whole, syllable by syllable.
 */
const isContentWord = (w: string) => (w.length > 1 || /\d/.test(w)) && !(isThai(w) && w.length < 3);

/** Content words: segmented, folded, stopwords removed, too-short words dropped (isContentWord). */
export function contentWords(text: string, lang: string, isStopword: (w: string) => boolean): string[] {
  return words(text, lang).filter((w) => isContentWord(w) && !isStopword(w));
}

/**
 * The words too common in kratom texts to tell claims apart (cues.json's "_common": "kratom | pain | …"),
 * treated like stopwords.
 */
export const COMMON_KEY = "_common";

function createIndex(
  documents: readonly ClaimDocument[],
  lang: string,
  stopwords: readonly string[],
  common = "",
): CheckerIndex {
  const stop = new Set([...stopwords, ...cuePhrases(common)].flatMap((w) => words(w, lang)));
  const isStopword = (w: string) => stop.has(w);
  const search = new MiniSearch<IndexedClaim>({
    fields: ["cues", "title", "text", "article"],
    storeFields: [],
    tokenize: (text) => words(text, lang),
    processTerm: (term) => (isStopword(term) || !isContentWord(term) ? null : term),
    searchOptions: {
      boost: { ...TUNING.boost },
      combineWith: "OR",
      prefix: (term) => term.length > 4,
      fuzzy: false,
    },
  });
  const phrases = new Map(
    documents.map((d) => [
      d.id,
      cuePhrases(d.cues)
        .map((p) => words(p, lang))
        .filter((p) => p.some((w) => !isStopword(w))),
    ]),
  );
  const phrasesByKey = new Map<string, { id: string; phrase: string[] }[]>();
  for (const [id, list] of phrases)
    for (const phrase of list) {
      const key = phraseKey(phrase[0] as string);
      phrasesByKey.set(key, [...(phrasesByKey.get(key) ?? []), { id, phrase }]);
    }
  return { lang, search, phrases, phrasesByKey, isStopword };
}

const indexed = (documents: readonly ClaimDocument[]): IndexedClaim[] =>
  documents.map((d) => ({
    id: d.id,
    cues: cuePhrases(d.cues).join(" . "),
    title: d.title,
    text: d.text,
    article: d.article ?? "",
  }));

/** The index, built at once (tests, the evaluation script). */
export function buildIndex(
  documents: readonly ClaimDocument[],
  lang: string,
  stopwords: readonly string[],
  common = "",
): CheckerIndex {
  const index = createIndex(documents, lang, stopwords, common);
  index.search.addAll(indexed(documents));
  return index;
}

/** The index, built a few claims per task (the page: no long task while it loads). */
export async function buildIndexInTasks(
  documents: readonly ClaimDocument[],
  lang: string,
  stopwords: readonly string[],
  common = "",
): Promise<CheckerIndex> {
  const index = createIndex(documents, lang, stopwords, common);
  await index.search.addAllAsync(indexed(documents), { chunkSize: 8 });
  return index;
}

/** Words of five letters or more match by their first five (see sameWord); shorter ones only whole. */
const phraseKey = (word: string) => (word.length >= 5 ? word.slice(0, 5) : word);

/** A phrase word matches a sentence word when equal, or as a prefix of five letters or more (plurals, inflections). */
const sameWord = (phraseWord: string, word: string) =>
  phraseWord === word ||
  (phraseWord.length >= 5 && (word.startsWith(phraseWord) || (phraseWord.startsWith(word) && word.length >= 5)));

function phraseAt(sentence: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > sentence.length) return false;
  for (let j = 0; j < phrase.length; j++) if (!sameWord(phrase[j] as string, sentence[i + j] as string)) return false;
  return true;
}

/** Up to three claims a sentence makes, best first; empty when nothing we grade is close enough. */
export function matchSentence(index: CheckerIndex, sentence: string): ClaimMatch[] {
  const all = words(sentence, index.lang);
  const content = all.filter((w) => isContentWord(w) && !index.isStopword(w));
  if (content.length === 0) return [];
  const scores = new Map<string, number>();
  for (const r of index.search.search(content.join(" "))) scores.set(String(r.id), r.score);
  // The longest cue phrase of each claim found whole in the sentence.
  const longest = new Map<string, number>();
  all.forEach((word, i) => {
    for (const { id, phrase } of index.phrasesByKey.get(phraseKey(word)) ?? [])
      if (phrase.length > (longest.get(id) ?? 0) && phraseAt(all, i, phrase)) longest.set(id, phrase.length);
  });
  const cued = new Set(longest.keys());
  for (const [id, n] of longest)
    scores.set(id, (scores.get(id) ?? 0) + TUNING.phraseBase + TUNING.phraseWord * (n - 1));
  const ranked = [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
  const best = ranked[0]?.score ?? 0;
  return ranked
    .filter((m) => m.score >= (cued.has(m.id) ? TUNING.threshold : TUNING.wordsOnlyThreshold))
    .filter((m) => m.score >= best * TUNING.relative)
    .slice(0, TUNING.max);
}

/** The documents to index: every claim with its cues and words in one language. */
export function claimDocuments(
  claims: readonly { id: string; origin: string }[],
  textOf: (id: string, field: "title" | "text" | "article") => string,
  cues: Readonly<Record<string, string>>,
): ClaimDocument[] {
  return claims.map((c) => ({
    id: c.id,
    cues: cues[c.id] ?? "",
    title: textOf(c.id, "title"),
    text: textOf(c.id, "text"),
    ...(c.origin === "article" ? { article: textOf(c.id, "article") } : {}),
  }));
}
