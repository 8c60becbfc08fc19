/**
 * Structured data (schema.org JSON-LD) for a prerendered page: made at build
 * time by the prerender (src/entry-server.tsx), never in the browser, so it
 * costs no JavaScript. Written as a data script (type="application/ld+json"),
 * which browsers do not execute, so the Content Security Policy's script-src
 * does not apply to it.
 *
 * Every page is a MedicalWebPage (its language, its last review, what it is
 * about, the sources it cites); a claim page for a claim taken from the
 * reviewed article adds a ClaimReview with our verdict.
 */
import type { TFunction } from "i18next";
import type {
  BlogPosting,
  ClaimReview,
  CreativeWork,
  Graph,
  MedicalWebPage,
  Organization,
  Person,
  PropertyValue,
  Thing,
} from "schema-dts";
import { SECTION_IDS, VERDICTS, type ArticleClaim, type Claim, type SectionId } from "../content/schema";
import type { SourceDetails } from "../content/schema";
import type { SourceDetailsMap } from "../content/sources";
import { sourceIds, sourceNumber } from "../content/sources";
import { allClaims, claimById, claimsInSection, keyMessages, lastReviewed } from "../content/selectors";
import { REVIEWED_ARTICLE } from "../content/reviewed-article";
import { sourceLinkLanguage } from "../content/source-languages";
import { claimText } from "../features/claims/claim-text";
import type { MetaPage } from "./page-meta";
import { summaryClaims } from "./routes/summary-page";

const isSection = (page: string): page is SectionId => (SECTION_IDS as readonly string[]).includes(page);

/** The claims a page shows (what its review date and its citations are made of). */
export function pageClaims(page: MetaPage, claimId?: string): readonly Claim[] {
  if (page === "claim") {
    const claim = claimId === undefined ? undefined : claimById(claimId);
    return claim ? [claim] : [];
  }
  if (page === "home") return keyMessages();
  if (isSection(page)) return claimsInSection(page);
  if (page === "claims") return allClaims();
  if (page === "article") return allClaims().filter((c) => c.origin === "article");
  if (page === "summary") return summaryClaims();
  return [];
}

/** The sources a page cites, in bibliography order: the sources page lists them all. */
export function pageSources(page: MetaPage, claims: readonly Claim[]): string[] {
  if (page === "sources") return [...sourceIds()];
  return [...new Set(claims.flatMap((c) => c.sources))].sort((a, b) => sourceNumber(a) - sourceNumber(b));
}

/**
 * The date a page was last reviewed: the latest review of the claims it shows;
 * a page without claims, the site's (the date every page's footer shows).
 */
export function pageLastReviewed(claims: readonly Claim[]): string {
  return claims.length > 0 ? lastReviewed(claims) : lastReviewed();
}

/**
 * Each author of a source as a Person when the list is "Surname Initials, …"
 * (the form sources.json uses for people); otherwise the whole string names one
 * organization ("U.S. Food and Drug Administration").
 */
function authorsOf(authors: string): Person[] | Organization {
  const parts = authors
    .replace(/\.$/, "")
    .split(/,\s*/)
    .filter((p) => !/^et al\.?$/.test(p));
  const person = /\s[A-Z]{1,4}(?:[a-z]{2}[A-Z])?$/;
  if (parts.every((p) => person.test(p))) return parts.map((name): Person => ({ "@type": "Person", name }));
  return { "@type": "Organization", name: authors };
}

