import type { TFunction } from "i18next";
import { alternates, claimRest, isPageSlug, splitPath } from "../config/paths";
import type { Lang } from "../i18n/languages";
import { siteOrigin } from "../features/cite/site-origin";
import { pageMeta, type MetaPage } from "./page-meta";

/**
 * Sets the title, the meta description, the canonical link, og:url and
 * the hreflang alternates for a page, as the prerender writes them into its HTML file.
 */
export function applyDocumentMeta(t: TFunction, lang: Lang, page: MetaPage, pathname: string, claimId?: string): void {
  const { title, description } = pageMeta(t, page, claimId);
  if (document.title !== title) document.title = title;
  for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
    document.querySelector(selector)?.setAttribute("content", description);
  }
  document.querySelector('meta[property="og:title"]')?.setAttribute("content", title);

  // The origin the prerender wrote into the page (SITE_ORIGIN). A build without one names no address:
  // no canonical link and no alternates, in the HTML or after navigation.
  const origin = siteOrigin();
  const { rest } = splitPath(pathname);
  const known =
    page !== "notFound" &&
    page !== "unknownLanguage" &&
    (isPageSlug(rest) || (page === "claim" && claimId !== undefined && rest === claimRest(claimId)));
  // The structured data the prerender wrote describes the page first loaded; it is made at build time
  // only (no code for it in the browser), so after navigation there is none rather than a wrong one.
  document
    .querySelectorAll('link[rel="alternate"][hreflang], link[rel="canonical"], script[type="application/ld+json"]')
    .forEach((el) => {
      el.remove();
    });
  let ogUrl = document.querySelector<HTMLMetaElement>('meta[property="og:url"]');
  if (!known || !origin) {
    ogUrl?.remove();
    return;
  }
  if (!ogUrl) {
    ogUrl = document.createElement("meta");
    ogUrl.setAttribute("property", "og:url");
    document.head.append(ogUrl);
  }
  ogUrl.content = origin + pathname;
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
