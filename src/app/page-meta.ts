import type { TFunction } from "i18next";

/** Pages that have their own title and description in locales/<lng>/pages.json. */
export type MetaPage =
  | "home"
  | "mechanisms"
  | "evidence"
  | "pain-types"
  | "dosage"
  | "long-term"
  | "alternatives"
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

export function pageMeta(t: TFunction, page: MetaPage): { title: string; description: string } {
  const name = t(`pages:${page}.title`);
  const site = t("common:siteName");
  return {
    title: page === "home" ? `${site}: ${t("common:tagline")}` : `${name} · ${site}`,
    description: t(`pages:${page}.description`),
  };
}
