import { Suspense, memo } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { Claim } from "../../content/schema";
import { ReviewDates } from "../../components/ui/review-dates";
import { EvidenceBadge } from "../evidence/evidence-badge";
import { useLang } from "../language/use-lang";
import { SourceRef } from "../sources/source-ref";
import { ClaimBoundary } from "./claim-boundary";
import { claimText, isClaimTranslated } from "./claim-text";
import { languageOf } from "../../i18n/languages";
import { Link } from "react-router";
import { paths } from "../../config/paths";
import { GlossaryText } from "../glossary/glossary-text";
import { HydrationGate } from "../../components/hydration-gate";

interface ClaimCardProps {
  claim: Claim;
  /** The claim title's heading level: 3 under a subsection <h2>. */
  level?: 2 | 3;
  /** Link to the claim's own page (not on that page itself). */
  linkToPage?: boolean;
}

/**
 * One claim, everywhere a claim appears: its words, its badge, what the article
 * said and our verdict (or that we added it), its sources and review date.
 * DOM contract: an element with data-claim-id holding exactly one [data-grade].
 * Memoized: a list that re-renders with the same claims (the explorer, once its
 * URL filters apply) leaves cards that have not hydrated yet as they are.
 */
export const ClaimCard = memo(function ClaimCard(props: ClaimCardProps) {
  // Each claim hydrates as a unit of its own (its own render and commit, not the whole page in one
  // long task), and only once it nears the screen (HydrationGate); its prerendered HTML stays meanwhile.
  return (
    <ClaimBoundary claimId={props.claim.id}>
      <Suspense fallback={null}>
        <HydrationGate elementId={claimElementId(props.claim.id)} />
        <ClaimArticle {...props} />
      </Suspense>
    </ClaimBoundary>
  );
});

const claimElementId = (id: string) => `claim-${id}`;

function ClaimArticle({ claim, level = 3, linkToPage = true }: ClaimCardProps) {
  const { t, i18n } = useTranslation(["common", "grades", "claims", "tools"]);
  const lang = useLang();
  // In a language still in progress, an untranslated claim is shown in English, and says so.
  const wordsLang = isClaimTranslated(i18n, claim, lang) ? undefined : "en";
  const Heading = level === 2 ? "h2" : "h3";
  const titleId = `claim-${claim.id}-title`;
  return (
    <article className="claim" id={claimElementId(claim.id)} data-claim-id={claim.id} aria-labelledby={titleId}>
      {wordsLang ? (
        <p className="claim__fallback" role="note">
          {t("claim.untranslated", { language: languageOf(lang).name })}
        </p>
      ) : null}
      <Heading className="claim__title" id={titleId} lang={wordsLang}>
        {claimText(t, claim, "title")}
      </Heading>
      <EvidenceBadge claim={claim} />
      <p className="claim__text" lang={wordsLang}>
        {wordsLang ? claimText(t, claim, "text") : <GlossaryText text={claimText(t, claim, "text")} />}
      </p>
      {claim.origin === "article" ? (
        <div className="claim__article">
          <p>
            <span className="claim__article-label">{t("claim.articleSays")}</span> {claimText(t, claim, "article")}
          </p>
          <p className={`verdict verdict--${claim.verdict}`}>
            <span className="verdict__label">{t("claim.ourVerdict")}</span>{" "}
            <strong>{t(`grades:verdict.${claim.verdict}.label`)}</strong>
          </p>
        </div>
      ) : (
        <p className="claim__added">{t("claim.addedByUs")}</p>
      )}
      <p className="claim__meta">
        <span>
          {t("claim.sources")}{" "}
          {claim.sources.map((id, i) => (
            <span key={id}>
              {i > 0 ? " " : null}
              <SourceRef id={id} />
            </span>
          ))}
        </span>
        <ReviewDates reviewed={claim.reviewed} lang={lang} />
        {linkToPage ? (
          <Link
            className="claim__permalink"
            to={paths.claim(lang, claim.id)}
            aria-label={t("tools:claimPage.openLabel", { title: claimText(t, claim, "title") })}
          >
            {t("tools:claimPage.open")}
          </Link>
        ) : null}
      </p>
    </article>
  );
}
