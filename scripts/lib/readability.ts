/**
 * Reading-level figures for a claim's title and main text, per language.
 * English: Flesch–Kincaid grade (the `flesch-kincaid` and `syllable` packages).
 * Spanish: Fernández-Huerta reading ease; German: Amstad reading ease (Flesch's
 * formula refitted for German). No maintained library computes these, so the published
 * formulas are written here, with syllables counted from the `hyphen` package's TeX
 * hyphenation patterns: each hyphenation piece counts its vowel groups (at least one),
 * since the patterns never split a single letter off a word's edge ("ase-gu-ra" is 4).
 * Arabic, Thai and Indonesian have no validated formula in a maintained library: we
 * report words per sentence, counted with Intl.Segmenter.
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { fillValues } from "./check-locales";
import hyphenEs from "hyphen/es/index.js";
import hyphenDe from "hyphen/de/index.js";

export type Measure = "fk-grade" | "fernandez-huerta" | "amstad" | "words-per-sentence";

export interface Target {
  measure: Measure;
  /** Median must be at most (grade, words) or at least (reading ease) this. */
  median: number;
  /** No single claim beyond this (where set). */
  worst?: number;
  higherIsEasier: boolean;
}

export const TARGETS: Record<string, Target> = {
  en: { measure: "fk-grade", median: 8, worst: 10, higherIsEasier: false },
  es: { measure: "fernandez-huerta", median: 60, higherIsEasier: true },
  de: { measure: "amstad", median: 50, higherIsEasier: true },
  ar: { measure: "words-per-sentence", median: 16, worst: 25, higherIsEasier: false },
  th: { measure: "words-per-sentence", median: 16, worst: 25, higherIsEasier: false },
  id: { measure: "words-per-sentence", median: 16, worst: 25, higherIsEasier: false },
};

export interface Counts {
  sentences: number;
  words: number;
  syllables: number;
  /** The longest sentence, in words. */
  longest: number;
}

/**
 * Sentences: Intl.Segmenter's sentence breaks, and line breaks. Thai marks the end of a
 * sentence or clause with a space, not a full stop, so Thai also splits at spaces.
 */
export function sentencesOf(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: "sentence" });
  const parts = text
    .split(/\n+/)
    .flatMap((line) => [...seg.segment(line)].map((s) => s.segment))
    .flatMap((s) => (lang === "th" ? s.split(/\s+/) : [s]));
  return parts.map((s) => s.trim()).filter((s) => wordsOf(s, lang).length > 0);
}

export function wordsOf(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: "word" });
  return [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const VOWEL_GROUPS: Record<string, RegExp> = {
  es: /[aeiouáéíóúü]+/giu,
  de: /(?:[aeiouyäöü])+/giu,
};

function hyphenSyllables(word: string, lang: "es" | "de"): number {
  const hyphen = lang === "es" ? hyphenEs : hyphenDe;
  const pieces = hyphen.hyphenateSync(word.toLowerCase(), { hyphenChar: "|", minWordLength: 2 }).split("|");
  return pieces.reduce((n, piece) => n + Math.max(1, piece.match(VOWEL_GROUPS[lang] as RegExp)?.length ?? 0), 0);
}

export function syllablesOf(word: string, lang: string): number {
  if (/^\d/.test(word)) return Math.max(1, word.replace(/\D/g, "").length); // a number read aloud: rough
  if (lang === "en") return Math.max(1, syllable(word));
  if (lang === "es" || lang === "de") return hyphenSyllables(word, lang);
  return 0;
}

export function countText(text: string, lang: string): Counts {
  const sentences = sentencesOf(text, lang);
  let words = 0;
  let syllables = 0;
  let longest = 0;
  for (const s of sentences) {
    const w = wordsOf(s, lang);
    words += w.length;
    longest = Math.max(longest, w.length);
    for (const word of w) syllables += syllablesOf(word, lang);
  }
  return { sentences: sentences.length, words, syllables, longest };
}

export function score(counts: Counts, measure: Measure): number {
  const { sentences, words, syllables } = counts;
  if (!words || !sentences) return Number.NaN;
  switch (measure) {
    case "fk-grade":
      return fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
    case "fernandez-huerta":
      // Fernández Huerta (1959), as corrected: 206.84 − 0.60·P − 1.02·F, with P syllables
      // per 100 words and F sentences per 100 words.
      return 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * ((100 * sentences) / words);
    case "amstad":
      // Amstad (1978): 180 − words per sentence − 58.5 × syllables per word.
      return 180 - words / sentences - 58.5 * (syllables / words);
    case "words-per-sentence":
      return words / sentences;
    default: {
      const unknown: never = measure;
      throw new Error(`unknown measure ${String(unknown)}`);
    }
  }
}

/** A claim's title and main text as a reader sees them: numbers filled in, the title its own sentence. */
export function claimReadingText(
  words: { title?: string; text?: string },
  values: Record<string, number> = {},
): string {
  return `${fillValues(words.title ?? "", values)}\n${fillValues(words.text ?? "", values)}`;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Whether one claim's figure passes the worst-case limit (where the language has one). */
export function withinWorst(value: number, target: Target): boolean {
  if (target.worst === undefined) return true;
  return target.higherIsEasier ? value >= target.worst : value <= target.worst;
}

export function medianMeets(value: number, target: Target): boolean {
  return target.higherIsEasier ? value >= target.median : value <= target.median;
}
