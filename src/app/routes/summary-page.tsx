import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import type { Claim, SubsectionId } from "../../content/schema";
import { allClaims, keyMessages, lastReviewed } from "../../content/selectors";
import { loadedSourceDetails, sourceNumber } from "../../content/sources";
import { ReviewDates } from "../../components/ui/review-dates";
import { claimText } from "../../features/claims/claim-text";
import { gradeLabel } from "../../features/evidence/grade-label";
import { Disclaimer } from "../../features/help/disclaimer";
import { useLang } from "../../features/language/use-lang";
import { SourceCitation } from "../../features/sources/source-citation";

/** The safety findings a clinician most needs, by subsection. */
const SAFETY: readonly SubsectionId[] = [
  "side-effects",
  "drug-interactions",
  "liver",
  "withdrawal",
  "tolerance",
  "pregnancy",
  "precautions",
];

/** One claim, compact and printable: its title, grade in words, text and source numbers. */
function SummaryClaim({ claim }: { claim: Claim }) {
  const { t } = useTranslation(["common", "grades", "claims"]);
  const lang = useLang();
  return (
    <li className="summary-claim" data-claim-id={claim.id}>
      <h3 className="summary-claim__title">
        <Link to={paths.claim(lang, claim.id)}>{claimText(t, claim, "title")}</Link>
      </h3>
      <p>
        <strong className="summary-claim__grade" data-grade={claim.grade}>
          {gradeLabel(t, claim, lang)}
        </strong>
        {". "}
        {claimText(t, claim, "text")}{" "}
        <span className="summary-claim__refs">[{claim.sources.map(sourceNumber).join(", ")}]</span>
      </p>
    </li>
  );
}

/** A headed list of summary claims. */
function SummarySection({ id, heading, claims }: { id: string; heading: string; claims: readonly Claim[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="summary-list">
        {claims.map((claim) => (
          <SummaryClaim key={claim.id} claim={claim} />
        ))}
      </ul>
    </section>
  );
}

/** The summary's claims: the key messages, then the safety findings that are not among them. */
function summaryParts(): { key: readonly Claim[]; safety: readonly Claim[] } {
  const key = keyMessages();
  const keyIds = new Set(key.map((c) => c.id));
  const safety = allClaims().filter(
    (c) => (SAFETY as readonly string[]).includes(c.subsection) && !keyIds.has(c.id) && c.grade !== "none",
  );
  return { key, safety };
}

/** Every claim the summary shows, in its order (for its structured data). */
export function summaryClaims(): readonly Claim[] {
  const { key, safety } = summaryParts();
  return [...key, ...safety];
}

/** A one-page, printable summary for a clinician: key points, safety, grades, sources, review date. */
export function SummaryPage() {
  const { t } = useTranslation(["pages", "common"]);
  const lang = useLang();
  const { key, safety } = summaryParts();
  const shown = [...key, ...safety];
  const sourceIds = [...new Set(shown.flatMap((c) => c.sources))].sort((a, b) => sourceNumber(a) - sourceNumber(b));
  const details = loadedSourceDetails();
  return (
    <div className="summary">
      <h1>{t("pages:summary.title")}</h1>
      <p className="lead">{t("pages:summary.intro")}</p>
      <p className="no-print">
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          {t("pages:summary.print")}
        </button>
      </p>
      <p className="note">{t("pages:summary.forPatient")}</p>
      <SummarySection id="summary-key" heading={t("pages:summary.keyPoints")} claims={key} />
      <SummarySection id="summary-safety" heading={t("pages:summary.safety")} claims={safety} />
      <section aria-labelledby="summary-sources">
        <h2 id="summary-sources">{t("pages:summary.sourcesHeading")}</h2>
        <ol className="summary-sources">
          {sourceIds.map((id) => {
            const source = details?.get(id);
            return source ? (
              <li key={id} value={sourceNumber(id)}>
                <SourceCitation source={source} />
              </li>
            ) : null;
          })}
        </ol>
      </section>
      <p className="page-facts">
        <ReviewDates reviewed={lastReviewed(shown)} lang={lang} />
      </p>
      <Disclaimer />
    </div>
  );
}
