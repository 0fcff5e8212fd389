/**
 * The pane's languages: English and Simplified Chinese, the strings of each, and the React
 * context that hands the current ones to components.
 */
import { createContext, useContext } from "react";
import { en, type Strings } from "./en";
import { zh } from "./zh";

/** A UI language. */
export type Language = "en" | "zh";

export type { Strings };

/** The strings of each language. */
export const STRINGS: Readonly<Record<Language, Strings>> = { en, zh };

/** The current language and its strings. */
export interface I18n {
  language: Language;
  t: Strings;
}

/** Provided by the pane's root; English until then. */
export const I18nContext = createContext<I18n>({ language: "en", t: en });

/** The current language and strings. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
