import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { formatNumber } from "./format";
import { NAMESPACES, SOURCE_LANG, languageOf, type Lang, type Namespace } from "./languages";

type Loader = () => Promise<{ default: Record<string, unknown> }>;

/** Every locale file, loaded lazily: one chunk per language and namespace. */
const files = import.meta.glob<{ default: Record<string, unknown> }>(
  "../../locales/*/{common,grades,pages,claims,tools,glossary}.json",
);

/** A language's file for a namespace; only a language still in progress may lack one. */
function loaderFor(lang: Lang, ns: Namespace): Loader | undefined {
  const loader = files[`../../locales/${lang}/${ns}.json`];
  if (!loader && languageOf(lang).status === "shipped")
    throw new Error(`missing locale file locales/${lang}/${ns}.json`);
  return loader;
}

void i18n.use(initReactI18next).init({
  lng: SOURCE_LANG,
  fallbackLng: SOURCE_LANG,
  // Our codes are lower case ("en-xa"); without this i18next looks for "en-XA" and falls back to English.
  lowerCaseLng: true,
  ns: [...NAMESPACES],
  defaultNS: "common",
  resources: {},
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
  initAsync: false,
  returnNull: false,
  returnEmptyString: false,
  missingKeyHandler: (lngs, ns, key) => {
    // Completeness tests make this impossible in a shipped language; say it loudly if it happens.
    console.error(`Missing translation: ${lngs.join(",")} ${ns}:${key}`);
  },
  saveMissing: true,
});

/** A pseudo-locale's bundles are made from the English ones. */
async function loadPseudoBundles(lang: Lang): Promise<void> {
  const [{ pseudoTree }] = await Promise.all([import("./pseudo"), loadBundles(SOURCE_LANG)]);
  for (const ns of NAMESPACES) {
    if (i18n.hasResourceBundle(lang, ns)) continue;
    const english = i18n.getResourceBundle(SOURCE_LANG, ns) as Parameters<typeof pseudoTree>[0];
    i18n.addResourceBundle(lang, ns, pseudoTree(english, languageOf(lang).dir === "rtl"), true, true);
  }
}

// {{x, number}} through Intl with each language's own locale settings (see intlLocale). Our
// strings use no format options; one cached formatter per language (building one is slow and a
// page formats hundreds of numbers; i18next's addCached keys its cache on every t() option).
i18n.services.formatter?.add("number", (value: number, lng: string | undefined) =>
  formatNumber(value, lng ?? SOURCE_LANG),
);

async function loadBundles(lang: Lang): Promise<void> {
  await Promise.all(
    NAMESPACES.filter((ns) => !i18n.hasResourceBundle(lang, ns)).map(async (ns) => {
      const loader = loaderFor(lang, ns);
      if (!loader) return;
      const mod = await loader();
      // A new bundle, never merged into another and never changed: i18next may keep the module's
      // object as it is instead of copying it (JSON round trip) and merging it key by key.
      i18n.addResourceBundle(lang, ns, mod.default, false, false, { skipCopy: true, silent: false });
    }),
  );
}

/**
 * Loads a language's text (and English, the fallback, for languages still in
 * progress) and switches to it. Must finish before hydrating prerendered HTML.
 */
export async function setLanguage(lang: Lang): Promise<void> {
  const { status } = languageOf(lang);
  // Pseudo-locales exist only in development; the production bundle leaves this code out.
  if (import.meta.env.DEV && status === "dev") await loadPseudoBundles(lang);
  else await Promise.all([loadBundles(lang), status === "in-progress" ? loadBundles(SOURCE_LANG) : undefined]);
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

export { i18n };
