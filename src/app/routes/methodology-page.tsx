import { useTranslation } from "../../i18n/use-translation";
import { Link } from "react-router";
import { DOWNGRADES, GRADES, UPGRADES, VERDICTS } from "../../content/schema";
import { claimById } from "../../content/selectors";
import { paths } from "../../config/paths";
import { claimText } from "../../features/claims/claim-text";
import { GradePathList } from "../../features/evidence/grade-path-list";
import { lastReviewed } from "../../content/selectors";
import { GradeMeter } from "../../features/evidence/grade-meter";
import { useLang } from "../../features/language/use-lang";
import { TranslationNote } from "../../features/language/translation-note";
import { ReviewDates } from "../../components/ui/review-dates";
import { REVIEW_INTERVAL_MONTHS } from "../../content/review";

/** The worked example: observational evidence lowered twice, stopping at very low. */
const EXAMPLE_ID = "user-surveys-pain-relief";

export function MethodologyPage() {
  const { t } = useTranslation(["pages", "grades", "common", "claims"]);
  const EXAMPLE = claimById(EXAMPLE_ID);
  if (!EXAMPLE) throw new Error(`methodology example ${EXAMPLE_ID} is not a claim`);
  const lang = useLang();
  const reviewed = lastReviewed();
  return (
    <>
      <h1>{t("methodology.title")}</h1>
      <p className="lead">{t("methodology.intro")}</p>

      <h2 id="grades">{t("methodology.gradesHeading")}</h2>
      <p>{t("methodology.gradesIntro")}</p>
      <dl className="grade-legend">
        {GRADES.map((grade) => (
          <div key={grade} className={`grade-legend__item badge--${grade}`}>
            <dt>
              <GradeMeter grade={grade} /> {t(`grades:grade.${grade}.label`)}
            </dt>
            <dd>
              {t(`grades:grade.${grade}.meaning`)} <em>{t(`grades:grade.${grade}.wording`)}</em>
            </dd>
          </div>
        ))}
      </dl>

      <h2 id="arithmetic">{t("methodology.arithmeticHeading")}</h2>
      <p>{t("methodology.arithmeticIntro")}</p>
      <ol>
        <li>{t("methodology.arithmeticStart")}</li>
        <li>{t("methodology.arithmeticDown")}</li>
        <li>{t("methodology.arithmeticUp")}</li>
        <li>{t("methodology.arithmeticEnd")}</li>
      </ol>
      <p>{t("methodology.arithmeticExample")}</p>
      <figure className="grade-path-example">
        <figcaption>
          <Link to={paths.claim(lang, EXAMPLE.id)}>{claimText(t, EXAMPLE, "title")}</Link>
        </figcaption>
        <GradePathList claim={EXAMPLE} />
      </figure>

      <h2 id="ceiling">{t("methodology.ceilingHeading")}</h2>
      <p>{t("methodology.ceilingBody")}</p>
      <ul>
        <li>{t("methodology.ceilingRuleHigh")}</li>
        <li>{t("methodology.ceilingRuleLow")}</li>
        <li>{t("methodology.ceilingRuleLab")}</li>
        <li>{t("methodology.ceilingRuleOfficial")}</li>
      </ul>

      <h2 id="downgrades">{t("methodology.downgradesHeading")}</h2>
      <p>{t("methodology.downgradesIntro")}</p>
      <ul>
        {DOWNGRADES.map((d) => (
          <li key={d}>
            <strong>{t(`grades:downgrade.${d}`)}</strong> {t(`grades:downgradeMeaning.${d}`)}
          </li>
        ))}
      </ul>

      <h2 id="upgrades">{t("methodology.upgradesHeading")}</h2>
      <p>{t("methodology.upgradesIntro")}</p>
      <ul>
        {UPGRADES.map((u) => (
          <li key={u}>
            <strong>{t(`grades:upgrade.${u}`)}</strong> {t(`grades:upgradeMeaning.${u}`)}
          </li>
        ))}
      </ul>

      <h2 id="verdicts">{t("methodology.verdictsHeading")}</h2>
      <p>{t("methodology.verdictsIntro")}</p>
      <dl className="verdict-legend">
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt className={`verdict verdict--${v}`}>
              <strong>{t(`grades:verdict.${v}.label`)}</strong>
            </dt>
            <dd>{t(`grades:verdict.${v}.meaning`)}</dd>
          </div>
        ))}
      </dl>

      <h2 id="sources-we-use">{t("methodology.sourcesHeading")}</h2>
      <p>{t("methodology.sourcesBody")}</p>

      <h2 id="translation">{t("about.translationHeading")}</h2>
      <TranslationNote />

      <h2 id="review">{t("methodology.reviewHeading")}</h2>
      <p>{t("methodology.reviewBody", { months: REVIEW_INTERVAL_MONTHS })}</p>
      <p className="page-facts">
        <ReviewDates reviewed={reviewed} lang={lang} />
      </p>
    </>
  );
}
