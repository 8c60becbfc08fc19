import { useEffect } from "react";
import { useLocation } from "react-router";
import { useTranslation } from "../i18n/use-translation";
import { reloadIfLoadFailed } from "../components/load-failure";
import { languageOf, type Lang } from "../i18n/languages";
import type { MetaPage } from "./page-meta";

/** Whether the page the prerender wrote (whose head is already right) has been shown. */
let prerenderedPageShown = false;

function markReady(): void {
  // The app is interactive (hydrated or rendered) and the head matches the page; browser tests wait for it.
  const html = document.documentElement;
  if (!html.hasAttribute("data-ready")) html.setAttribute("data-ready", "true");
}

/**
 * Keeps <html lang dir> (at once), the title, the meta description, the canonical link and
 * the hreflang alternates in step with the page after in-app navigation. The
 * prerendered HTML already holds the right ones for its own page, so the code
 * that rewrites them (./document-meta) loads only once the reader goes elsewhere
 * (or where nothing was prerendered).
 */
export function useDocumentMeta(lang: Lang, page: MetaPage, claimId?: string): void {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => {
    const prerendered = !prerenderedPageShown && document.getElementById("root")?.dataset.prerendered === pathname;
    prerenderedPageShown = true;
    if (prerendered) {
      markReady();
      return;
    }
    // The language at once (screen readers pick their voice from it); the rest of the head when its code is here.
    const html = document.documentElement;
    const dir = languageOf(lang).dir;
    // Only touch what changed: rewriting lang or dir restyles the whole page.
    if (html.lang !== lang) html.lang = lang;
    if (html.dir !== dir) html.dir = dir;
    import("./document-meta")
      .then(({ applyDocumentMeta }) => {
        applyDocumentMeta(t, lang, page, pathname, claimId);
        markReady();
      })
      .catch(reloadIfLoadFailed);
  }, [t, lang, page, pathname, claimId]);
}
