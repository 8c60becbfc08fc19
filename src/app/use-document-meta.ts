import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { languageOf, type Lang } from "../i18n/languages";
import { pageMeta, type MetaPage } from "./page-meta";

/** Keeps <html lang dir>, the title and the meta description in step with the page. */
export function useDocumentMeta(lang: Lang, page: MetaPage): void {
  const { t } = useTranslation();
  const { title, description } = pageMeta(t, page);
  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = languageOf(lang).dir;
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute("content", description);
  }, [lang, title, description]);
}
