/**
 * Keeps Latin names with digits the right way round in right-to-left text.
 *
 * In an Arabic sentence the Unicode bidirectional algorithm turns "7-OH" into "OH-7", and
 * "COX-2", "DSM-5" or "5-HT1A" likewise: the hyphen between a number and a Latin word takes the
 * sentence's right-to-left direction, so the two halves swap. Wrapping such a name in a
 * left-to-right isolate (U+2066 … U+2069, invisible) keeps it as written, in browsers, in
 * screen readers' text and on the share cards.
 *
 * Applied to the right-to-left languages' locale files at build time (vite.config.ts), so the
 * files themselves, their checked translations and the site's code stay as they are.
 */
export const LRI = "\u2066";
export const PDI = "\u2069";

/** A Latin name joined by hyphens that mixes letters and digits, e.g. 7-OH, COX-2, 5-HT1A, alpha-2. */
const MIXED_NAME = /(?<![\p{L}\p{N}{\u2066])[A-Za-z0-9]+(?:[-\u2010\u2011][A-Za-z0-9]+)+(?![\p{L}\p{N}}\u2069])/gu;

export function isolateLatinNames(text: string): string {
  // Never inside {{placeholders}} or $t(nested keys): those are names for the code, not words on screen.
  return text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|([^{$]+|[{$])/g, (part, words: string | undefined) =>
    words === undefined
      ? part
      : words.replace(MIXED_NAME, (name) => (/[A-Za-z]/.test(name) && /\d/.test(name) ? LRI + name + PDI : name)),
  );
}

/** Every string in a locale file's tree, isolated. */
export function isolateLatinNamesInTree(tree: unknown): unknown {
  if (typeof tree === "string") return isolateLatinNames(tree);
  if (Array.isArray(tree)) return tree.map(isolateLatinNamesInTree);
  if (tree && typeof tree === "object")
    return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, isolateLatinNamesInTree(v)]));
  return tree;
}
