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
