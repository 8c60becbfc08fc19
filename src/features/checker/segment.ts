/**
 * A reader's text as sentences and words, in any shipped language: Intl.Segmenter's
 * sentence breaks, and line breaks and list bullets too (pasted posts and messages are
 * often lists without full stops). Thai writes no full stops: a long Thai run is also
 * split at its spaces, which Thai uses between sentences and clauses.
 */
import { fold } from "../explorer/search";

export interface Sentence {
  /** The sentence as the reader wrote it (bullet marker and outer spaces removed). */
  text: string;
}

const BULLET = /^\s*(?:[-*•·▪◦‣●○■□►▶✓✔➤→–—]|\d{1,3}[.)]|[a-z][.)])\s+/iu;
/** A Thai run longer than this many characters is split at its spaces. */
const THAI_RUN = 60;
/** …into parts of at least this many characters (a number or a unit alone is not a sentence). */
const THAI_CLAUSE = 12;

/** Segmenters are slow to create and cheap to reuse: one per language and granularity. */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string, granularity: "sentence" | "word"): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

export function splitSentences(text: string, lang: string): Sentence[] {
  const sentences = segmenter(lang, "sentence");
  const out: Sentence[] = [];
  for (const rawLine of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = rawLine.replace(BULLET, "").trim();
    if (!line) continue;
    for (const { segment } of sentences.segment(line)) {
      const s = segment.trim();
      if (!s) continue;
      if (isThai(s) && s.length > THAI_RUN) {
        for (const part of thaiClauses(s)) if (hasWord(part, lang)) out.push({ text: part });
      } else if (hasWord(s, lang)) out.push({ text: s });
    }
  }
  return out;
}

/**
 * A long Thai run in parts at its spaces, very short parts kept with the next: a space in Thai ends
 * a clause or a sentence, but also sets off a number or a name ("กินวันละ 3 แคปซูล"), and "3" alone
 * is not a sentence a reader would recognise (nor one the checker can match).
 */
function thaiClauses(run: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (const piece of run.split(/\s+/)) {
    current = current ? `${current} ${piece}` : piece;
    if (current.length >= THAI_CLAUSE) {
      parts.push(current);
      current = "";
    }
  }
  // A short end joins the part before it.
  const last = parts.pop();
  if (last !== undefined) parts.push(current ? `${last} ${current}` : last);
  else if (current) parts.push(current);
  return parts;
}

/**
 * A word folded for matching. Thai vowel and tone marks are letters, not accents: "ช้า" (slow) is not
 * "ชา" (numb), "คืน" (night) not "คน" (person). So a Thai word keeps them (the explorer's search,
 * which forgives a missing mark, drops them); other words fold as the explorer folds.
 */
function foldWord(word: string): string {
  return isThai(word)
    ? word
        .normalize("NFC")
        .replace(/\p{Cf}/gu, "")
        .toLowerCase()
    : fold(word);
}

/** Whether a text has Thai letters in it. */
export const isThai = (s: string) => /[\u0E00-\u0E7F]/.test(s);
const hasWord = (s: string, lang: string) => words(s, lang).length > 0;

/** Word-like segments (Thai and others need the segmenter's dictionary), each folded as the explorer's search folds. */
export function words(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const s of segmenter(lang, "word").segment(text)) if (s.isWordLike) out.push(foldWord(s.segment));
  return out;
}
