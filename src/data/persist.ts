/**
 * The last good dataset, kept so a restart works offline. It is stored under one key (one write,
 * so a crash leaves the old copy or the new, never half of each) as a one-line header, a newline
 * and the dataset's JSON. The header carries the SHA-256 and length of the JSON and its
 * provenance; on load the length, the checksum, the schema and the integrity rules are checked,
 * and anything that fails falls back to the bundled dataset with a message saying why.
 */
import * as z from "zod/mini";
import type { Dataset } from "../core/schema";
import { sha256Hex } from "./checksum";
import { diffDatasets } from "./diff";
import { bundledNewerMessage, fail, fellBackMessage, restoredMessage } from "./messages";
import { parseDatasetText, parseJsonSafely } from "./parse-dataset";
import { RefreshFailure, describeThrown, type RefreshError, type UserMessage } from "./refresh-error";
import type { KeyValueStorage } from "./storage";
import { loadedData, swapDataset, type LoadedData } from "./store";
import { compareVersions, versionOf, type DatasetVersion } from "./version";

/** The storage key of the saved dataset. */
export const DATASET_KEY = "ai-policy-atlas/dataset";
const MAGIC = "AI-POLICY-ATLAS-DATASET/1 ";

const Header = z.strictObject({
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  length: z.number().check(z.int(), z.gte(0)),
  version: z.string(),
  asOf: z.string(),
  url: z.optional(z.string()),
  refreshedAt: z.optional(z.string()),
  savedAt: z.string(),
});

/** Where a saved dataset came from. */
export interface Provenance {
  url?: string;
  refreshedAt?: string;
}

/** What reading the store found. */
export type PersistedRead =
  | { status: "none" }
  | { status: "ok"; dataset: Dataset; provenance: Provenance; savedAt: string }
  | { status: "corrupt"; reason: string }
  | { status: "unreadable"; reason: string };

/** Saves a validated dataset with its checksum and provenance; throws a RefreshFailure ("storage"). */
export async function saveDataset(storage: KeyValueStorage, dataset: Dataset, provenance: Provenance): Promise<void> {
  try {
    const json = JSON.stringify(dataset);
    const header: z.infer<typeof Header> = {
      sha256: await sha256Hex(json),
      length: json.length,
      ...versionOf(dataset),
      ...provenance,
      savedAt: new Date().toISOString(),
    };
    await storage.setItem(DATASET_KEY, `${MAGIC}${JSON.stringify(header)}\n${json}`);
  } catch (thrown) {
    throw fail("storage", `saving ${dataset.version} (${storage.kind}): ${describeThrown(thrown)}`);
  }
}

/** Reads and checks the saved dataset. Never throws. */
export async function readPersistedDataset(storage: KeyValueStorage): Promise<PersistedRead> {
  let raw: string | null;
  try {
    raw = await storage.getItem(DATASET_KEY);
  } catch (thrown) {
    return { status: "unreadable", reason: `reading ${storage.kind} storage: ${describeThrown(thrown)}` };
  }
  if (raw === null) return { status: "none" };
  const newline = raw.indexOf("\n");
  if (!raw.startsWith(MAGIC) || newline < 0) return { status: "corrupt", reason: "the saved copy has no valid header" };
  const header = parseHeader(raw.slice(MAGIC.length, newline));
  if (typeof header === "string") return { status: "corrupt", reason: header };
  const json = raw.slice(newline + 1);
  if (json.length !== header.length) {
    return { status: "corrupt", reason: `the saved copy is ${json.length} characters long; ${header.length} were saved` };
  }
  let sha: string;
  try {
    sha = await sha256Hex(json);
  } catch (thrown) {
    return { status: "unreadable", reason: `cannot verify the saved copy: ${describeThrown(thrown)}` };
  }
  if (sha !== header.sha256) return { status: "corrupt", reason: "the saved copy's checksum does not match its contents" };
  let dataset: Dataset;
  try {
    dataset = parseDatasetText(json);
  } catch (thrown) {
    const detail = thrown instanceof RefreshFailure ? thrown.error.detail : describeThrown(thrown);
    return { status: "corrupt", reason: `the saved copy is not a valid dataset for this version of the add-in: ${detail}` };
  }
  if (dataset.version !== header.version || dataset.asOf !== header.asOf) {
    return { status: "corrupt", reason: "the saved copy's header does not match its dataset" };
  }
  return { status: "ok", dataset, provenance: { url: header.url, refreshedAt: header.refreshedAt }, savedAt: header.savedAt };
}

