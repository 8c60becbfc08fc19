import type { TFunction } from "i18next";
import { alternates, claimRest, isPageSlug, splitPath } from "../config/paths";
import type { Lang } from "../i18n/languages";
import { pageMeta, type MetaPage } from "./page-meta";

/** The site's origin as the prerender wrote it into the canonical link (else this page's). */
function siteOrigin(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return new URL(canonical?.href ?? window.location.href).origin;
}

/**
 * Sets the title, the meta description, the canonical link and
 * the hreflang alternates for a page, as the prerender writes them into its HTML file.
 */
export function applyDocumentMeta(t: TFunction, lang: Lang, page: MetaPage, pathname: string, claimId?: string): void {
  const { title, description } = pageMeta(t, page, claimId);
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
}
