import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { TOOL_PAGES, paths } from "../../config/paths";
import { allClaims } from "../../content/selectors";
import { EvidencePyramid, GradeChart } from "../../features/charts";
import { PrintFootnotes } from "../../features/sources/print-footnotes";
import { SECTION_IDS } from "../../content/schema";
import { claimsInSection, keyMessages } from "../../content/selectors";
import { ClaimCard } from "../../features/claims/claim-card";
import { Disclaimer } from "../../features/help/disclaimer";
import { useLang } from "../../features/language/use-lang";

export function HomePage() {
  const { t } = useTranslation(["pages", "common", "tools"]);
  const lang = useLang();
  return (
    <>
      <h1>{t("home.heading")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <Disclaimer />
      <section aria-labelledby="bottom-line">
        <h2 id="bottom-line">{t("home.bottomLine")}</h2>
        <p>{t("home.bottomLineIntro")}</p>
        {keyMessages().map((claim) => (
          <ClaimCard key={claim.id} claim={claim} />
        ))}
      </section>
      <section aria-labelledby="tools">
        <h2 id="tools">{t("tools:home.toolsHeading")}</h2>
        <ul className="tool-links">
          {TOOL_PAGES.map((page) => (
            <li key={page}>
              <Link to={paths.page(lang, page)}>{t(`${page}.title`)}</Link>: {t(`tools:home.${page}`)}
            </li>
          ))}
        </ul>
      </section>
      <GradeChart claims={allClaims()} />
      <EvidencePyramid claims={allClaims()} />
      <section aria-labelledby="sections">
        <h2 id="sections">{t("home.sectionsHeading")}</h2>
        <ul className="section-cards">
          {SECTION_IDS.map((id) => (
            <li key={id} className="section-card">
              <Link to={paths.page(lang, id)} className="section-card__link">
                {t(`${id}.title`)}
              </Link>
              <p>{t(`${id}.description`)}</p>
              <p className="section-card__count">
                {t("common:section.claimCount", { count: claimsInSection(id).length })}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="reading-badges">
        <h2 id="reading-badges">{t("home.badgesHeading")}</h2>
        <p>{t("home.badgesIntro")}</p>
        <p>
          <Link to={paths.page(lang, "methodology")}>{t("home.badgesLink")}</Link>
        </p>
      </section>
      <PrintFootnotes claims={keyMessages()} />
    </>
  );
}
