import { intlLocale } from "./languages";

/**
 * Dates through Intl for the current language. Always formatted in UTC so the
 * prerendered HTML and the browser agree whatever the reader's time zone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to create; pages show many dates, so reuse them. */
function dateFormatter(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${String(withDay)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      locale,
      withDay
        ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
        : { year: "numeric", month: "long", timeZone: "UTC" },
    );
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(iso: string, lang: string): string {
  const parts = iso.split("-").map(Number);
  const [year = 1970, month = 1, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return dateFormatter(intlLocale(lang), day !== undefined).format(date);
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

/** A number in the language's own digits and separators (one cached formatter per language). */
export function formatNumber(value: number, lang: string): string {
  const locale = intlLocale(lang);
  let formatter = numberFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    numberFormatters.set(locale, formatter);
  }
  return formatter.format(value);
}
