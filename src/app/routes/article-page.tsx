import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import { SECTION_IDS, VERDICTS, type ArticleClaim } from "../../content/schema";
import { allClaims } from "../../content/selectors";
import { claimText } from "../../features/claims/claim-text";
import { EvidenceBadge } from "../../features/evidence/evidence-badge";
import { useLang } from "../../features/language/use-lang";
import { PrintFootnotes } from "../../features/sources/print-footnotes";

/** "Behind the headlines": the article's claims in its own order, each with our verdict and badge. */
export function ArticlePage() {
  const { t } = useTranslation(["tools", "pages", "grades", "claims"]);
  const lang = useLang();
  const articleClaims = allClaims().filter((c): c is ArticleClaim => c.origin === "article");
  const number = new Map(articleClaims.map((c, i) => [c.id, i + 1]));
  return (
    <>
      <h1>{t("pages:article.title")}</h1>
      <p className="lead">{t("pages:article.intro")}</p>
      <p>
        <Link to={paths.page(lang, "check")}>{t("tools:checker.linkFromHome")}</Link>
      </p>
      <section aria-labelledby="verdicts">
        <h2 id="verdicts">{t("article.verdictsHeading")}</h2>
        <table className="data-table">
          <caption>{t("article.verdictsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("article.verdictColumn")}</th>
              <th scope="col">{t("article.countColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {VERDICTS.map((verdict) => (
              <tr key={verdict} data-verdict={verdict}>
                <th scope="row">{t(`grades:verdict.${verdict}.label`)}</th>
                <td>
                  {t("explorer.valueCount", { count: articleClaims.filter((c) => c.verdict === verdict).length })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {SECTION_IDS.map((section) => (
        <section key={section} aria-labelledby={`article-${section}`}>
          <h2 id={`article-${section}`}>{t(`pages:${section}.title`)}</h2>
          <ol className="walk">
            {articleClaims
              .filter((c) => c.section === section)
              .map((claim) => (
                <li
                  key={claim.id}
                  value={number.get(claim.id)}
                  className="walk__item"
                  data-claim-id={claim.id}
                  aria-labelledby={`walk-${claim.id}`}
                >
                  <h3 className="walk__claim" id={`walk-${claim.id}`}>
                    {claimText(t, claim, "article")}
                  </h3>
                  <p className={`verdict verdict--${claim.verdict}`}>
                    <span className="verdict__label">{t("claimPage.verdict")}:</span>{" "}
                    <strong>{t(`grades:verdict.${claim.verdict}.label`)}</strong>
                  </p>
                  <EvidenceBadge claim={claim} />
                  <p>
                    <span className="claim__article-label">{t("article.evidence")}</span> {claimText(t, claim, "text")}
                  </p>
                  <p>
                    <Link
                      to={paths.claim(lang, claim.id)}
                      aria-label={`${t("article.readMore")}: ${claimText(t, claim, "title")}`}
                    >
                      {t("article.readMore")}
                    </Link>
                  </p>
                </li>
              ))}
          </ol>
        </section>
      ))}
      <PrintFootnotes claims={articleClaims} />
    </>
  );
}
