import { intlLocale } from "./languages";

/**
 * Dates through Intl for the current language. Always formatted in UTC so the
 * prerendered HTML and the browser agree whatever the reader's time zone.
 */
export function formatDate(iso: string, lang: string): string {
  const parts = iso.split("-").map(Number);
  const [year = 1970, month = 1, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale(lang), options).format(date);
}

/** Adds months to an ISO date (for "next review due"). */
export function addMonths(iso: string, months: number): string {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1 + months, day));
  return date.toISOString().slice(0, 10);
}
