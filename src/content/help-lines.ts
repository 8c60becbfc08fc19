import raw from "virtual:help-lines";

/**
 * A verified help line from the team's checked list (help-lines.json, copied
 * verbatim; the build serves only these fields). Never add a number by hand.
 */
export interface HelpLine {
  region: string;
  kind: "emergency" | "poison" | "drug-help" | "crisis";
  phone: string | null;
  url: string | null;
  verified_on: string;
}

export const helpLines = raw as readonly HelpLine[];

/** A stable id for a line's translated name: region and the phone's digits, e.g. "us-18002221222". */
export function helpLineId(line: HelpLine): string {
  const digits = (line.phone ?? "").replace(/\D/g, "");
  return `${line.region.toLowerCase()}-${digits || line.kind}`;
}

/** A country's lines, once each (the list may hold one number twice, written two ways). */
export function helpLinesFor(region: string): readonly HelpLine[] {
  const seen = new Set<string>();
  return helpLines.filter((l) => {
    if (l.region !== region || seen.has(helpLineId(l))) return false;
    seen.add(helpLineId(l));
    return true;
  });
}

/** Countries with at least one verified line, in the list's order. */
export const HELP_REGIONS: readonly string[] = [
  ...new Set(helpLines.filter((l) => l.region !== "INTL").map((l) => l.region)),
];

/** The country a language most likely means, when the browser gives no region. */
const LANGUAGE_REGION: Readonly<Record<string, string>> = { en: "US", es: "ES", de: "DE", th: "TH" };

/**
 * The reader's country for the help section: a saved choice, else the first
 * browser language with a region we have ("es-MX" → MX), else the page
 * language's usual country, else null (no verified lines: show the WHO directory).
 */
export function pickRegion(saved: string | null, browser: readonly string[], lang: string): string | null {
  if (saved === OTHER_REGION) return null;
  if (saved && HELP_REGIONS.includes(saved)) return saved;
  for (const tag of browser) {
    const region = tag.split("-")[1]?.toUpperCase();
    if (region && HELP_REGIONS.includes(region)) return region;
  }
  return LANGUAGE_REGION[lang.split("-")[0] ?? lang] ?? null;
}

export const OTHER_REGION = "other";

/** The "tel:" target of a number as printed, e.g. "1-800-662-HELP (4357)" → "+18006624357". */
export function telHref(phone: string): string {
  const main = phone.replace(/\s*\(.*\)\s*/g, " ").trim();
  const mapped = main.replace(/[A-Z]/gi, (ch) => letterDigit(ch));
  const digits = mapped.replace(/\D/g, "");
  return digits.length >= 10 && digits.startsWith("1") ? `tel:+${digits}` : `tel:${digits}`;
}

function letterDigit(ch: string): string {
  const keypad = ["ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"];
  const index = keypad.findIndex((keys) => keys.includes(ch.toUpperCase()));
  return index < 0 ? "" : String(index + 2);
}

/** The WHO directory of poison centres, for countries without a verified entry. */
export const whoDirectory = helpLines.find((l) => l.region === "INTL");