/** The header line's fields, or why it is unusable. */
function parseHeader(line: string): z.infer<typeof Header> | string {
  let value: unknown;
  try {
    value = parseJsonSafely(line).value;
  } catch {
    return "the saved copy's header is not JSON";
  }
  const parsed = Header.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => issue.path.map(String).join(".") || "(header)");
  return `the saved copy's header is invalid (${fields.join(", ")})`;
}

/** Deletes the saved dataset (e.g. a "forget downloaded data" button). */
export async function clearPersistedDataset(storage: KeyValueStorage): Promise<void> {
  await storage.removeItem(DATASET_KEY);
}

/** What start-up restore did. */
export type RestoreResult =
  /** The saved dataset is loaded (origin "stored"). */
  | { status: "restored"; loaded: LoadedData; message: UserMessage }
  /** The loaded data stays: nothing saved, the saved copy is not newer, or a refresh already happened. */
  | {
      status: "kept";
      reason: "nothing-saved" | "not-newer" | "refreshed-already";
      stored?: DatasetVersion;
      message?: UserMessage;
    }
  /** The saved copy could not be used (unreadable, damaged or invalid): the bundled dataset stays. */
  | { status: "fell-back"; reason: string; message: UserMessage; detail: string };

/**
 * At start-up (after the functions are registered): loads the saved dataset when it is valid and
 * at least as new as the loaded (bundled) one. A damaged or invalid copy is deleted, the bundled
 * dataset stays, and the result says so and why. Never throws.
 */
export async function restorePersistedDataset(storage: KeyValueStorage): Promise<RestoreResult> {
  const read = await readPersistedDataset(storage);
  const current = loadedData();
  if (read.status === "none") return { status: "kept", reason: "nothing-saved" };
  if (read.status === "unreadable" || read.status === "corrupt") {
    let detail = read.reason;
    if (read.status === "corrupt") {
      try {
        await storage.removeItem(DATASET_KEY);
      } catch (thrown) {
        detail += `; removing it failed too: ${describeThrown(thrown)}`;
      }
    }
    return { status: "fell-back", reason: read.reason, message: fellBackMessage(versionOf(current.atlas.dataset)), detail };
  }
  const stored = versionOf(read.dataset);
  // Re-read after the await: a refresh may have swapped in the meantime; never replace it with an older copy.
  const loaded = loadedData();
  if (loaded.origin === "refreshed") return { status: "kept", reason: "refreshed-already", stored };
  const order = compareVersions(stored, versionOf(loaded.atlas.dataset));
  if (order < 0) {
    return { status: "kept", reason: "not-newer", stored, message: bundledNewerMessage(stored, versionOf(loaded.atlas.dataset)) };
  }
  if (order === 0 && diffDatasets(loaded.atlas.dataset, read.dataset).identical) return { status: "kept", reason: "not-newer", stored };
  const next = swapDataset(read.dataset, "stored", read.provenance);
  return { status: "restored", loaded: next, message: restoredMessage(stored, read.provenance.refreshedAt) };
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Saves a loaded dataset if it is still the loaded one when its turn comes. Saves run one after
 * another, so two quick refreshes can never leave the older one saved over the newer.
 */
export function saveIfStillLoaded(storage: KeyValueStorage, loaded: LoadedData): Promise<"saved" | "superseded"> {
  const run = saving.then(async (): Promise<"saved" | "superseded"> => {
    if (loadedData() !== loaded) return "superseded";
    await saveDataset(storage, loaded.atlas.dataset, { url: loaded.url, refreshedAt: loaded.refreshedAt });
    return "saved";
  });
  saving = run.catch(() => undefined); // the queue continues; the caller gets the rejection
  return run;
}

/** A failed save as a RefreshError. */
export function saveError(thrown: unknown): RefreshError {
  return thrown instanceof RefreshFailure ? thrown.error : fail("storage", describeThrown(thrown)).error;
}
