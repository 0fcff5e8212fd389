/**
 * The refresh settings a user (or a firm) changes in the pane: the dataset URL (default: the one
 * the build publishes on the add-in's own host) and whether to check for a newer version on
 * start (off by default). Kept in the same storage as the dataset; unreadable settings are the
 * defaults, never an error at start-up.
 */
import * as z from "zod/mini";
import { parseJsonSafely } from "./parse-dataset";
import { RefreshFailure, describeThrown, type RefreshError } from "./refresh-error";
import { fail } from "./messages";
import type { KeyValueStorage } from "./storage";
import { checkDataUrl } from "./url-rule";

/** The storage key of the settings. */
export const SETTINGS_KEY = "ai-policy-atlas/settings";

const StoredSettings = z.strictObject({
  /** null: the default URL. */
  refreshUrl: z._default(z.nullable(z.string()), null),
  checkOnStart: z._default(z.boolean(), false),
});

/** The settings in effect. */
export interface RefreshSettings {
  /** The URL a refresh downloads from. */
  refreshUrl: string;
  /** True when `refreshUrl` is the default (nothing configured). */
  isDefaultUrl: boolean;
  /** Look for a newer dataset when the add-in starts. */
  checkOnStart: boolean;
}

/** A change from the pane: a URL ("" or null: back to the default) and/or the start-up check. */
export interface SettingsChange {
  refreshUrl?: string | null;
  checkOnStart?: boolean;
}

/** The settings in effect; defaults where nothing (or nothing readable) is stored. Never throws. */
export async function loadSettings(storage: KeyValueStorage, defaultUrl: string): Promise<RefreshSettings> {
  return effective(await readStored(storage), defaultUrl);
}

/**
 * Applies a change after checking the URL (https, or http on localhost only). Returns the new
 * settings, or the error to show beside the field (nothing is saved then).
 */
export async function saveSettings(
  storage: KeyValueStorage,
  defaultUrl: string,
  change: SettingsChange,
): Promise<{ ok: true; settings: RefreshSettings } | { ok: false; error: RefreshError }> {
  const stored = await readStored(storage);
  try {
    if (change.refreshUrl !== undefined) {
      const url = change.refreshUrl?.trim() ?? "";
      stored.refreshUrl = url === "" ? null : checkDataUrl(url).href;
    }
    if (change.checkOnStart !== undefined) stored.checkOnStart = change.checkOnStart;
    try {
      await storage.setItem(SETTINGS_KEY, JSON.stringify(stored));
    } catch (thrown) {
      throw fail("storage", `saving the settings (${storage.kind}): ${describeThrown(thrown)}`);
    }
  } catch (thrown) {
    if (thrown instanceof RefreshFailure) return { ok: false, error: thrown.error };
    throw thrown;
  }
  return { ok: true, settings: effective(stored, defaultUrl) };
}

async function readStored(storage: KeyValueStorage): Promise<z.infer<typeof StoredSettings>> {
  try {
    const raw = await storage.getItem(SETTINGS_KEY);
    const parsed = StoredSettings.safeParse(raw === null ? {} : parseJsonSafely(raw).value);
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable or damaged settings: the defaults apply, and the next save replaces them.
  }
  return StoredSettings.parse({});
}

function effective(stored: z.infer<typeof StoredSettings>, defaultUrl: string): RefreshSettings {
  // A stored URL that today's rule refuses (e.g. edited by hand) is ignored: the refresh would refuse it anyway.
  const url = stored.refreshUrl !== null && isUsable(stored.refreshUrl) ? stored.refreshUrl : null;
  return { refreshUrl: url ?? defaultUrl, isDefaultUrl: url === null, checkOnStart: stored.checkOnStart };
}

function isUsable(url: string): boolean {
  try {
    checkDataUrl(url);
    return true;
  } catch {
    return false;
  }
}
