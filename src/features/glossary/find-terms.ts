/** A glossary entry as it lives in locales/<lng>/glossary.json. */
export interface GlossaryEntry {
  term: string;
  definition: string;
  /** The forms of the term as this language's claim texts write them. */
  match: readonly string[];
}

export type Glossary = Readonly<Record<string, GlossaryEntry>>;

/** A run of text, or a glossary term found in it. */
export type Segment = { text: string; termId?: string };

const LETTER = /[\p{L}\p{N}]/u;

/** Languages written without spaces between words, where a term may touch other letters. */
const NO_WORD_SPACES = new Set(["th"]);

/**
 * Splits a text into plain runs and glossary terms: the first occurrence of each
 * term, longest forms first, never overlapping, case-insensitive, and (where
 * words are spaced) only at word edges, so "mitragynine" is not found inside
 * "7-hydroxymitragynine".
 */
export function findTerms(text: string, glossary: Glossary, lang: string): Segment[] {
  const lower = text.toLowerCase();
  const wordEdges = !NO_WORD_SPACES.has(lang.split("-")[0] ?? lang);
  const forms = Object.entries(glossary)
    .flatMap(([id, entry]) => entry.match.map((form) => ({ id, form: form.toLowerCase() })))
    .filter((f) => f.form.length > 0)
    .sort((a, b) => b.form.length - a.form.length);
  const taken: { start: number; end: number; id: string }[] = [];
  const found = new Set<string>();
  for (const { id, form } of forms) {
    if (found.has(id)) continue;
    let from = 0;
    for (;;) {
      const start = lower.indexOf(form, from);
      if (start < 0) break;
      const end = start + form.length;
      from = start + 1;
      const edgeOk = !wordEdges || (!LETTER.test(text.charAt(start - 1)) && !LETTER.test(text.charAt(end)));
      const overlaps = taken.some((r) => start < r.end && end > r.start);
      if (edgeOk && !overlaps) {
        taken.push({ start, end, id });
        found.add(id);
        break;
      }
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const r of taken) {
    if (r.start > at) segments.push({ text: text.slice(at, r.start) });
    segments.push({ text: text.slice(r.start, r.end), termId: r.id });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
