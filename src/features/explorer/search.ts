/**
 * Text folding for search: case-, accent- and mark-insensitive in every script
 * we ship. NFD splits letters from their accents, Thai vowel and tone marks and
 * Arabic short vowels (all combining marks, removed); Arabic letter variants
 * that readers type interchangeably are unified.
 */
const ARABIC_VARIANTS: Record<string, string> = { أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ى: "ي", ة: "ه", ؤ: "و", ئ: "ي" };

export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\p{M}\p{Cf}]/gu, "") // marks; invisible format characters (e.g. the isolates around "7-OH" in Arabic)
    .replace(/[أإآٱىةؤئ]/g, (ch) => ARABIC_VARIANTS[ch] ?? ch)
    .replace(/\u0640/g, "") // tatweel (Arabic stretching)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * A test of many texts against one query, for filtering a list: the query is
 * folded once, each text at most once, and no text at all is asked for when the
 * query is empty.
 */
export function textMatcher<T>(query: string, textOf: (item: T) => string): (item: T) => boolean {
  const words = fold(query).split(" ").filter(Boolean);
  if (words.length === 0) return () => true;
  const folded = new Map<T, string>();
  return (item) => {
    let haystack = folded.get(item);
    if (haystack === undefined) {
      haystack = fold(textOf(item));
      folded.set(item, haystack);
    }
    return words.every((w) => haystack.includes(w));
  };
}

/** True when every word of the query occurs in the text (both already folded or not). */
export function matchesQuery(text: string, query: string): boolean {
  return textMatcher(query, (t: string) => t)(text);
}
