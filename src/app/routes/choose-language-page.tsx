import { useEffect } from "react";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import { SHIPPED, pickLanguage, readSavedLanguage } from "../../i18n/languages";
import { useDocumentMeta } from "../use-document-meta";
import { SkipLink } from "../../components/ui/skip-link";

/**
 * "/": sends the reader to their language (saved choice, then the browser's
 * languages, else English). Without JavaScript it is a list of languages.
 */
export function ChooseLanguagePage() {
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  useDocumentMeta("en", "chooseLanguage");
  useEffect(() => {
    const lang = pickLanguage(readSavedLanguage(), [...navigator.languages, navigator.language]);
    void navigate(paths.home(lang), { replace: true });
  }, [navigate]);
  return (
    <>
      <SkipLink />
      <main id="main" className="main main--choose" tabIndex={-1}>
        <h1>{i18n.getFixedT("en", "common")("siteName")}</h1>
        <ul className="language-choices">
          {SHIPPED.map((language) => {
            const t = i18n.getFixedT(language.code, "common");
            return (
              <li key={language.code} lang={language.code} dir={language.dir}>
                <Link to={paths.home(language.code)} hrefLang={language.code}>
                  {t("language.readIn")}
                </Link>{" "}
                <span>{t("tagline")}</span>
              </li>
            );
          })}
        </ul>
      </main>
    </>
  );
}
