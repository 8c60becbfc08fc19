/**
 * Everything the checker needs, loaded only on /:lang/check: the engine (with MiniSearch),
 * the language's cue phrases, and stopword lists (the page's, plus the others to recognise
 * a text in another shipped language). The index is built here, in the browser: from the
 * claims' words the page already has, that is smaller than shipping a built index.
 */
import type { TFunction } from "i18next";
import { allClaims } from "../../content/selectors";
import { claimText } from "../claims/claim-text";
import { checkText } from "./check-text";
import { detectLanguage } from "./detect-language";
import { COMMON_KEY, buildIndexInTasks, claimDocuments, type CheckerIndex } from "./engine";
import { STOPWORD_LANGS, loadStopwords } from "./stopwords";

const cueFiles = import.meta.glob<{ default: Record<string, string> }>("../../../locales/*/cues.json");

export interface LoadedChecker {
  index: CheckerIndex;
  stopwordsByLang: Record<string, readonly string[]>;
  /** Everything checking needs is loaded with the page, so a check makes no request (and works offline). */
  checkText: typeof checkText;
  detectLanguage: typeof detectLanguage;
}

export async function loadChecker(lang: string, t: TFunction): Promise<LoadedChecker> {
  const cueFile = cueFiles[`../../../locales/${lang}/cues.json`];
  const [cues, lists] = await Promise.all([
    cueFile ? cueFile().then((m) => m.default) : Promise.resolve({}),
    Promise.all(STOPWORD_LANGS.map(async (l) => [l, await loadStopwords(l)] as const)),
  ]);
  const stopwordsByLang = Object.fromEntries(lists);
  const claims = allClaims();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const words = (id: string, field: "title" | "text" | "article") => {
    const claim = byId.get(id);
    return claim ? claimText(t, claim, field) : "";
  };
  const documents = claimDocuments(claims, words, cues);
  const common = (cues as Record<string, string>)[COMMON_KEY];
  const index = await buildIndexInTasks(documents, lang, stopwordsByLang[lang] ?? [], common);
  return { index, stopwordsByLang, checkText, detectLanguage };
}