/** A cited source, with its DOI and PubMed id as identifiers and links. */
function citation(source: SourceDetails): CreativeWork {
  const identifier: PropertyValue[] = [];
  const sameAs: string[] = [];
  if (source.doi) {
    identifier.push({ "@type": "PropertyValue", propertyID: "DOI", value: source.doi });
    sameAs.push(`https://doi.org/${source.doi}`);
  }
  if (source.pmid) {
    identifier.push({ "@type": "PropertyValue", propertyID: "PMID", value: source.pmid });
    sameAs.push(`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`);
  }
  return {
    "@type": source.doi || source.pmid ? "ScholarlyArticle" : "CreativeWork",
    name: source.title,
    ...(source.authors ? { author: authorsOf(source.authors) } : {}),
    ...(source.year ? { datePublished: String(source.year) } : {}),
    ...(source.container ? { isPartOf: { "@type": "CreativeWork", name: source.container } } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(identifier.length > 0 ? { identifier } : {}),
    ...(sameAs.filter((s) => s !== source.url).length > 0 ? { sameAs: sameAs.filter((s) => s !== source.url) } : {}),
    inLanguage: sourceLinkLanguage(source.id, "web"),
  };
}

/**
 * Our verdicts as a 1–5 rating, best first in VERDICTS: supported 5,
 * partly supported 4, overstated 3, not supported 2, contradicted 1. The word a
 * reader sees (alternateName) is the verdict's label in the page's language.
 */
export function verdictRating(verdict: ArticleClaim["verdict"]): number {
  return VERDICTS.length - VERDICTS.indexOf(verdict);
}

export interface StructuredDataInput {
  t: TFunction;
  lang: string;
  page: MetaPage;
  claimId?: string;
  /** The page's path, e.g. "/es/claims/liver-injury". */
  path: string;
  /** The site's public origin; null in a build without SITE_ORIGIN, which then names no address at all. */
  origin: string | null;
  title: string;
  description: string;
  details: SourceDetailsMap;
}

/** The page's JSON-LD, as an object (the prerender serializes it into a data script). */
export function structuredData(input: StructuredDataInput): Graph {
  const { t, lang, page, claimId, path, origin, title, description, details } = input;
  const url = origin ? origin + path : null;
  const site: Organization = {
    "@type": "Organization",
    name: t("common:siteName"),
    ...(origin ? { "@id": `${origin}/#organization`, url: `${origin}/` } : {}),
  };
  const claims = pageClaims(page, claimId);
  const reviewed = pageLastReviewed(claims);
  const about: Thing[] = [
    { "@type": "DietarySupplement", name: t("common:topic.kratom"), alternateName: "Mitragyna speciosa" },
    { "@type": "MedicalCondition", name: t("common:topic.chronicPain") },
  ];
  const cited = pageSources(page, claims)
    .map((id) => details.get(id))
    .filter((s): s is SourceDetails => s !== undefined)
    .map(citation);
  const webPage: MedicalWebPage = {
    "@type": "MedicalWebPage",
    ...(url ? { "@id": url, url } : {}),
    name: title,
    description,
    inLanguage: lang,
    lastReviewed: reviewed,
    about,
    publisher: site,
    ...(cited.length > 0 ? { citation: cited } : {}),
  };
  const graph: (MedicalWebPage | ClaimReview)[] = [webPage];

  const claim = claims[0];
  if (page === "claim" && claim?.origin === "article") {
    const article: BlogPosting = {
      "@type": "BlogPosting",
      headline: REVIEWED_ARTICLE.title,
      name: REVIEWED_ARTICLE.title,
      datePublished: REVIEWED_ARTICLE.datePublished,
      inLanguage: REVIEWED_ARTICLE.inLanguage,
      // No url and no sameAs: the article sells kratom, and we never link sellers.
    };
    graph.push({
      "@type": "ClaimReview",
      ...(url ? { url } : {}),
      inLanguage: lang,
      claimReviewed: claimText(t, claim, "article"),
      itemReviewed: { "@type": "Claim", appearance: article, firstAppearance: article },
      reviewRating: {
        "@type": "Rating",
        ratingValue: verdictRating(claim.verdict),
        bestRating: VERDICTS.length,
        worstRating: 1,
        alternateName: t(`grades:verdict.${claim.verdict}.label`),
        ratingExplanation: claimText(t, claim, "text"),
      },
      // The review as it stands was published when the claim was last checked; no earlier version is kept.
      datePublished: claim.reviewed,
      dateModified: claim.reviewed,
      author: site,
      publisher: site,
    });
  }
  return { "@context": "https://schema.org", "@graph": graph };
}

/** JSON-LD as the text of a <script type="application/ld+json">: "<" escaped so no "</script>" can end it early. */
export function jsonLdScript(data: Graph): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>`;
}
