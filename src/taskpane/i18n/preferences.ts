/**
 * The user's pane preferences: UI language (null = follow Office's display language) and the
 * money unit figures are shown in. Saved in the page's storage (OfficeRuntime.storage in Excel,
 * localStorage in the browser); unreadable preferences are the defaults.
 */
import type { KeyValueStorage } from "../../data/storage";
import type { Language } from "./";

/** The money units the pane offers: 元, 万元, 亿元. */
export type PaneUnitId = "yuan" | "wan" | "yi";

/** What the user chose in the pane. */
export interface Preferences {
  /** null: follow Office's display language. */
  language: Language | null;
  unit: PaneUnitId;
}

/** The storage key of the preferences. */
export const PREFERENCES_KEY = "ai-policy-atlas/preferences";

/** The defaults: follow Office, figures in yuan. */
export const DEFAULT_PREFERENCES: Preferences = { language: null, unit: "yuan" };

const UNIT_IDS: readonly PaneUnitId[] = ["yuan", "wan", "yi"];

/** The saved preferences, or the defaults. Never throws. */
export async function loadPreferences(storage: KeyValueStorage): Promise<Preferences> {
  try {
    const raw = await storage.getItem(PREFERENCES_KEY);
    if (raw === null) return DEFAULT_PREFERENCES;
    const value = JSON.parse(raw) as { language?: unknown; unit?: unknown };
    return {
      language: value.language === "en" || value.language === "zh" ? value.language : null,
      unit: UNIT_IDS.find((u) => u === value.unit) ?? DEFAULT_PREFERENCES.unit,
    };
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/** Saves the preferences; rejects when the storage refuses (the caller shows it). */
export function savePreferences(storage: KeyValueStorage, preferences: Preferences): Promise<void> {
  return storage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
}

/** The UI language for an Office display language (`zh-CN`, `zh-TW`… → Chinese; anything else English). */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}
