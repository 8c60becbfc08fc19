import { useTranslation } from "../../i18n/use-translation";
import type { Claim } from "../../content/schema";
import { BarFigure } from "./bar-figure";
import { gradeCounts, pyramidCounts } from "./evidence-data";

/** How many of these claims sit at each grade. */
export function GradeChart({ claims }: { claims: readonly Claim[] }) {
  const { t } = useTranslation(["tools", "grades"]);
  const counts = gradeCounts(claims);
  const n = (grades: string[]) => counts.filter((c) => grades.includes(c.grade)).reduce((s, c) => s + c.count, 0);
  return (
    <BarFigure
      variant="grades"
      headingId="grade-chart"
      heading={t("charts.gradesHeading")}
      summary={t("charts.gradesSummary", {
        total: claims.length,
        weak: n(["low", "very-low", "none"]),
        strong: n(["moderate", "high"]),
      })}
      caption={t("charts.gradesCaption")}
      labelColumn={t("charts.gradeColumn")}
      countColumn={t("charts.claimsColumn")}
      bars={counts.map(({ grade, count }) => ({ key: grade, label: t(`grades:grade.${grade}.label`), count }))}
    />
  );
}

/** What kinds of studies exist on kratom, strongest first. */
export function EvidencePyramid({ claims }: { claims: readonly Claim[] }) {
  const { t } = useTranslation("tools");
  const counts = pyramidCounts(claims);
  const of = (level: string) => counts.find((c) => c.level === level)?.count ?? 0;
  return (
    <BarFigure
      variant="pyramid"
      headingId="evidence-pyramid"
      heading={t("charts.pyramidHeading")}
      summary={t("charts.pyramidSummary", {
        total: counts.reduce((s, c) => s + c.count, 0),
        trials: of("trials"),
        lab: of("lab"),
      })}
      caption={t("charts.pyramidCaption")}
      labelColumn={t("charts.levelColumn")}
      countColumn={t("charts.countColumn")}
      bars={counts.map(({ level, count }) => ({ key: level, label: t(`charts.level.${level}`), count }))}
    />
  );
}
