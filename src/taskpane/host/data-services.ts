/**
 * The data layer as the pane uses it: refresh, and the refresh settings, bound to the page's
 * storage and default dataset URL. Passed to the pane as a prop so tests can replace the network.
 */
import { findVersion, type FoundVersion, type VersionName } from "../../data/old-versions";
import { refreshDataset, type RefreshProgress, type RefreshResult } from "../../data/refresh";
import type { RefreshError } from "../../data/refresh-error";
import { loadSettings, saveSettings, type RefreshSettings, type SettingsChange } from "../../data/settings";
import { resetToBuiltInData, type ResetResult } from "../../data/reset";
import type { KeyValueStorage } from "../../data/storage";

/** What the Data view may do. */
export interface DataServices {
  /** Which store keeps the saved dataset and the settings. */
  readonly storageKind: KeyValueStorage["kind"];
  /** The dataset URL used when none is configured. */
  readonly defaultUrl: string;
  refresh(options: {
    url: string;
    allowOlder?: boolean;
    signal?: AbortSignal;
    onProgress?: (p: RefreshProgress) => void;
  }): Promise<RefreshResult>;
  /** Loads the built-in dataset again and deletes the saved copy. */
  resetToBuiltIn(): Promise<ResetResult>;
  loadSettings(): Promise<RefreshSettings>;
  saveSettings(change: SettingsChange): Promise<{ ok: true; settings: RefreshSettings } | { ok: false; error: RefreshError }>;
  /** The dataset a data stamp names (bundled, kept, or published on the host), or why it cannot be had. */
  findVersion(stamp: VersionName, signal?: AbortSignal): Promise<FoundVersion>;
}

/** The real services: refreshes save to `storage`; settings live there too. */
export function createDataServices(storage: KeyValueStorage, defaultUrl: string): DataServices {
  return {
    storageKind: storage.kind,
    defaultUrl,
    refresh: (options) => refreshDataset({ ...options, storage }),
    resetToBuiltIn: () => resetToBuiltInData(storage),
    loadSettings: () => loadSettings(storage, defaultUrl),
    saveSettings: (change) => saveSettings(storage, defaultUrl, change),
    findVersion: (stamp, signal) => findVersion(stamp, { storage, archiveUrl: versionArchiveUrl(defaultUrl), signal }),
  };
}

/** Where the build publishes every released version: `data/versions/` beside the dataset. */
export function versionArchiveUrl(defaultUrl: string): string {
  return new URL("versions/", defaultUrl).href;
}

/** The dataset the build publishes beside the pane's page. */
export function defaultDatasetUrl(pageUrl: string): string {
  return new URL("data/atlas-dataset.json", pageUrl).href;
}
