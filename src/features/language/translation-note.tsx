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
        <>
          <p>{t("translation.softwareAssisted", { date: formatDate(translation.date, lang) })}</p>
          <p>{t("translation.backTranslation", { date: formatDate(translation.checked, lang) })}</p>
        </>
      )}
      <p>{t("translation.corrections")}</p>
    </div>
  );
}

/** On a claim page in a translated language: how this claim's words were made and checked. */
export function ClaimTranslationNote() {
  const { t } = useTranslation("tools");
  const lang = useLang();
  const { translation } = languageOf(lang);
  if (translation.method === "source") return null;
  return (
    <section aria-labelledby="claim-translation" className="translation-note">
      <h2 id="claim-translation">{t("tools:claimPage.translationHeading")}</h2>
      <p>
        {t("tools:claimPage.translationClaim", {
          translated: formatDate(translation.date, lang),
          checked: formatDate(translation.checked, lang),
        })}
      </p>
    </section>
  );
}
