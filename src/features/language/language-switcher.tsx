import { Link, useLocation, useNavigate } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { switchLanguagePath } from "../../config/paths";
import { SHIPPED, saveLanguage, type Lang } from "../../i18n/languages";

/**
 * Lists the shipped languages by their own names. Choosing one keeps the reader
 * on the same page, anchor and filters, and remembers the choice.
 */
export function LanguageSwitcher({ current }: { current: Lang }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <nav className="lang-switcher" aria-label={t("language.label")}>
      <ul className="inline-list">
        {SHIPPED.map((language) => {
          const to = switchLanguagePath(pathname, language.code);
          const isCurrent = language.code === current;
          return (
            <li key={language.code}>
              <Link
                to={to}
                lang={language.code}
                hrefLang={language.code}
                aria-current={isCurrent ? "true" : undefined}
                onClick={(event) => {
                  saveLanguage(language.code);
                  // The anchor and the query (e.g. the explorer's filters) are not in the rendered
                  // href (the prerendered HTML cannot know them): keep them.
                  const { hash, search } = window.location;
                  if (hash || search) {
                    event.preventDefault();
                    void navigate({ pathname: to, search, hash });
                  }
                }}
              >
                {language.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
