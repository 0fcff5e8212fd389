/**
 * Refresh: download the published dataset and its signature, verify the signature over the exact
 * bytes before parsing (signature.ts, trust.ts), validate it whole, apply the version rule, swap it in
 * at once, then save it. On any failure the loaded Atlas and the saved copy are untouched and the
 * result says why. The swap is one synchronous step after everything is checked, so the custom
 * functions and the pane see all-old or all-new data; listeners of `onDatasetSwap` (the
 * recalculation of CN formulas) run right after it.
 */
import type { Dataset } from "../core/rules/schema";
import { diffDatasets, type DatasetChanges } from "./diff";
import { downloadDatasetText } from "./fetch-dataset";
import { fail, olderMessage, updatedMessage } from "./messages";
import { refreshOutcome } from "./refresh-outcome";
import { saveError, saveIfStillLoaded } from "./persist";
import { RefreshFailure, describeThrown, type RefreshError, type UserMessage } from "./refresh-error";
import type { KeyValueStorage } from "./storage";
import { loadedData, swapDataset, type LoadedData, type SignedCopy } from "./store";
import { parseSignedDataset, type TrustedKey } from "./signature";
import { downloadSignature, noteSeen, readHighestSeen, refuseRollback } from "./trust";
import { buildTrustedKeys } from "./trusted-keys";
import { checkDatasetDates, compareVersions, versionOf, type DatasetVersion } from "./version";

/** The default deadline for the whole download. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * The default size limit, 8 MiB: room for a dataset 100× today's (2.7 MB as minified JSON, 5.4 MB
 * pretty-printed as in seeds/). The saved copy has its own, smaller budget (persist.ts: gzipped,
 * at most 2 MiB of OfficeRuntime.storage's 10 MB per domain); a dataset over it stays loaded, unsaved.
 */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** Where a refresh is. */
export interface RefreshProgress {
  phase: "fetching" | "validating" | "swapping" | "saving";
  bytes?: number;
  totalBytes?: number;
}

/** How to refresh. */
export interface RefreshOptions {
  /** The dataset URL: https, or http on localhost only. */
  url: string;
  /** Load the dataset even when it is older than the loaded one (the user confirmed). */
  allowOlder?: boolean;
  timeoutMs?: number;
  /** Counted while streaming; the download stops as soon as it is exceeded. */
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (progress: RefreshProgress) => void;
  fetchImpl?: typeof fetch;
  /** Where to save the new dataset (and the highest version seen); omitted, nothing is saved. */
  storage?: KeyValueStorage;
  /** The keys a signature may be made with; default: the build's (trusted-keys.ts). */
  trustedKeys?: readonly TrustedKey[];
  /** The clock, for expiry and future dates (tests). */
  now?: () => Date;
}

/** What a refresh did. Every variant but "updated" left the loaded data as it was. */
export type RefreshResult =
  | {
      status: "updated";
      from: DatasetVersion;
      to: DatasetVersion;
      changes: DatasetChanges;
      loaded: LoadedData;
      /** saved; not-saved (see saveError; the new data stays loaded); skipped (no storage given, or a newer refresh won). */
      persistence: "saved" | "not-saved" | "skipped";
      saveError?: RefreshError;
      message: UserMessage;
    }
  | { status: "unchanged"; version: DatasetVersion; message: UserMessage }
  | { status: "older-needs-confirmation"; loaded: DatasetVersion; offered: DatasetVersion; message: UserMessage }
  | { status: "failed"; error: RefreshError };

/** Downloads, validates, swaps and saves the dataset at `options.url`. Never throws. */
export async function refreshDataset(options: RefreshOptions): Promise<RefreshResult> {
  const progress = safeProgress(options.onProgress);
  let dataset: Dataset;
  let url: string;
  let signed: SignedCopy;
  try {
    const now = options.now?.() ?? new Date();
    progress({ phase: "fetching", bytes: 0 });
    const download = {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      signal: options.signal,
      fetchImpl: options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    };
    const downloaded = await downloadDatasetText(options.url, {
      ...download,
      onBytes: (bytes, totalBytes) => progress({ phase: "fetching", bytes, totalBytes }),
    });
    url = downloaded.url;
    const signature = await downloadSignature(url, download);
    progress({ phase: "validating", bytes: downloaded.bytes });
    const checked = await parseSignedDataset(downloaded.raw, downloaded.text, signature, options.trustedKeys ?? buildTrustedKeys(), now);
    dataset = checked.dataset;
    const { verified } = checked;
    checkDatasetDates(dataset, now);
    const highest = await readHighestSeen(options.storage);
    refuseRollback({ ...versionOf(dataset), sha256: verified.sha256 }, highest, {
      allowOlder: options.allowOlder === true,
      loaded: versionOf(loadedData().atlas.dataset),
    });
    signed = { keyId: verified.keyId, sha256: verified.sha256, signature: signature ?? "", text: downloaded.text };
    if (options.signal?.aborted) throw fail("aborted", "cancelled after the download, before the swap");
  } catch (thrown) {
    return failed(thrown);
  }

  let result: RefreshResult;
  try {
    result = decideAndSwap(dataset, url, signed, options.allowOlder === true, progress);
  } catch (thrown) {
    return failed(thrown);
  }
  if (result.status === "updated") await noteSeen(options.storage, { ...result.to, sha256: signed.sha256 });
  if (result.status === "updated" && options.storage) {
    progress({ phase: "saving" });
    try {
      result.persistence = (await saveIfStillLoaded(options.storage, result.loaded)) === "saved" ? "saved" : "skipped";
    } catch (thrown) {
      result.persistence = "not-saved";
      result.saveError = saveError(thrown);
    }
  }
  return result;
}

/**
 * The version rule and the swap, in one synchronous step (no await between the comparison and
 * the swap, so the comparison is against the very data the swap replaces).
 */
function decideAndSwap(
  dataset: Dataset,
  url: string,
  signed: SignedCopy,
  allowOlder: boolean,
  progress: (p: RefreshProgress) => void,
): RefreshResult {
  const before = loadedData();
  const from = versionOf(before.atlas.dataset);
  const to = versionOf(dataset);
  if (compareVersions(to, from) < 0 && !allowOlder)
    return { status: "older-needs-confirmation", loaded: from, offered: to, message: olderMessage(to, from) };
  const changes = diffDatasets(before.atlas.dataset, dataset);
  if (compareVersions(to, from) === 0 && !changes.identical)
    throw fail("untrusted", `version ${to.version} is loaded with other content`, { trust: "same-version-different-content" });
  const outcome = refreshOutcome(changes);
  if (outcome.status === "unchanged") return { status: "unchanged", version: from, message: outcome.message };
  progress({ phase: "swapping" });
  const loaded = swapDataset(dataset, "refreshed", { url, refreshedAt: new Date().toISOString(), signed });
  return { status: "updated", from, to, changes, loaded, persistence: "skipped", message: updatedMessage(changes.summary) };
}

/** Progress reports go to the UI; a UI callback that throws must not stop (or half-stop) a refresh. */
function safeProgress(onProgress: RefreshOptions["onProgress"]): (p: RefreshProgress) => void {
  return (p) => {
    try {
      onProgress?.(p);
    } catch (error) {
      setTimeout(() => {
        throw error; // reported on its own turn, like an uncaught UI error
      }, 0);
    }
  };
}

function failed(thrown: unknown): RefreshResult {
  const error = thrown instanceof RefreshFailure ? thrown.error : fail("unexpected", describeThrown(thrown)).error;
  return { status: "failed", error };
}
