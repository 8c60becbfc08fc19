import { useTranslation } from "../../i18n/use-translation";

/** The visible medical disclaimer. */
export function Disclaimer() {
  const { t } = useTranslation();
  return (
    <aside className="note note--disclaimer" aria-labelledby="disclaimer-title">
      <h2 id="disclaimer-title">{t("disclaimer.title")}</h2>
      <p>{t("disclaimer.body")}</p>
    </aside>
  );
}
