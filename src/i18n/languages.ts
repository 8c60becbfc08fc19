/**
 * The language registry: the one list of languages the site knows.
 * Only "shipped" languages (interface and content 100% complete, checked by
 * tests/i18n/completeness.test.ts) are offered in the switcher and prerendered.
 */
/** Every language code the site knows, shipped or in progress. */
export const LANG_CODES = ["en", "es", "de", "ar", "th", "id", "en-xa", "ar-xb"] as const;
export type Lang = (typeof LANG_CODES)[number];

export interface Language {
  code: Lang;
  /** The language's name in itself, as the switcher shows it. */
  name: string;
  dir: "ltr" | "rtl";
  /** "dev": a pseudo-locale for finding hard-coded text; only in the development server. */
  status: "shipped" | "in-progress" | "dev";
  /**
   * The locale Intl formats numbers and dates with, when it differs from the code.
   * Arabic uses Latin digits so formatted numbers match the years, doses and
   * names such as "7-OH" that the text writes in Latin digits.
   */
  intl?: string;
  /**
   * How and when this language's text was made and checked (shown on the about, methodology and
   * claim pages). `checked`: the last date an independent back-translation of its claims was compared
   * with the English (per-claim records: locales/<lng>/_reviews.json, tested against this date).
   */
  translation:
    { method: "source" } | { method: "software-assisted"; date: string; checked: string; clinicianReviewed: boolean };
}

const MACHINE_2026_12_07 = {
  method: "software-assisted",
  date: "2026-12-07",
  checked: "2026-12-07",
  clinicianReviewed: false,
} as const;

export const LANGUAGES: readonly Language[] = [
  { code: "en", name: "English", dir: "ltr", status: "shipped", translation: { method: "source" } },
  { code: "es", name: "Español", dir: "ltr", status: "shipped", translation: MACHINE_2026_12_07 },
  { code: "de", name: "Deutsch", dir: "ltr", status: "shipped", translation: MACHINE_2026_12_07 },
  {
    code: "ar",
    name: "العربية",
    dir: "rtl",
    status: "shipped",
    intl: "ar-u-nu-latn",
    translation: MACHINE_2026_12_07,
  },
  // Thai dates use the Western calendar (ค.ศ.), as the text’s years do: one calendar per page.
  { code: "th", name: "ไทย", dir: "ltr", status: "shipped", intl: "th-u-ca-gregory", translation: MACHINE_2026_12_07 },
  { code: "id", name: "Bahasa Indonesia", dir: "ltr", status: "shipped", translation: MACHINE_2026_12_07 },
  { code: "en-xa", name: "[Ƥşḗḗŭŭḓǿǿ]", dir: "ltr", status: "dev", translation: { method: "source" } },
  { code: "ar-xb", name: "[Pseudo RTL]", dir: "rtl", status: "dev", translation: { method: "source" } },
];

let devLanguages = false;
/** Turns on the pseudo-locales (development server only). */
export function enableDevLanguages(): void {
  devLanguages = true;
}

export const SOURCE_LANG: Lang = "en";

export const SHIPPED: readonly Language[] = LANGUAGES.filter((l) => l.status === "shipped");

export function isLang(value: unknown): value is Lang {
  if (typeof value !== "string" || !(LANG_CODES as readonly string[]).includes(value)) return false;
  return devLanguages || languageOf(value as Lang).status !== "dev";
}

export function languageOf(code: Lang): Language {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`unknown language ${code}`);
  return found;
}

/** The locale to give Intl for a language code (unknown codes pass through). */
export function intlLocale(code: string): string {
  return LANGUAGES.find((l) => l.code === code)?.intl ?? code;
}

/** The namespaces every language has, one JSON file each under locales/<lng>/. */
export const NAMESPACES = ["common", "grades", "pages", "claims", "tools", "glossary"] as const;
export type Namespace = (typeof NAMESPACES)[number];
/**
 * Every namespace the locale gate checks: the site's, and the checker's cue phrases
 * (locales/<lng>/cues.json), which only /:lang/check loads, outside i18next.
 */
export const GATED_NAMESPACES = [...NAMESPACES, "cues"] as const;

/**
 * Picks the reader's language: a saved choice first, then the browser's
 * preferences (exact code, then base code), else English.
 */
export function pickLanguage(saved: string | null, preferred: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (isLang(lower)) return lower;
    const base = lower.split("-")[0];
    if (isLang(base)) return base;
  }
  return SOURCE_LANG;
}

export const SAVED_LANG_KEY = "kratom-evidence.lang";

/** Reads the saved choice, tolerating storage that is unavailable or corrupt. */
export function readSavedLanguage(): string | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage.getItem(SAVED_LANG_KEY);
  } catch {
    return null;
  }
}

export function saveLanguage(lang: Lang): void {
  try {
    if (typeof localStorage !== "undefined") localStorage.setItem(SAVED_LANG_KEY, lang);
  } catch {
    // Private mode or storage disabled: the URL still carries the language.
  }
}
