import { Link, isRouteErrorResponse, useLocation, useRouteError, useRouteLoaderData } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { isPageSlug, paths, splitPath } from "../../config/paths";
import { SHIPPED, SOURCE_LANG, type Lang } from "../../i18n/languages";
import { SkipLink } from "../../components/ui/skip-link";
import { useDocumentMeta } from "../use-document-meta";
import type { RootData } from "../root-loader";

/**
 * Shown when a language route fails: an unknown language prefix offers the same
 * page in each language we have; anything else gets a plain apology. Written in
 * the reader's language (saved choice or browser), which the root loader loaded.
 */
export function RouteError() {
  const error = useRouteError();
  const { pathname } = useLocation();
  const root = useRouteLoaderData<RootData>("root");
  const uiLang: Lang = root?.uiLang ?? SOURCE_LANG;
  const { t } = useTranslation("pages");
  const unknownLanguage = isRouteErrorResponse(error) && error.status === 404;
  useDocumentMeta(uiLang, unknownLanguage ? "unknownLanguage" : "notFound");
  if (!unknownLanguage) console.error(error);
  const { lang, rest } = splitPath(pathname);
  const slug = isPageSlug(rest) ? rest : "";
  return (
    <>
      <SkipLink />
      <main id="main" className="main" tabIndex={-1}>
        {unknownLanguage ? (
          <>
            <h1>{t("unknownLanguage.title")}</h1>
            <p className="lead">{t("unknownLanguage.body", { code: lang })}</p>
            <ul className="language-choices">
              {SHIPPED.map((language) => (
                <li key={language.code}>
                  <Link to={paths.page(language.code, slug)} lang={language.code} hrefLang={language.code}>
                    {language.name}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <h1>{t("error.title")}</h1>
            <p className="lead">{t("error.body")}</p>
            <p>
              <Link to={paths.home(uiLang)}>{t("notFound.home")}</Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
