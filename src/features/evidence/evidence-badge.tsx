import { useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { Claim } from "../../content/schema";
import { designCounts } from "../../content/selectors";
import { sourceNumber } from "../../content/sources";
import { useSourceDetails } from "../sources/use-source-details";
import { paths } from "../../config/paths";
import { formatDate } from "../../i18n/format";
import { useLang } from "../language/use-lang";
import { claimText, isClaimTranslated } from "../claims/claim-text";
import { SourceCitation } from "../sources/source-citation";
import { GradeMeter } from "./grade-meter";
import { gradeLabel } from "./grade-label";

/**
 * The evidence badge: a visible word label and a decorative meter on a real
 * button that opens a panel explaining the grade. Enter/Space opens, Esc closes
 * and returns focus to the button. Carries data-grade (the DOM contract).
 */
export function EvidenceBadge({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation(["common", "grades", "claims"]);
  const lang = useLang();
  const wordsLang = isClaimTranslated(i18n, claim, lang) ? undefined : "en";
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const label = gradeLabel(t, claim, lang);
  const details = useSourceDetails(open);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const root = rootRef.current;
      const active = document.activeElement;
      if (root && (root.contains(active) || active === document.body)) {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  const whyLabel =
    claim.grade === "official"
      ? t("badge.aboutRecord")
      : claim.grade === "high"
        ? t("badge.whatItDoesNotShow")
        : t("badge.whyNotHigher");

  return (
    <div className={`badge badge--${claim.grade}`} data-grade={claim.grade} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="badge__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <GradeMeter grade={claim.grade} />
        <span className="badge__label">{label}</span>
        <span className="visually-hidden"> {t("badge.showDetails")}</span>
      </button>
      {/* The panel's contents exist only while it is open: fewer nodes to download, lay out and hydrate. */}
      <div id={panelId} className="badge__panel" hidden={!open}>
        {open ? (
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
              <dt>{whyLabel}</dt>
              <dd>
                <span lang={wordsLang}>{claimText(t, claim, "whyNotHigher")}</span>
                {claim.downgrades.length > 0 ? (
                  <ul className="plain-list downgrades">
                    {claim.downgrades.map((d) => (
                      <li key={d}>{t(`grades:downgrade.${d}`)}</li>
                    ))}
                  </ul>
                ) : null}
              </dd>
              <dt>{t("badge.sources")}</dt>
              <dd>
                <ol className="plain-list badge__sources">
                  {claim.sources.map((id) => {
                    const source = details?.get(id);
                    return (
                      <li key={id}>
                        <Link to={paths.source(lang, id)}>[{sourceNumber(id)}]</Link>{" "}
                        {source ? <SourceCitation source={source} /> : null}
                      </li>
                    );
                  })}
                </ol>
              </dd>
              <dt>{t("badge.reviewed")}</dt>
              <dd>
                <time dateTime={claim.reviewed}>{formatDate(claim.reviewed, lang)}</time>
              </dd>
            </dl>
            <p className="badge__panel-foot">
              <Link to={`${paths.page(lang, "methodology")}#grades`}>{t("badge.howWeGrade")}</Link>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setOpen(false);
                  buttonRef.current?.focus();
                }}
              >
                {t("badge.close")}
              </button>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
