import raw from "./help-lines.json";

/** A verified help line, copied verbatim from the team's checked list. Never add a number by hand. */
export interface HelpLine {
  region: string;
  name: string;
  kind: "emergency" | "poison" | "drug-help" | "crisis";
  phone: string | null;
  hours: string | null;
  url: string | null;
  seen_at: string;
  verified_on: string;
}

export const helpLines = raw as readonly HelpLine[];

/** A stable id for a line's translated name: region and the phone's digits, e.g. "us-18002221222". */
export function helpLineId(line: HelpLine): string {
  const digits = (line.phone ?? "").replace(/\D/g, "");
  return `${line.region.toLowerCase()}-${digits || line.kind}`;
}

export function helpLinesFor(region: string): readonly HelpLine[] {
  return helpLines.filter((l) => l.region === region);
}

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
