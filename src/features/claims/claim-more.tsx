import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import type { Claim } from "../../content/schema";
import { relatedClaims } from "../../content/selectors";
import { loadedSourceDetails } from "../../content/sources";
import { ReviewDates } from "../../components/ui/review-dates";
import { gradeLabel, whyNotHigherLabel } from "../evidence/grade-label";
import { GradePathList } from "../evidence/grade-path-list";
import { useLang } from "../language/use-lang";
import { ClaimSourceList } from "../sources/claim-source-list";
import { ClaimTranslationNote } from "../language/translation-note";
import { claimText } from "./claim-text";
import { CopyLink } from "./copy-link";
import { CiteThis } from "../cite/cite-this";

/**
 * The rest of a claim page, below its first screen: how certain and why, the
 * sources in full (the route has loaded their details), review dates, a link
 * to share, the claim in its section, and related claims.
 */
export function ClaimMore({ claim }: { claim: Claim }) {
  const { t } = useTranslation(["tools", "grades", "claims", "pages", "common"]);
  const lang = useLang();
  const details = loadedSourceDetails();
  return (
    <>
      <section aria-labelledby="certainty">
        <h2 id="certainty">{t("claimPage.certainty")}</h2>
        <p>
          <strong>{gradeLabel(t, claim, lang)}.</strong> {t(`grades:grade.${claim.grade}.meaning`)}
        </p>
        <h3>{t("claimPage.studied")}</h3>
        <p>{claimText(t, claim, "studied")}</p>
        <h3>{t("grades:path.heading")}</h3>
        <GradePathList claim={claim} />
        <h3>{whyNotHigherLabel(t, claim)}</h3>
        <p>{claimText(t, claim, "whyNotHigher")}</p>
      </section>

      <section aria-labelledby="claim-sources">
        <h2 id="claim-sources">{t("claimPage.sourcesHeading")}</h2>
        <ClaimSourceList ids={claim.sources} details={details} className="claim-sources" />
      </section>
      <p className="page-facts">
        <ReviewDates reviewed={claim.reviewed} lang={lang} />
      </p>
      <ClaimTranslationNote />
      <CopyLink />
      <CiteThis
        title={claimText(t, claim, "title")}
        reviewed={claim.reviewed}
        path={paths.claim(lang, claim.id)}
        sourceIds={claim.sources}
        fileName={`kratom-evidence-${claim.id}`}
      />
      <p>
        <Link to={paths.claimInSection(lang, claim.section, claim.id)}>
          {t("claimPage.inSection", { section: t(`pages:${claim.section}.title`) })}
        </Link>
      </p>

      <section aria-labelledby="related">
        <h2 id="related">{t("claimPage.related")}</h2>
        <ul className="related">
          {relatedClaims(claim).map((other) => (
            <li key={other.id}>
              <Link to={paths.claim(lang, other.id)}>{claimText(t, other, "title")}</Link>{" "}
              <span className={`grade-tag grade-tag--${other.grade}`}>({gradeLabel(t, other, lang)})</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
