import type { TFunction } from "i18next";
import { claimById } from "../content/selectors";

/** Pages that have their own title and description in locales/<lng>/pages.json. */
export type MetaPage =
  | "home"
  | "mechanisms"
  | "evidence"
  | "pain-types"
  | "dosage"
  | "long-term"
  | "alternatives"
  | "other-claims"
  | "claims"
  | "check"
  | "claim"
  | "article"
  | "glossary"
  | "summary"
  | "help"
  | "methodology"
  | "sources"
  | "about"
  | "notFound"
  | "unknownLanguage"
  | "chooseLanguage";

/** A route's handle names its page, so the browser and the prerender agree on titles. */
export interface RouteHandle {
  page: MetaPage;
}

/**
 * A page's title and description. A claim page is titled by its claim
 * (`claimId`); an unknown claim id gets the not-found page's.
 */
export function pageMeta(t: TFunction, page: MetaPage, claimId?: string): { title: string; description: string } {
  if (page === "claim") {
    const claim = claimId === undefined ? undefined : claimById(claimId);
    if (!claim) return pageMeta(t, "notFound");
    return {
      title: `${t(`claims:${claim.id}.title`, { ...claim.values })} · ${t("common:siteName")}`,
      description: t("pages:claim.description"),
    };
  }
  const name = t(`pages:${page}.title`);
  const site = t("common:siteName");
  return {
    title: page === "home" ? `${site}: ${t("common:tagline")}` : `${name} · ${site}`,
    description: t(`pages:${page}.description`),
  };
}
