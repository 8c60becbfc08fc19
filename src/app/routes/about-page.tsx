import { useTranslation } from "react-i18next";
import { Disclaimer } from "../../features/help/disclaimer";
import { HelpLines } from "../../features/help/help-lines";
import { TranslationNote } from "../../features/language/translation-note";

export function AboutPage() {
  const { t } = useTranslation("pages");
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
      <HelpLines region="US" />
      <h2 id="translation">{t("about.translationHeading")}</h2>
      <TranslationNote />
    </>
  );
}
