import type { TFunction } from "i18next";
import type { Claim } from "../../content/schema";
import { formatDate } from "../../i18n/format";

/** The badge's visible words, e.g. "Low certainty" or "Official record (July 2025)". */
export function gradeLabel(t: TFunction, claim: Claim, lang: string): string {
  if (claim.grade === "official" && claim.asOf) {
    return t("grades:officialAsOf", { date: formatDate(claim.asOf, lang) });
  }
  return t(`grades:grade.${claim.grade}.label`);
}

/** The heading over a claim's "why not higher" words: what a high grade does not show, or what a record is. */
export function whyNotHigherLabel(t: TFunction, claim: Claim): string {
  if (claim.grade === "official") return t("common:badge.aboutRecord");
  return claim.grade === "high" ? t("common:badge.whatItDoesNotShow") : t("common:badge.whyNotHigher");
}
