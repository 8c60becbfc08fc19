import { startTransition, useEffect, useId, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import type { TFunction } from "i18next";
import type { Claim } from "../../content/schema";
import { allClaims } from "../../content/selectors";
import { DeferredClaimList } from "../../features/claims/deferred-claim-list";
import { claimText } from "../../features/claims/claim-text";
import {
  FACET_NAMES,
  FACETS,
  applyFilters,
  facetCounts,
  parseFilters,
  serializeFilters,
  toggleValue,
  type Facet,
  type Filters,
  type ParsedFilters,
} from "../../features/explorer/filters";
import { textMatcher } from "../../features/explorer/search";
import { useHydrated } from "../../hooks/use-hydrated";
import { paths } from "../../config/paths";
import { useLang } from "../../features/language/use-lang";

const NO_FILTERS = parseFilters(new URLSearchParams());

function valueLabel(t: TFunction, facet: Facet, value: string): string {
  switch (facet) {
    case "grade":
      return t(`grades:grade.${value}.label`);
    case "section":
      return t(`pages:${value}.short`);
    case "verdict":
      return t(`grades:verdict.${value}.label`);
    case "origin":
      return t(`tools:explorer.originValue.${value}`);
  }
}

/** Every claim, with filters and a search that live in the URL so a view can be shared. */
export function ClaimsPage() {
  const { t } = useTranslation(["tools", "pages", "grades", "claims"]);
  const [params, setParams] = useSearchParams();
  const lang = useLang();
  // The prerendered HTML lists every claim; the URL's filters apply once hydrated.
  const hydrated = useHydrated();
  // Filters from the URL change the results, which hydrate late (DeferredClaimList): apply them
  // once the list's code is here, so the prerendered list is never blanked while it loads.
  const [listReady, setListReady] = useState(false);
  useEffect(() => {
    let live = true;
    DeferredClaimList.preload().then(
      () => {
        // A transition: re-rendering the list for the URL's filters yields to the reader between cards.
        if (live) startTransition(() => setListReady(true));
      },
      // Its code gone after a deploy: rendering the list fails the same way, and that reloads the page.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  // What the reader sets is shown at once and written to the URL (which updates a moment later);
  // a URL change that is not ours (back, forward, a link) replaces it.
  const [local, setLocal] = useState<Filters | null>(null);
  const written = useRef(new Set<string>());
  const search = params.toString();
  useEffect(() => {
    if (!written.current.has(search)) setLocal(null);
  }, [search]);
  const fromUrl = hydrated && listReady ? parseFilters(params) : NO_FILTERS;
  const filters: ParsedFilters = local ? { ...local, ignored: [] } : fromUrl;
  const searchId = useId();
  const claims = allClaims();
  const textOf = (c: Claim) =>
    [claimText(t, c, "title"), claimText(t, c, "text"), c.origin === "article" ? claimText(t, c, "article") : ""].join(
      " ",
    );
  const active = filters.query.trim() !== "" || FACET_NAMES.some((f) => filters.values[f].length > 0);
  // Unfiltered, the list is the very array the prerendered page showed: cards not hydrated yet stay so.
  // Each claim's words are looked up and folded once per render, and only when there is a query.
  const textMatches = textMatcher(filters.query, textOf);
  const shown = active ? applyFilters(claims, filters, textMatches) : claims;
  const update = (next: Filters) => {
    const nextParams = serializeFilters(next);
    written.current.add(nextParams.toString());
    setLocal(next);
    setParams(nextParams, { replace: true, preventScrollReset: true });
  };

  return (
    <>
      <h1>{t("pages:claims.title")}</h1>
      <p className="lead">{t("pages:claims.intro")}</p>
      <p>
        <Link to={paths.page(lang, "check")}>{t("explorer.checkLink")}</Link>
      </p>
      {filters.ignored.length > 0 ? (
        <p className="note note--warning" role="note" data-testid="ignored-filters">
          {t("explorer.ignored", { values: filters.ignored.join(", ") })}
        </p>
      ) : null}
      <form
        className="explorer"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <p className="explorer__search">
          <label htmlFor={searchId}>{t("explorer.searchLabel")}</label>
          <input
            id={searchId}
            type="search"
            name="q"
            value={filters.query}
            aria-describedby={`${searchId}-hint`}
            onChange={(event) => {
              update({ ...filters, query: event.target.value });
            }}
          />
          <span className="hint" id={`${searchId}-hint`}>
            {t("explorer.searchHint")}
          </span>
        </p>
        <div className="explorer__facets">
          {FACET_NAMES.map((facet) => {
            const counts = facetCounts(claims, filters, facet, textMatches);
            return (
              <fieldset key={facet} className="facet">
                <legend>{t(`explorer.${facet}`)}</legend>
                <ul>
                  {FACETS[facet].map((value) => (
                    <li key={value}>
                      <label>
                        <input
                          type="checkbox"
                          name={facet}
                          value={value}
                          checked={filters.values[facet].includes(value)}
                          onChange={() => {
                            update(toggleValue(filters, facet, value));
                          }}
                        />{" "}
                        {valueLabel(t, facet, value)}{" "}
                        <span className="facet__count">
                          ({t("explorer.valueCount", { count: counts.get(value) ?? 0 })})
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
        </div>
        <p>
          <button
            type="button"
            className="button"
            disabled={!active}
            onClick={() => {
              update(NO_FILTERS);
            }}
          >
            {t("explorer.clear")}
          </button>
        </p>
      </form>
      <h2 id="results">{t("explorer.results")}</h2>
      <p role="status" className="explorer__status">
        {t("explorer.shown", { count: shown.length, total: claims.length })}
      </p>
      {shown.length === 0 ? <p className="explorer__empty">{t("explorer.empty")}</p> : null}
      <div className="explorer__results">
        <DeferredClaimList claims={shown} />
      </div>
    </>
  );
}
