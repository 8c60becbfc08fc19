/** The only place URLs inside the site are built. */
import { SECTION_IDS, type SectionId } from "../content/schema";
import { SHIPPED, SOURCE_LANG, type Lang } from "../i18n/languages";

/** Reader tools (issue #6), in navigation order. */
export const TOOL_PAGES = ["claims", "check", "article", "glossary", "summary", "help"] as const;
export type ToolPage = (typeof TOOL_PAGES)[number];

/** Pages about the site. */
export const EXTRA_PAGES = ["methodology", "sources", "about"] as const;
export type ExtraPage = (typeof EXTRA_PAGES)[number];

/** Every fixed page slug under /:lang/ ("" is the home page), in navigation order. */
export type PageSlug = "" | SectionId | ToolPage | ExtraPage;
export const PAGE_SLUGS: readonly PageSlug[] = ["", ...SECTION_IDS, ...TOOL_PAGES, ...EXTRA_PAGES];

export function isPageSlug(value: string): value is PageSlug {
  return (PAGE_SLUGS as readonly string[]).includes(value);
}

/** The part of a claim page's path after the language, e.g. "claims/liver-injury". */
export const claimRest = (claimId: string) => `claims/${claimId}`;

export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  page: (lang: Lang, slug: PageSlug) => (slug === "" ? `/${lang}/` : `/${lang}/${slug}`),
  /** A claim's own page. */
  claim: (lang: Lang, claimId: string) => `/${lang}/${claimRest(claimId)}`,
  /** A claim where it sits in its section. */
  claimInSection: (lang: Lang, section: SectionId, claimId: string) => `/${lang}/${section}#claim-${claimId}`,
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

/**
 * The same page in every shipped language, plus x-default, for
 * <link rel="alternate" hreflang> and the sitemap. `rest` is a page slug or a
 * claim page's rest. x-default is English, except for the home pages: the
 * language picker at "/" (what x-default is meant for).
 */
export function alternates(rest: string): { hreflang: string; href: string }[] {
  return [
    ...SHIPPED.map((l) => ({ hreflang: l.code, href: `/${l.code}/${rest}` })),
    { hreflang: "x-default", href: rest === "" ? "/" : `/${SOURCE_LANG}/${rest}` },
  ];
}
