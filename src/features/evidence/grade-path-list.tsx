import type { TFunction } from "i18next";
import { useTranslation } from "../../i18n/use-translation";
import type { Claim } from "../../content/schema";
import { gradePath, type GradeStep } from "../../content/grade-path";
import { claimStepReason } from "../claims/claim-text";

/**
 * How a claim's grade was reached, in words: where it started (from the design of its
 * evidence), each step down or up with this claim's reason, and the result. The same
 * arithmetic the build checks (src/content/validate.ts).
 */
export function GradePathList({ claim, wordsLang }: { claim: Claim; wordsLang?: string }) {
  const { t } = useTranslation(["grades", "claims"]);
  const path = gradePath(claim);
  return (
    <ol className="grade-path" data-grade-path={claim.id}>
      <li data-step="start">{t(`grades:path.start.${path.start}`)}</li>
      {path.steps.map((step) => (
        <li key={stepKey(step)} data-step={stepKey(step)}>
          <strong>{stepLabel(t, step)}</strong> <span lang={wordsLang}>{claimStepReason(t, claim, stepKey(step))}</span>
        </li>
      ))}
      {path.result ? (
        <li data-step="result">
          <strong>{t(`grades:path.result.${path.result}`)}</strong>
          {path.floored ? ` ${t("grades:path.floor")}` : null}
        </li>
      ) : null}
    </ol>
  );
}

const stepKey = (step: GradeStep) => (step.kind === "down" ? step.domain : step.upgrade);

function stepLabel(t: TFunction, step: GradeStep): string {
  return step.kind === "down"
    ? t(`grades:path.down.${step.domain}.${step.severity}`)
    : t(`grades:path.up.${step.upgrade}`);
}
