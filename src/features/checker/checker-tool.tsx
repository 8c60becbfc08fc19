import { startTransition, useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import { claimById } from "../../content/selectors";
import { GRADES, type Claim } from "../../content/schema";
import { SHIPPED, isLang, languageOf, type Lang } from "../../i18n/languages";
import { claimText } from "../claims/claim-text";
import { GradeMeter } from "../evidence/grade-meter";
import { gradeLabel } from "../evidence/grade-label";
import { useLang } from "../language/use-lang";
import type { CheckedSentence } from "./check-text";
import type { LoadedChecker } from "./load-checker";
import { MAX_CHARS } from "./limits";

type Notice = { kind: "empty" } | { kind: "tooLong"; count: number } | null;

interface Results {
  sentences: CheckedSentence[];
  /** A shipped language other than the page's that the text seems to be in. */
  otherLanguage: string | null;
}

/**
 * Paste a text, press Check, see each sentence with the graded claims it makes (or "not graded
 * here"). Runs in the browser only: the text is never sent anywhere or put in the address; a text
 * brought from another language's page arrives in the router's state.
 */
export function CheckerTool() {
  const { t } = useTranslation(["tools", "claims", "grades", "pages", "common"]);
  const lang = useLang();
  const location = useLocation();
  const brought = (location.state as { text?: unknown } | null)?.text;
  const [text, setText] = useState(typeof brought === "string" ? brought : "");
  // The checker built for a language; a page in another language waits for its own.
  const [loaded, setLoaded] = useState<{ lang: string; checker: LoadedChecker } | null>(null);
  const checker = loaded?.lang === lang ? loaded.checker : null;
  const [notice, setNotice] = useState<Notice>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useEffect(() => {
    let live = true;
    void import("./load-checker")
      .then((m) => m.loadChecker(lang, t))
      .then((built) => {
        if (live) setLoaded({ lang, checker: built });
      });
    return () => {
      live = false;
    };
    // The index depends on the page's language only (t follows it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  // New results: move the reader to them (their heading), as a page of results would.
  useEffect(() => {
    if (results) headingRef.current?.focus();
  }, [results]);

  async function check() {
    if (!checker) return;
    if (text.trim() === "") {
      setNotice({ kind: "empty" });
      setResults(null);
      return;
    }
    if (text.length > MAX_CHARS) {
      setNotice({ kind: "tooLong", count: text.length });
      setResults(null);
      return;
    }
    setNotice(null);
    setBusy(true);
    try {
      performance.mark("checker:start");
      const sentences = await checker.checkText(checker.index, text);
      performance.measure("checker:match", "checker:start");
      const detected = checker.detectLanguage(text, checker.stopwordsByLang);
      const otherLanguage = detected && detected !== lang && SHIPPED.some((l) => l.code === detected) ? detected : null;
      // A transition: React renders the (possibly long) results in slices, so no task runs long.
      startTransition(() => {
        setResults({ sentences, otherLanguage });
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form
        className="checker"
        aria-describedby={`${id}-privacy`}
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <p id={`${id}-privacy`} className="checker__privacy">
          {t("checker.privacy")}
        </p>
        <label htmlFor={`${id}-text`}>{t("checker.label")}</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={10}
          value={text}
          aria-describedby={`${id}-count`}
          aria-invalid={notice?.kind === "tooLong" ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <p id={`${id}-count`} className="hint">
          {t("checker.count", { count: text.length, max: MAX_CHARS })}
        </p>
        {notice ? (
          <p className={notice.kind === "tooLong" ? "note note--warning" : "note"} role="alert">
            {notice.kind === "empty"
              ? t("checker.empty")
              : t("checker.tooLong", { count: notice.count, max: MAX_CHARS })}
          </p>
        ) : null}
        <p>
          <button type="submit" className="button" disabled={!checker || busy}>
            {t("checker.submit")}
          </button>{" "}
          {!checker ? <span className="hint">{t("checker.loading")}</span> : null}
        </p>
        <noscript>
          <p className="note">{t("checker.noScript")}</p>
        </noscript>
      </form>
      <p className="visually-hidden checker-status" role="status" aria-live="polite">
        {results ? summaryLine(t, results.sentences) : ""}
      </p>
      {results ? (
        <CheckResults results={results} text={text} headingRef={headingRef} />
      ) : (
        <p className="checker__how">{t("checker.howItWorks")}</p>
      )}
    </>
  );
}

function summaryLine(t: ReturnType<typeof useTranslation>["t"], sentences: readonly CheckedSentence[]): string {
  const matched = sentences.filter((s) => s.matches.length > 0).length;
  return matched === 0
    ? t("checker.summaryNone", { sentences: sentences.length })
    : t("checker.summary", { count: matched, sentences: sentences.length });
}

function CheckResults({
  results,
  text,
  headingRef,
}: {
  results: Results;
  text: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation(["tools", "claims", "grades", "pages", "common"]);
  const lang = useLang();
  const { sentences, otherLanguage } = results;
  const claims = [...new Set(sentences.flatMap((s) => s.matches.map((m) => m.id)))]
    .map((cid) => claimById(cid))
    .filter((c): c is Claim => c !== undefined);
  const byGrade = GRADES.map((grade) => ({ grade, count: claims.filter((c) => c.grade === grade).length })).filter(
    (g) => g.count > 0,
  );
  const unmatched = sentences.filter((s) => s.matches.length === 0);
  return (
    <section aria-labelledby="check-results" className="check-results">
      <h2 id="check-results" ref={headingRef} tabIndex={-1}>
        {t("checker.resultsHeading")}
      </h2>
      {otherLanguage && isLang(otherLanguage) ? (
        <p className="note">
          {t("checker.otherLanguage", { language: languageOf(otherLanguage).name })}{" "}
          <Link to={paths.page(otherLanguage, "check")} state={{ text }} hrefLang={otherLanguage}>
            {t("checker.otherLanguageLink", { language: languageOf(otherLanguage).name })}
          </Link>
        </p>
      ) : null}
      <p>{summaryLine(t, sentences)}</p>
      {claims.length > 0 ? (
        <>
          <p>{t("checker.claimsFound", { count: claims.length })}</p>
          <ul>
            {byGrade.map(({ grade, count }) => (
              <li key={grade}>{t("checker.byGrade", { count, grade: t(`grades:grade.${grade}.label`) })}</li>
            ))}
          </ul>
          <p className="hint">{t("checker.verdictNote")}</p>
        </>
      ) : null}
      <ol className="check-sentences">
        {sentences.map((s, i) =>
          s.matches.length > 0 ? (
            <li key={i} data-check-sentence={s.text} className="check-sentence check-sentence--matched">
              <p className="check-sentence__text">
                <span className="check-sentence__mark">{t("checker.matchedMark")}:</span> <mark>{s.text}</mark>
              </p>
              <ul className="check-sentence__claims" aria-label={t("checker.matchesLabel")}>
                {s.matches.map((m) => {
                  const claim = claimById(m.id);
                  return claim ? <CheckedClaim key={m.id} claim={claim} t={t} lang={lang} /> : null;
                })}
              </ul>
            </li>
          ) : (
            <li key={i} data-check-sentence={s.text} data-unmatched="" className="check-sentence">
              <p className="check-sentence__text">{s.text}</p>
            </li>
          ),
        )}
      </ol>
      <h3>{t("checker.unmatchedHeading")}</h3>
      {unmatched.length > 0 ? (
        <>
          <p>{t("checker.unmatchedIntro")}</p>
          <ul className="check-unmatched">
            {unmatched.map((s, i) => (
              <li key={i}>{s.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("checker.unmatchedNone")}</p>
      )}
      <p>
        <Link to={paths.page(lang, "claims")}>{t("pages:claims.title")}</Link>
      </p>
    </section>
  );
}

/** One claim a sentence makes: its title linking to its page, its badge (the grade in words, on a meter), our verdict. */
function CheckedClaim({ claim, t, lang }: { claim: Claim; t: ReturnType<typeof useTranslation>["t"]; lang: Lang }) {
  return (
    <li data-claim-id={claim.id} className="check-claim">
      <Link to={paths.claim(lang, claim.id)} className="check-claim__title">
        {claimText(t, claim, "title")}
      </Link>
      <span className={`badge badge--${claim.grade} check-claim__badge`} data-grade={claim.grade}>
        <GradeMeter grade={claim.grade} /> <span className="badge__label">{gradeLabel(t, claim, lang)}</span>
      </span>
      {claim.origin === "article" ? (
        <p className="check-claim__verdict">
          {t("checker.verdictLabel")} <strong>{t(`grades:verdict.${claim.verdict}.label`)}</strong>
        </p>
      ) : null}
    </li>
  );
}
