import { Fragment } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { SectionId } from "../../content/schema";
import { claimsInSection, claimsInSubsection, lastReviewed, subsectionsOf } from "../../content/selectors";
import { ClaimCard } from "../../features/claims/claim-card";
import { ClinicianNote } from "../../features/help/clinician-note";
import { useLang } from "../../features/language/use-lang";
import { ReviewDates } from "../../components/ui/review-dates";
import { GradeChart } from "../../features/charts";
import { PrintFootnotes } from "../../features/sources/print-footnotes";

/** One of the article's sections: its subsections (<h2 id>) and their graded claims. */
export function SectionPage({ section }: { section: SectionId }) {
  const { t } = useTranslation(["pages", "common"]);
  const lang = useLang();
  const subsections = subsectionsOf(section);
  const all = claimsInSection(section);
  const reviewed = lastReviewed(all);
  return (
    <>
      <h1>{t(`${section}.title`)}</h1>
      <p className="lead">{t(`${section}.intro`)}</p>
      <p className="page-facts">
        {t("common:section.claimCount", { count: all.length })} <ReviewDates reviewed={reviewed} lang={lang} />
      </p>
      <nav className="toc" aria-label={t("common:section.onThisPage")}>
        <ul>
          {subsections.map((sub) => (
            <li key={sub}>
              <a href={`#${sub}`}>{t(`subsections.${sub}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <GradeChart claims={all} />
      {subsections.map((sub) => (
        <Fragment key={sub}>
          <section className="subsection" aria-labelledby={sub}>
            <h2 id={sub}>{t(`subsections.${sub}.title`)}</h2>
            <p>{t(`subsections.${sub}.intro`)}</p>
            {claimsInSubsection(sub).map((claim) => (
              <ClaimCard key={claim.id} claim={claim} />
            ))}
          </section>
        </Fragment>
      ))}
      <ClinicianNote />
      <PrintFootnotes claims={all} />
    </>
  );
}
