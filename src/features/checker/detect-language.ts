/**
 * Which shipped language a pasted text is in, when it is clearly one: Arabic and Thai by
 * their scripts, the Latin-script languages by the share of their stopwords (the `stopword`
 * package's lists) among the text's words. Undecided texts return null.
 */
import { words } from "./segment";

export function detectLanguage(
  text: string,
  stopwordsByLang: Readonly<Record<string, readonly string[]>>,
): string | null {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 20) return null;
  const share = (re: RegExp) => (letters.match(re)?.length ?? 0) / letters.length;
  if (share(/[\u0600-\u06FF]/g) > 0.5) return "ar";
  if (share(/[\u0E00-\u0E7F]/g) > 0.5) return "th";
  const latin = Object.keys(stopwordsByLang).filter((l) => l !== "ar" && l !== "th");
  const scores = latin
    .map((lang) => {
      const list = new Set(stopwordsByLang[lang]);
      const w = words(text, lang);
      return { lang, share: w.length ? w.filter((x) => list.has(x)).length / w.length : 0 };
    })
    .sort((a, b) => b.share - a.share);
  const [best, second] = scores;
  if (!best || best.share < 0.2) return null;
  return !second || best.share >= second.share * 1.4 ? best.lang : null;
}
