import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import { useLang } from "../language/use-lang";

/** "Talk to a clinician" and where to get help, at the end of every content page. */
export function ClinicianNote() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <aside className="note note--clinician" aria-labelledby="clinician-note-title">
      <h2 id="clinician-note-title">{t("clinician.title")}</h2>
      <p>{t("clinician.body")}</p>
      <p>
        <Link to={paths.page(lang, "help")}>{t("clinician.helpLink")}</Link>
      </p>
    </aside>
  );
}
