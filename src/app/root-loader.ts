import type { LoaderFunctionArgs } from "react-router";
import { splitPath } from "../config/paths";
import { setLanguage } from "../i18n";
import { loadClaims } from "../content/selectors";
import { SHIPPED, isLang, pickLanguage, readSavedLanguage, type Lang } from "../i18n/languages";

export interface RootData {
  /** The language the interface speaks on this page. */
  uiLang: Lang;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return [...navigator.languages, navigator.language];
}

/**
 * Loads the text of the page's language before anything renders (and, on "/",
 * every shipped language's so the picker can speak each one).
 */
export async function rootLoader({ request }: LoaderFunctionArgs): Promise<RootData> {
  const { pathname } = new URL(request.url);
  const { lang } = splitPath(pathname);
  const uiLang = isLang(lang) ? lang : pickLanguage(readSavedLanguage(), browserLanguages());
  if (pathname === "/") {
    for (const language of SHIPPED) await setLanguage(language.code);
  }
  await Promise.all([setLanguage(uiLang), loadClaims()]);
  return { uiLang };
}

/**
 * Validates the language segment (an unknown one is a 404, shown by RouteError)
 * and loads its text, also when the reader switches language.
 */
export async function langLoader({ params }: LoaderFunctionArgs): Promise<{ lang: Lang }> {
  if (!isLang(params.lang)) throw new Response(null, { status: 404, statusText: "Unknown language" });
  await Promise.all([setLanguage(params.lang), loadClaims()]);
  return { lang: params.lang };
}
