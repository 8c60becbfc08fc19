import type { Grade } from "../../content/schema";

/** How many of the meter's four steps a grade fills; null for states that are not a certainty level. */
export function meterSteps(grade: Grade): number | null {
  switch (grade) {
    case "high":
      return 4;
    case "moderate":
      return 3;
    case "low":
      return 2;
    case "very-low":
      return 1;
    case "none":
    case "official":
      return null;
    default: {
      const unknown: never = grade;
      throw new Error(`unknown grade ${String(unknown)}`);
    }
  }
}

/**
 * The badge's picture: four steps filled from the inline start, or a distinct
 * mark for "no studies in people" (an empty, dashed meter) and "official record"
 * (a document mark). Decorative: the badge's words carry the meaning.
 */
export function GradeMeter({ grade }: { grade: Grade }) {
  const steps = meterSteps(grade);
  if (grade === "official") {
    return (
      <span className="meter meter--official" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="16" height="16" focusable="false">
          <path d="M3 1.5h7l3 3v10H3z" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M5.5 7h5M5.5 9.5h5M5.5 12h3" stroke="currentColor" strokeWidth="1.2" />
        </svg>
      </span>
    );
  }
  return (
    <span className={`meter${steps === null ? " meter--none" : ""}`} aria-hidden="true">
      {[1, 2, 3, 4].map((step) => (
        <span key={step} className={`meter__step${steps !== null && step <= steps ? " meter__step--on" : ""}`} />
      ))}
    </span>
  );
}
