import { useTranslation } from "../../i18n/use-translation";
import { ClinicianNote } from "../../features/help/clinician-note";
import { CountryHelp } from "../../features/help/country-help";

/** Help lines and poison centres where the reader is. */
export function HelpPage() {
  const { t } = useTranslation("pages");
  return (
    <>
      <h1>{t("help.title")}</h1>
      <p className="lead">{t("help.intro")}</p>
      <CountryHelp />
      <ClinicianNote />
    </>
  );
}
