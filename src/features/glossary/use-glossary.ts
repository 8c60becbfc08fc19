import { useTranslation } from "react-i18next";
import type { Glossary } from "./find-terms";

/** The glossary of the current language (locales/<lng>/glossary.json). */
export function useGlossary(): Glossary {
  const { t } = useTranslation("glossary");
  const terms = t("terms", { returnObjects: true }) as unknown;
  return terms && typeof terms === "object" ? (terms as Glossary) : {};
}
