import { useParams } from "react-router";
import { isLang, SOURCE_LANG, type Lang } from "../../i18n/languages";

/** The language of the current page, from the URL. */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : SOURCE_LANG;
}
