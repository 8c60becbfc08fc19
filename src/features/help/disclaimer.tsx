import { useTranslation } from "react-i18next";

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
