/**
 * Pseudo-locales for development: every string from the English files, with
 * accented letters, brackets and extra length (en-xa), or mirrored right-to-left
 * (ar-xb). Any text that stays plain on screen is hard-coded in a component.
 */
const ACCENTS: Record<string, string> = {
  a: "ȧ",
  b: "ƀ",
  c: "ƈ",
  d: "ḓ",
  e: "ḗ",
  f: "ƒ",
  g: "ɠ",
  h: "ħ",
  i: "ī",
  j: "ĵ",
  k: "ķ",
  l: "ŀ",
  m: "ḿ",
  n: "ƞ",
  o: "ǿ",
  p: "ƥ",
  q: "ɋ",
  r: "ř",
  s: "ş",
  t: "ŧ",
  u: "ŭ",
  v: "ṽ",
  w: "ẇ",
  x: "ẋ",
  y: "ẏ",
  z: "ẑ",
  A: "Ȧ",
  E: "Ḗ",
  I: "Ī",
  O: "Ǿ",
  U: "Ŭ",
};

type Tree = { [key: string]: string | Tree };

function pseudoString(text: string, rtl: boolean): string {
  // Keep {{placeholders}} and $t() nesting intact.
  const parts = text.split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/);
  const body = parts
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join("");
  const padding = "~".repeat(Math.ceil(text.length * 0.3));
  return rtl ? `\u202e⟦${body}⟧\u202c` : `⟦${body}${padding}⟧`;
}

export function pseudoTree(tree: Tree, rtl: boolean): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [k, typeof v === "string" ? pseudoString(v, rtl) : pseudoTree(v, rtl)]),
  );
}
