import { Link, useParams } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import type { Claim } from "../../content/schema";
import { claimById } from "../../content/selectors";
import { claimText } from "../../features/claims/claim-text";
import { EvidenceBadge } from "../../features/evidence/evidence-badge";
import { GlossaryText } from "../../features/glossary/glossary-text";
import { ClinicianNote } from "../../features/help/clinician-note";
import { useLang } from "../../features/language/use-lang";
import { DeferredClaimMore } from "../../features/claims/deferred-claim-more";

/**
 * One claim on its own page: the article's words beside the evidence, the grade
 * and what lowered it, the sources in full, related claims and a link to share.
 * The route's loader has checked the id (unknown → ClaimNotFound).
 */
export function ClaimPage() {
  const { id = "" } = useParams();
  const claim = claimById(id);
  return claim ? <ClaimDetails claim={claim} /> : <ClaimNotFound />;
}

function ClaimDetails({ claim }: { claim: Claim }) {
  const { t } = useTranslation(["tools", "grades", "claims", "pages", "common"]);
  const lang = useLang();
  return (
    <article className="claim-page" data-claim-id={claim.id} aria-labelledby="claim-title">
      <p className="breadcrumb">
        <Link to={paths.page(lang, "claims")}>{t("pages:claims.title")}</Link>
      </p>
      <h1 id="claim-title">{claimText(t, claim, "title")}</h1>
      <EvidenceBadge claim={claim} />
      <div className="versus">
        <section className="versus__side versus__side--article" aria-labelledby="article-says">
          <h2 id="article-says">{t("claimPage.articleSays")}</h2>
          {claim.origin === "article" ? (
            <>
              <p>{claimText(t, claim, "article")}</p>
              <p className={`verdict verdict--${claim.verdict}`}>
                <span className="verdict__label">{t("claimPage.verdict")}:</span>{" "}
                <strong>{t(`grades:verdict.${claim.verdict}.label`)}</strong>
                {" – "}
                {t(`grades:verdict.${claim.verdict}.meaning`)}
              </p>
            </>
          ) : (
            <p>{t("claimPage.notInArticle")}</p>
          )}
        </section>
        <section className="versus__side versus__side--evidence" aria-labelledby="evidence-says">
          <h2 id="evidence-says">{t("claimPage.evidenceSays")}</h2>
          <p>
            <GlossaryText text={claimText(t, claim, "text")} />
          </p>
        </section>
      </div>

      <DeferredClaimMore claim={claim} />
      <ClinicianNote />
    </article>
  );
}

/** An unknown claim id: say so, and point to the explorer. */
export function ClaimNotFound() {
  const { t } = useTranslation("tools");
  const lang = useLang();
  return (
    <>
      <h1>{t("claimPage.notFoundTitle")}</h1>
      <p className="lead">{t("claimPage.notFoundBody")}</p>
      <p>
        <Link to={paths.page(lang, "claims")}>{t("claimPage.notFoundLink")}</Link>
      </p>
    </>
  );
}
