import { useTranslation } from "../../i18n/use-translation";
import { Disclaimer } from "../../features/help/disclaimer";
import { Link } from "react-router";
import { paths } from "../../config/paths";
import { useLang } from "../../features/language/use-lang";
import { TranslationNote } from "../../features/language/translation-note";

export function AboutPage() {
  const { t } = useTranslation("pages");
  const lang = useLang();
  return (
    <>
      <h1>{t("about.title")}</h1>
      <p className="lead">{t("about.intro")}</p>
      <h2 id="why">{t("about.whyHeading")}</h2>
      <p>{t("about.whyBody")}</p>
      <h2 id="independence">{t("about.independenceHeading")}</h2>
      <p>{t("about.independenceBody")}</p>
      <Disclaimer />
      <h2 id="get-help">{t("about.helpHeading")}</h2>
      <p>
        <Link to={paths.page(lang, "help")}>{t("help.intro")}</Link>
      </p>
      <h2 id="translation">{t("about.translationHeading")}</h2>
      <TranslationNote />
    </>
  );
}
