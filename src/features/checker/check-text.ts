/**
 * Checks a whole text in short tasks: sentences are matched a few at a time, with the
 * main thread handed back in between (no task near 50 ms even for a long article).
 */
import { nextTask } from "../../boot-steps";
import { matchSentence, type CheckerIndex, type ClaimMatch } from "./engine";
import { splitSentences } from "./segment";

export interface CheckedSentence {
  text: string;
  matches: ClaimMatch[];
}

/** Sentences per task: measured to keep each task to a few milliseconds (npm run checker:bench). */
const BATCH = 12;

export async function checkText(index: CheckerIndex, text: string): Promise<CheckedSentence[]> {
  const sentences = splitSentences(text, index.lang);
  const out: CheckedSentence[] = [];
  for (let i = 0; i < sentences.length; i += BATCH) {
    if (i > 0) await nextTask();
    for (const s of sentences.slice(i, i + BATCH)) out.push({ text: s.text, matches: matchSentence(index, s.text) });
  }
  return out;
}
