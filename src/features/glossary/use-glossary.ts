import { useTranslation } from "../../i18n/use-translation";
import type { Glossary } from "./find-terms";

/**
 * Built once per language bundle: every claim text asks for the glossary, and
 * resolving the whole tree through t() costs ~150 calls each time (measured:
 * 2,100 t() calls while hydrating one section page, 1,700 of them here).
 */
const built = new WeakMap<object, Glossary>();

/** The glossary of the current language (locales/<lng>/glossary.json). */
export function useGlossary(): Glossary {
  const { t, i18n } = useTranslation("glossary");
  const bundle = i18n.getResourceBundle(i18n.language, "glossary") as object | undefined;
  const cached = bundle ? built.get(bundle) : undefined;
  if (cached) return cached;
  const terms = t("terms", { returnObjects: true }) as unknown;
  const glossary = terms && typeof terms === "object" ? (terms as Glossary) : {};
  if (bundle) built.set(bundle, glossary);
  return glossary;
}
