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
        for (const part of s.split(/\s+/)) if (hasWord(part, lang)) out.push({ text: part });
      } else if (hasWord(s, lang)) out.push({ text: s });
    }
  }
  return out;
}

const isThai = (s: string) => /[\u0E00-\u0E7F]/.test(s);
const hasWord = (s: string, lang: string) => words(s, lang).length > 0;

/** Word-like segments (Thai and others need the segmenter's dictionary), each folded as the explorer's search folds. */
export function words(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const s of segmenter(lang, "word").segment(text)) if (s.isWordLike) out.push(fold(s.segment));
  return out;
}
