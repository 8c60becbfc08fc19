/**
 * Stopword lists from the `stopword` package, one chunk per language (its source files are
 * separate modules, so the page loads only the lists it needs).
 */
const LOADERS: Record<string, () => Promise<readonly string[]>> = {
  en: () => import("stopword/src/stopwords_eng.js").then((m) => m.eng),
  es: () => import("stopword/src/stopwords_spa.js").then((m) => m.spa),
  de: () => import("stopword/src/stopwords_deu.js").then((m) => m.deu),
  ar: () => import("stopword/src/stopwords_ara.js").then((m) => m.ara),
  th: () => import("stopword/src/stopwords_tha.js").then((m) => m.tha),
  id: () => import("stopword/src/stopwords_ind.js").then((m) => m.ind),
};

export const STOPWORD_LANGS = Object.keys(LOADERS);

export function loadStopwords(lang: string): Promise<readonly string[]> {
  const load = LOADERS[lang];
  return load ? load() : Promise.resolve([]);
}
