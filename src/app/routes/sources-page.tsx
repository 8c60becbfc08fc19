import { Suspense } from "react";
import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import { loadedSourceDetails } from "../../content/sources";
import { claimsCiting, lastReviewed } from "../../content/selectors";
import { claimText } from "../../features/claims/claim-text";
import { useLang } from "../../features/language/use-lang";
import { SourceCitation } from "../../features/sources/source-citation";
import type { SourceDetails } from "../../content/schema";
import { DeferredCiteThis } from "../../features/cite/deferred-cite-this";

/** The numbered bibliography, each entry with links back to the claims that cite it. */
export function SourcesPage() {
  const { t } = useTranslation(["pages", "common", "claims"]);
  const lang = useLang();
  // The route's lazy loader has loaded the details before this renders.
  const sources = [...(loadedSourceDetails()?.values() ?? [])];
  return (
    <>
      <h1>{t("sources.title")}</h1>
      <p className="lead">{t("sources.intro")}</p>
      <DeferredCiteThis
        title={t("sources.title")}
        reviewed={lastReviewed()}
        path={paths.page(lang, "sources")}
        sourceIds={sources.map((s) => s.id)}
        fileName="kratom-evidence-sources"
      />
      <ol className="bibliography">
        {sources.map((source, index) => {
          return (
            <li key={source.id} id={`source-${source.id}`} value={index + 1} className="bibliography__entry">
              <div className="bibliography__body">
                {/* Each entry hydrates as a unit of its own (short tasks). Not gated (HydrationGate): with 77
                    entries waiting, React's one commit of them all took ~15 ms, more than it saved. */}
                <Suspense fallback={null}>
                  <SourceEntry source={source} />
                </Suspense>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** One entry's words: rendered only when the entry hydrates (or the page renders in the browser). */
function SourceEntry({ source }: { source: SourceDetails }) {
  const { t } = useTranslation(["pages", "common", "claims"]);
  const lang = useLang();
  const citing = claimsCiting(source.id);
  return (
    <>
      <p>
        <SourceCitation source={source} />
      </p>
      <p className="bibliography__population">
        <span className="bibliography__label">{t("common:sources.studied")}</span>{" "}
        <span lang="en" dir="ltr">
          {source.population}
        </span>
      </p>
      {citing.length > 0 ? (
        <div className="bibliography__citing">
          <span className="bibliography__label">{t("common:sources.citedBy")}</span>
          <ul>
            {citing.map((claim) => (
              <li key={claim.id}>
                <Link to={paths.claim(lang, claim.id)}>{claimText(t, claim, "title")}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="bibliography__citing">{t("common:sources.notCited")}</p>
      )}
    </>
  );
}
