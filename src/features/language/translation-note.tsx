import { useTranslation } from "../../i18n/use-translation";
import { formatDate } from "../../i18n/format";
import { languageOf } from "../../i18n/languages";
import { useLang } from "./use-lang";

/** Says honestly how this language's text was made, when, and that corrections are welcome. */
export function TranslationNote() {
  const { t } = useTranslation("pages");
  const lang = useLang();
  const { translation } = languageOf(lang);
  return (
    <div className="translation-note">
      {translation.method === "source" ? (
        <p>{t("translation.source")}</p>
      ) : (
        <p>{t("translation.softwareAssisted", { date: formatDate(translation.date, lang) })}</p>
      )}
      <p>{t("translation.corrections")}</p>
    </div>
  );
}
