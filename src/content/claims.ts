import type { Claim } from "./schema";
import { alternativesClaims } from "./sections/alternatives";
import { dosageClaims } from "./sections/dosage";
import { evidenceClaims } from "./sections/evidence";
import { longTermClaims } from "./sections/long-term";
import { mechanismsClaims } from "./sections/mechanisms";
import { otherClaimsClaims } from "./sections/other-claims";
import { painTypesClaims } from "./sections/pain-types";

/**
 * Every claim, section by section in the article's order (one file per section page,
 * as the routes are split). Words live in locales/<lng>/claims.json.
 */
export const claims: readonly Claim[] = [
  ...mechanismsClaims,
  ...evidenceClaims,
  ...painTypesClaims,
  ...dosageClaims,
  ...longTermClaims,
  ...alternativesClaims,
  ...otherClaimsClaims,
];
