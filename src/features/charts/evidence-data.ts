import { GRADES, type Claim, type Design, type Grade } from "../../content/schema";
import { designOf } from "../../content/sources";

export function gradeCounts(claims: readonly Claim[]): { grade: Grade; count: number }[] {
  return GRADES.map((grade) => ({ grade, count: claims.filter((c) => c.grade === grade).length }));
}

/** The levels of the evidence pyramid, strongest first, and the study designs in each. */
export const PYRAMID_LEVELS = {
  reviews: ["systematic-review", "meta-analysis"],
  trials: ["rct"],
  human: ["pharmacokinetic-study", "cross-sectional-survey", "poison-center-data", "case-series", "case-report"],
  lab: ["animal", "in-vitro"],
  other: ["narrative-review", "guideline", "regulatory", "official-consumer-info"],
} as const satisfies Record<string, readonly Design[]>;
export type PyramidLevel = keyof typeof PYRAMID_LEVELS;

/**
 * How many sources behind our claims about kratom itself (every section but
 * "alternatives", which is about other treatments) sit at each level.
 */
export function pyramidCounts(claims: readonly Claim[]): { level: PyramidLevel; count: number }[] {
  const ids = new Set(claims.filter((c) => c.section !== "alternatives").flatMap((c) => c.sources));
  const designs = [...ids].map(designOf);
  return (Object.keys(PYRAMID_LEVELS) as PyramidLevel[]).map((level) => ({
    level,
    count: designs.filter((d) => d !== undefined && (PYRAMID_LEVELS[level] as readonly Design[]).includes(d)).length,
  }));
}
