import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import type { Claim } from "../../content/schema";
import { designCounts } from "../../content/selectors";
import { paths } from "../../config/paths";
import { formatDate } from "../../i18n/format";
import { claimText, isClaimTranslated } from "../claims/claim-text";
import { GradePathList } from "./grade-path-list";
import { whyNotHigherLabel } from "./grade-label";
import { useLang } from "../language/use-lang";
import { ClaimSourceList } from "../sources/claim-source-list";
import { useSourceDetails } from "../sources/use-source-details";

/** What an open badge shows: what the grade means and rests on, why it is not higher, the sources. */
export function BadgePanel({ claim, label, onClose }: { claim: Claim; label: string; onClose: () => void }) {
  const { t, i18n } = useTranslation(["common", "grades", "claims"]);
  const lang = useLang();
  const wordsLang = isClaimTranslated(i18n, claim, lang) ? undefined : "en";
  const details = useSourceDetails(true);
  return (
    <>
      <p className="badge__panel-title">{t("badge.panelTitle", { grade: label })}</p>
      <dl className="badge__facts">
        <dt>{t("badge.meaning")}</dt>
        <dd>{t(`grades:grade.${claim.grade}.meaning`)}</dd>
        <dt>{t("badge.studyTypes")}</dt>
        <dd>
          <ul className="plain-list">
            {designCounts(claim).map(({ design, count }) => (
              <li key={design}>{t(`grades:designCount.${design}`, { count })}</li>
            ))}
          </ul>
        </dd>
        <dt>{t("badge.studied")}</dt>
        <dd lang={wordsLang}>{claimText(t, claim, "studied")}</dd>
        <dt>{t("grades:path.heading")}</dt>
        <dd>
          <GradePathList claim={claim} wordsLang={wordsLang} />
        </dd>
        <dt>{whyNotHigherLabel(t, claim)}</dt>
        <dd lang={wordsLang}>{claimText(t, claim, "whyNotHigher")}</dd>
        <dt>{t("badge.sources")}</dt>
        <dd>
          <ClaimSourceList ids={claim.sources} details={details} className="plain-list badge__sources" />
        </dd>
        <dt>{t("badge.reviewed")}</dt>
        <dd>
          <time dateTime={claim.reviewed}>{formatDate(claim.reviewed, lang)}</time>
        </dd>
      </dl>
      <p className="badge__panel-foot">
        <Link to={`${paths.page(lang, "methodology")}#grades`}>{t("badge.howWeGrade")}</Link>
        <button type="button" className="link-button" onClick={onClose}>
          {t("badge.close")}
        </button>
      </p>
    </>
  );
}
