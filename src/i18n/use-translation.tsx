import type { TFunction, i18n as I18n } from "i18next";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useTranslation as useReactI18next } from "react-i18next";
import { i18n as instance } from "./index";
import type { Namespace } from "./languages";

interface Translations {
  i18n: I18n;
  language: string;
  /** One t() per namespace for the current language, shared by every component. */
  fixed: Map<string, TFunction>;
}

const TranslationContext = createContext<Translations | null>(null);

/**
 * The one subscription to i18next for the whole page (react-i18next's hook, here
 * only): re-renders its readers when the language changes. react-i18next's
 * useTranslation in every component copies the i18next instance once per
 * component (measured: 115 copies while hydrating one section page, ~20 ms of
 * main-thread work plus garbage); reading it from context costs nothing.
 */
export function TranslationProvider({ children }: { children: ReactNode }) {
  const { i18n } = useReactI18next();
  const language = i18n.language;
  const value = useMemo<Translations>(() => ({ i18n: instance, language, fixed: new Map() }), [language]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

/**
 * Same use as react-i18next's hook: `t` for the first namespace given (others by
 * "ns:key"). Outside a TranslationProvider (a component tested on its own) it
 * reads the current language without subscribing to changes.
 */
export function useTranslation(ns?: Namespace | readonly Namespace[]): { t: TFunction; i18n: I18n } {
  const context = useContext(TranslationContext);
  const namespace = (typeof ns === "string" ? ns : ns?.[0]) ?? "common";
  const i18n = context?.i18n ?? instance;
  let t = context?.fixed.get(namespace);
  if (!t) {
    t = i18n.getFixedT(context?.language ?? i18n.language, namespace);
    context?.fixed.set(namespace, t);
  }
  return { t, i18n };
}
