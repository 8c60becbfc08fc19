/**
 * What a page's share card says (issue #16): the picture a link to the page shows in a chat or a
 * social post. Made by the prerender (src/entry-server.tsx) in the page's language and drawn by
 * scripts/lib/share-card.mjs; nothing here runs in the browser.
 *
 * - A claim page: its section, the claim's title, and its badge (word label and meter).
 * - A section page: how many claims it grades, its title, and each grade's badge with a count.
 * - Any other page: its title and its description.
 * Every card has the site's name. All words come from locales/; no word is written here.
 */
import type { TFunction } from "i18next";
import { GRADES, SECTION_IDS, type Grade, type SectionId } from "../content/schema";
import { claimById, claimsInSection } from "../content/selectors";
import { claimText } from "../features/claims/claim-text";
import { gradeLabel } from "../features/evidence/grade-label";
import { meterSteps } from "../features/evidence/grade-meter";
import { formatNumber } from "../i18n/format";
import type { MetaPage } from "./page-meta";

export interface ShareCardBadge {
  grade: Grade;
  /** The badge's words, as on the page ("Low certainty"). */
  label: string;
  /** How many of the meter's four steps are filled; null for "no studies in people" and official records. */
  steps: number | null;
  /** On a section's card: how many of its claims have this grade, in the language's digits. */
  count?: string;
}

export interface ShareCard {
  lang: string;
  dir: "ltr" | "rtl";
  site: string;
  /** A short line above the title (a claim's section; a section's claim count). */
  kicker: string | null;
  title: string;
  /** A line under the title (other pages' description). */
  subtitle: string | null;
  badges: ShareCardBadge[];
  /** The card's text in reading order: the image's alternative text. */
  alt: string;
}

const isSection = (page: string): page is SectionId => (SECTION_IDS as readonly string[]).includes(page);

/** The card for a page, or null for a page that has none (not found, unknown language). */
export function shareCard(
  t: TFunction,
  lang: string,
  dir: "ltr" | "rtl",
  page: MetaPage,
  claimId?: string,
): ShareCard | null {
  const site = t("common:siteName");
  const make = (kicker: string | null, title: string, subtitle: string | null, badges: ShareCardBadge[]) => ({
    lang,
    dir,
    site,
    kicker,
    title,
    subtitle,
    badges,
    // The words in the order the card shows them, joined as the site's page titles are ("… · Kratom Evidence").
    alt: [site, kicker, title, subtitle, ...badges.map((b) => (b.count ? `${b.label}: ${b.count}` : b.label))]
      .filter(Boolean)
      .join(" · "),
  });

  if (page === "claim") {
    const claim = claimId === undefined ? undefined : claimById(claimId);
    if (!claim) return null;
    const badge = { grade: claim.grade, label: gradeLabel(t, claim, lang), steps: meterSteps(claim.grade) };
    return make(t(`pages:${claim.section}.title`), claimText(t, claim, "title"), null, [badge]);
  }
  if (isSection(page)) {
    const claims = claimsInSection(page);
    const badges = GRADES.flatMap((grade) => {
      const count = claims.filter((c) => c.grade === grade).length;
      // An official record's label names its date, which differs per claim: the section card names the kind only.
      return count === 0
        ? []
        : [
            {
              grade,
              label: t(`grades:grade.${grade}.label`),
              steps: meterSteps(grade),
              count: formatNumber(count, lang),
            },
          ];
    });
    return make(t("common:section.claimCount", { count: claims.length }), t(`pages:${page}.title`), null, badges);
  }
  if (page === "notFound" || page === "unknownLanguage") return null;
  // The home page's card says what the site is (the header already names it); its tagline starts lower-case.
  const tagline = t("common:tagline");
  const title =
    page === "home" ? tagline.charAt(0).toLocaleUpperCase(lang) + tagline.slice(1) : t(`pages:${page}.title`);
  return make(null, title, t(`pages:${page}.description`), []);
}
