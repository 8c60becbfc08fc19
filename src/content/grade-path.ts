/**
 * GRADE arithmetic: where a claim's certainty starts, and each step that moved it.
 * The validator checks the recorded grade against it; the badge panel, the claim
 * page and the methodology page show the same steps in words.
 */
import {
  GRADE_LEVELS,
  SEVERITY_STEPS,
  type Claim,
  type Downgrade,
  type GradeLevel,
  type Severity,
  type Start,
  type Upgrade,
} from "./schema";

export type GradeStep = { kind: "down"; domain: Downgrade; severity: Severity } | { kind: "up"; upgrade: Upgrade };

export interface GradePath {
  start: Start;
  /** The level the start gives; null for "none" and official records, which GRADE does not rate. */
  startLevel: GradeLevel | null;
  steps: GradeStep[];
  /** start − downgrades + upgrades, kept within very low … high; null where nothing is computed. */
  result: GradeLevel | null;
  /** The downgrades went below very low, GRADE's lowest level, and the result stopped there. */
  floored: boolean;
}

/** The level each start gives: randomized and laboratory evidence start high, observational low. */
export function startLevel(start: Start): GradeLevel | null {
  switch (start) {
    case "randomized":
    case "laboratory":
      return "high";
    case "observational":
      return "low";
    case "no-human-evidence":
    case "official-record":
      return null;
    default: {
      const unknown: never = start;
      throw new Error(`unknown start ${String(unknown)}`);
    }
  }
}

/** The steps in a fixed order: downgrades as GRADE lists its domains, then upgrades. */
export function gradeSteps(claim: Pick<Claim, "downgrades" | "upgrades">): GradeStep[] {
  const down = Object.entries(claim.downgrades) as [Downgrade, Severity][];
  return [
    ...down.map(([domain, severity]): GradeStep => ({ kind: "down", domain, severity })),
    ...(claim.upgrades ?? []).map((upgrade): GradeStep => ({ kind: "up", upgrade })),
  ];
}

export function gradePath(claim: Pick<Claim, "start" | "downgrades" | "upgrades">): GradePath {
  const level = startLevel(claim.start);
  const steps = gradeSteps(claim);
  if (level === null) return { start: claim.start, startLevel: null, steps, result: null, floored: false };
  let n = GRADE_LEVELS.indexOf(level);
  for (const step of steps) n += step.kind === "down" ? -SEVERITY_STEPS[step.severity] : 1;
  // GRADE has no level below very low or above high.
  const result = GRADE_LEVELS[Math.min(Math.max(n, 0), GRADE_LEVELS.length - 1)] as GradeLevel;
  return { start: claim.start, startLevel: level, steps, result, floored: n < 0 };
}
