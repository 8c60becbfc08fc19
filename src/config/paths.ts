/** The only place URLs inside the site are built. */
import { SECTION_IDS, type SectionId } from "../content/schema";
import { SHIPPED, SOURCE_LANG, type Lang } from "../i18n/languages";

/** Pages other than the article's sections. */
export const EXTRA_PAGES = ["methodology", "sources", "about"] as const;
export type ExtraPage = (typeof EXTRA_PAGES)[number];

/** Every page slug under /:lang/ ("" is the home page), in navigation order. */
export type PageSlug = "" | SectionId | ExtraPage;
export const PAGE_SLUGS: readonly PageSlug[] = ["", ...SECTION_IDS, ...EXTRA_PAGES];

export function isPageSlug(value: string): value is PageSlug {
  return (PAGE_SLUGS as readonly string[]).includes(value);
}

export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  page: (lang: Lang, slug: PageSlug) => (slug === "" ? `/${lang}/` : `/${lang}/${slug}`),
  claim: (lang: Lang, section: SectionId, claimId: string) => `/${lang}/${section}#claim-${claimId}`,
  source: (lang: Lang, sourceId: string) => `/${lang}/sources#source-${sourceId}`,
} as const;

/**
 * Splits a pathname into its language segment and the rest, e.g.
 * "/xx/dosage" → { lang: "xx", rest: "dosage" }.
 */
export function splitPath(pathname: string): { lang: string; rest: string } {
  const [, lang = "", ...rest] = pathname.split("/");
  return { lang, rest: rest.join("/") };
}

/** The same page in another language: keeps the rest of the path. */
export function switchLanguagePath(pathname: string, lang: Lang): string {
  const { rest } = splitPath(pathname);
  return `/${lang}/${rest}`;
}

/** The same page in every shipped language, plus x-default (English), for <link rel="alternate" hreflang>. */
export function alternates(slug: PageSlug): { hreflang: string; href: string }[] {
  return [
    ...SHIPPED.map((l) => ({ hreflang: l.code, href: paths.page(l.code, slug) })),
    { hreflang: "x-default", href: paths.page(SOURCE_LANG, slug) },
  ];
}
