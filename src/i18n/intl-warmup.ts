/**
 * A throwaway worker started while the app's code downloads (see src/boot.ts).
 * The first Intl formatter a Chromium page creates loads the browser's locale
 * data, which took ~50 ms of one main-thread task on this machine (~200 ms at
 * Lighthouse's 4× CPU slowdown) — in the middle of hydration. The data is
 * shared by the whole renderer process, so creating the page's formatters here
 * first, off the main thread, leaves hydration only the cheap part (measured
 * 268 → 5 ms at 4×). Browsers that keep locale data per thread lose nothing.
 */
import { intlLocale } from "./languages";

const locale = intlLocale(self.name || "en");
try {
  new Intl.NumberFormat(locale).format(1234.5);
  new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(0);
  new Intl.PluralRules(locale).select(2);
  new Intl.PluralRules(locale, { type: "ordinal" }).select(2);
} finally {
  self.close();
}
