import { useEffect } from "react";
import { useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { alternates, claimRest, isPageSlug, splitPath } from "../config/paths";
import { languageOf, type Lang } from "../i18n/languages";
import { pageMeta, type MetaPage } from "./page-meta";

/** The site's origin as the prerender wrote it into the canonical link (else this page's). */
function siteOrigin(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return new URL(canonical?.href ?? window.location.href).origin;
}

/**
 * Keeps <html lang dir>, the title, the meta description, the canonical link and
 * the hreflang alternates in step with the page after in-app navigation; the
 * prerender writes the same values into each HTML file.
 */
export function useDocumentMeta(lang: Lang, page: MetaPage, claimId?: string): void {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { title, description } = pageMeta(t, page, claimId);
  useEffect(() => {
    const html = document.documentElement;
    // Marks that the app is interactive (hydrated or rendered); browser tests wait for it.
    if (!html.hasAttribute("data-ready")) html.setAttribute("data-ready", "true");
    // Only touch what changed: rewriting lang or dir restyles the whole page.
    const dir = languageOf(lang).dir;
    if (html.lang !== lang) html.lang = lang;
    if (html.dir !== dir) html.dir = dir;
    if (document.title !== title) document.title = title;
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
      document.querySelector(selector)?.setAttribute("content", description);
    }
    document.querySelector('meta[property="og:title"]')?.setAttribute("content", title);

    const origin = siteOrigin();
    const { rest } = splitPath(pathname);
    const known =
      page !== "notFound" &&
      page !== "unknownLanguage" &&
      (isPageSlug(rest) || (page === "claim" && claimId !== undefined && rest === claimRest(claimId)));
    document.querySelectorAll('link[rel="alternate"][hreflang], link[rel="canonical"]').forEach((el) => {
      el.remove();
    });
    if (!known) return;
    const links = [
      { rel: "canonical", href: pathname },
      ...alternates(rest).map((a) => ({ rel: "alternate", href: a.href, hreflang: a.hreflang })),
    ];
    for (const link of links) {
      const el = document.createElement("link");
      el.rel = link.rel;
      el.href = origin + link.href;
      if ("hreflang" in link) el.hreflang = link.hreflang;
      document.head.append(el);
    }
  }, [lang, title, description, pathname, page, claimId]);
}
