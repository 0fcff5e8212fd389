/**
 * The optional check for a newer dataset when the add-in starts (a setting, off by default). It
 * never delays the custom functions: the caller starts it after registration without awaiting,
 * and it first yields a macrotask so not even its setup runs in the caller's turn. A newer valid
 * dataset is loaded through the same path as a refresh (never an older one: that needs a user).
 */
import { refreshDataset, type RefreshOptions, type RefreshResult } from "./refresh";
import { loadSettings } from "./settings";
import type { KeyValueStorage } from "./storage";

/** How to check on start. */
export interface StartCheckOptions extends Omit<RefreshOptions, "url" | "allowOlder" | "storage"> {
  storage: KeyValueStorage;
  /** The URL used when none is configured (the dataset the build publishes on the add-in's host). */
  defaultUrl: string;
  /** Wait this long before starting (default 0: the next macrotask). */
  delayMs?: number;
}

/** "off" when the setting is off; otherwise what the refresh did. */
export type StartCheckResult = { status: "off" } | RefreshResult;

/** Looks for (and loads) a newer dataset if the user turned the start-up check on. Never throws. */
export async function checkOnStart(options: StartCheckOptions): Promise<StartCheckResult> {
  const { storage, defaultUrl, delayMs, ...refresh } = options;
  await new Promise<void>((resolve) => setTimeout(resolve, delayMs ?? 0));
  const settings = await loadSettings(storage, defaultUrl);
  if (!settings.checkOnStart) return { status: "off" };
  return refreshDataset({ ...refresh, url: settings.refreshUrl, storage, allowOlder: false });
}
