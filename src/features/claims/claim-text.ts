import type { TFunction, i18n as I18n } from "i18next";
import type { Claim } from "../../content/schema";

/** The text fields every claim has in locales/<lng>/claims.json. */
export const CLAIM_FIELDS = ["title", "text", "studied", "whyNotHigher"] as const;
/** Only claims taken from the article have this field. */
export const ARTICLE_FIELD = "article";
export type ClaimField = (typeof CLAIM_FIELDS)[number] | typeof ARTICLE_FIELD;

/**
 * The one place claim words are looked up, so dynamic keys are built in one
 * place and the claim's numbers are always formatted for the current language.
 */
export function claimText(t: TFunction, claim: Claim, field: ClaimField): string {
  return t(`claims:${claim.id}.${field}`, { ...claim.values });
}

/** This claim's reason for one step of its grade (a downgrade domain or an upgrade). */
export function claimStepReason(t: TFunction, claim: Claim, step: string): string {
  return t(`claims:${claim.id}.steps.${step}`, { ...claim.values });
}

/**
 * Whether a claim has its own words in a language. A language still in progress
 * may lack some; those claims are shown in English, marked lang="en", with a notice.
 */
export function isClaimTranslated(i18n: I18n, claim: Claim, lang: string): boolean {
  return i18n.getResource(lang, "claims", `${claim.id}.text`) !== undefined;
}
