import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import { SECTION_IDS } from "../../content/schema";
import { useLang } from "../../features/language/use-lang";

/** An unknown page inside a known language: say so, and offer every way on. */
export function NotFoundPage() {
  const { t } = useTranslation("pages");
  const lang = useLang();
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p className="lead">{t("notFound.body")}</p>
      <ul>
        <li>
          <Link to={paths.home(lang)}>{t("notFound.home")}</Link>
        </li>
        {SECTION_IDS.map((id) => (
          <li key={id}>
            <Link to={paths.page(lang, id)}>{t(`${id}.title`)}</Link>
          </li>
        ))}
        {(["claims", "help", "methodology", "sources", "about"] as const).map((id) => (
          <li key={id}>
            <Link to={paths.page(lang, id)}>{t(`${id}.title`)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
