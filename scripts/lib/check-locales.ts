/**
 * The locale completeness gate, as pure functions over parsed JSON trees so it
 * can be tested against fixtures. Used by tests/i18n/completeness.test.ts and
 * by `npm run i18n:check`.
 */

export type Tree = { [key: string]: string | readonly string[] | Tree };

const PLURAL_SUFFIXES = ["zero", "one", "two", "few", "many", "other"] as const;
const PLURAL_RE = new RegExp(`_(${PLURAL_SUFFIXES.join("|")})$`);

/**
 * Flattens a tree to "a.b.c" → string. A list (such as a glossary term's
 * "match" forms, which differ per language) counts as one key, present when it
 * is a list of non-empty strings (it may be empty).
 */
export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else if (Array.isArray(value))
      out.set(full, value.every((v) => typeof v === "string" && v.trim() !== "") ? "[list]" : "");
    else for (const [k, v] of flatten(value as Tree, full)) out.set(k, v);
  }
  return out;
}

/** "{{count, number}}" → "count"; the set of names a string interpolates. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? "").sort();
}

/** A text with its {{name, number}} placeholders filled from a claim's values, as plain numbers (for measuring, not display). */
export function fillValues(text: string, values: Readonly<Record<string, number>> = {}): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** The plural categories a language needs, from Intl.PluralRules. */
export function pluralCategories(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
}

/** Groups flat keys by their base (plural suffix removed). */
function byBase(flat: Map<string, string>): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  for (const [key, value] of flat) {
    const match = PLURAL_RE.exec(key);
    const base = match ? key.slice(0, -match[0].length) : key;
    const form = match?.[1] ?? "";
    const group = groups.get(base) ?? new Map<string, string>();
    group.set(form, value);
    groups.set(base, group);
  }
  return groups;
}

export interface NamespaceReport {
  problems: string[];
  /** Keys (plural groups count once) the language has of the source's. */
  translated: number;
  total: number;
}

/**
 * Compares one namespace of a language with the source language: missing,
 * extra and empty keys, mismatched {{placeholders}}, and missing plural forms.
 */
export function compareNamespace(lang: string, ns: string, source: Tree, target: Tree): NamespaceReport {
  const problems: string[] = [];
  const src = byBase(flatten(source));
  const tgt = byBase(flatten(target));
  const needed = pluralCategories(lang);
  let translated = 0;
  for (const [base, forms] of src) {
    const where = `${lang}/${ns}.json: "${base}"`;
    const theirs = tgt.get(base);
    if (!theirs) {
      problems.push(`${where} is missing`);
      continue;
    }
    const isPlural = !forms.has("");
    const srcPlaceholders = new Set([...forms.values()].flatMap(placeholders));
    let ok = true;
    if (isPlural) {
      for (const category of needed) {
        if (!theirs.has(category)) {
          problems.push(`${where} lacks the plural form "${category}" that ${lang} needs`);
          ok = false;
        }
      }
      for (const form of theirs.keys()) {
        if (!needed.includes(form)) {
          problems.push(`${where} has a plural form "${form || "(none)"}" that ${lang} does not use`);
          ok = false;
        }
      }
    } else if (!theirs.has("")) {
      problems.push(`${where} should not be split into plural forms`);
      ok = false;
    }
    for (const [form, text] of theirs) {
      const key = form ? `${base}_${form}` : base;
      if (text.trim() === "") {
        problems.push(`${lang}/${ns}.json: "${key}" is empty`);
        ok = false;
        continue;
      }
      const mine = placeholders(text);
      const missing = [...srcPlaceholders].filter((p) => !mine.includes(p) && !(isPlural && p === "count"));
      const extra = mine.filter((p) => !srcPlaceholders.has(p));
      if (missing.length || extra.length) {
        problems.push(
          `${lang}/${ns}.json: "${key}" placeholders differ from the source` +
            (missing.length ? ` (missing ${missing.map((p) => `{{${p}}}`).join(", ")})` : "") +
            (extra.length ? ` (unknown ${extra.map((p) => `{{${p}}}`).join(", ")})` : ""),
        );
        ok = false;
      }
    }
    if (ok) translated += 1;
  }
  for (const base of tgt.keys()) {
    if (!src.has(base)) problems.push(`${lang}/${ns}.json: "${base}" is not in the source language (extra key)`);
  }
  return { problems, translated, total: src.size };
}

/** Claim texts must match the claim data: one entry per claim id, none for a claim that does not exist. */
export function compareClaimIds(lang: string, claimsTree: Tree, claimIds: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Set(claimIds);
  for (const id of claimIds) {
    if (!(id in claimsTree)) problems.push(`${lang}/claims.json: claim "${id}" has no text`);
  }
  for (const id of Object.keys(claimsTree)) {
    if (!ids.has(id)) problems.push(`${lang}/claims.json: "${id}" is text for a claim that does not exist`);
  }
  return problems;
}

/** What a claim's translation depends on: its English words, grade, sources and numbers. */
export interface ClaimRevisionInput {
  id: string;
  grade: string;
  sources: readonly string[];
  values?: Readonly<Record<string, number>>;
  verdict?: string;
  asOf?: string;
}

/**
 * A short fingerprint of the English revision of a claim. A translation records
 * the fingerprint it was made from; when the English text, grade, sources or
 * numbers change, the fingerprint changes and the translation is outdated.
 */
export function claimRevision(claim: ClaimRevisionInput, englishClaims: Tree, hash: (s: string) => string): string {
  const words = englishClaims[claim.id];
  const payload = JSON.stringify({
    words: typeof words === "object" ? Object.entries(words).sort(([a], [b]) => a.localeCompare(b)) : null,
    grade: claim.grade,
    sources: [...claim.sources],
    values: claim.values ? Object.entries(claim.values).sort(([a], [b]) => a.localeCompare(b)) : null,
    verdict: claim.verdict ?? null,
    asOf: claim.asOf ?? null,
  });
  return hash(payload).slice(0, 12);
}

/** Claims whose recorded English revision differs from the current one. */
export function outdatedClaims(
  lang: string,
  recorded: Readonly<Record<string, string>>,
  current: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  for (const [id, revision] of current) {
    const theirs = recorded[id];
    if (theirs === undefined)
      problems.push(
        `${lang}: claim "${id}" has no recorded English revision (run npm run i18n:stamp -- ${lang} after translating it)`,
      );
    else if (theirs !== revision)
      problems.push(
        `${lang}: claim "${id}" may be outdated: its English text, grade or sources changed since it was translated`,
      );
  }
  return problems;
}
