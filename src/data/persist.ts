/**
 * The last good dataset, kept so a restart works offline. It is stored under one key (one write,
 * so a crash leaves the old copy or the new, never half of each) as a one-line header, a newline
 * and the dataset's JSON, gzipped and base64-encoded where the page can gzip (plain otherwise).
 * The JSON is the exact text the data team signed, and the header carries their signature file
 * beside the SHA-256 and length of the JSON, the encoding and its provenance; on load the lengths,
 * the checksum, the signature against this build's trusted keys (an unkeyed checksum proves
 * nothing: whoever can write the store can recompute it), the dates, the schema and the integrity
 * rules are checked, and anything that fails falls back to the bundled dataset with a message
 * saying why. A saved `url` that is not an allowed dataset address is dropped.
 *
 * Budget: OfficeRuntime.storage holds 10 MB per domain, shared by every add-in served from that
 * domain (learn.microsoft.com/javascript/api/office-runtime/officeruntime.storage), and
 * localStorage about 5 MB of UTF-16 per origin. The saved copy may take at most
 * DATASET_STORAGE_BUDGET characters (2 MiB, under 4 MB even counted as UTF-16). Gzipped, today's
 * dataset (34,000 characters of JSON) takes 15,700 (0.75% of the budget); at that ratio a dataset
 * with 100× today's distinct content would take about 1.6 million. A copy over budget is not
 * written (the previous saved copy stays); the new data stays loaded and the user is told.
 */
import * as z from "zod/mini";
import type { Dataset } from "../core/rules/schema";
import { sha256Hex } from "./checksum";
import { gunzipBase64, gzipAvailable, gzipBase64 } from "./compression";
import { bundledNewerMessage, fail, fellBackMessage, restoredMessage } from "./messages";
import { parseJsonSafely } from "./parse-dataset";
import { RefreshFailure, describeThrown, type RefreshError, type UserMessage } from "./refresh-error";
import type { KeyValueStorage } from "./storage";
import { loadedData, swapDataset, type LoadedData, type SignedCopy } from "./store";
import { parseSignedDataset, type TrustedKey } from "./signature";
import { buildTrustedKeys } from "./trusted-keys";
import { allowedDataUrlOrNone } from "./url-rule";
import { checkDatasetDates, compareVersions, versionOf, type DatasetVersion } from "./version";

/** The storage key of the saved dataset. */
export const DATASET_KEY = "ai-policy-atlas/dataset";

/** The most characters the saved dataset (header included) may take in a store without a budget of its own. */
export const DATASET_STORAGE_BUDGET = 2 * 1024 * 1024;

/** Version 1: plain JSON (still read); version 2: the header says the encoding. */
const MAGIC_V1 = "AI-POLICY-ATLAS-DATASET/1 ";
const MAGIC = "AI-POLICY-ATLAS-DATASET/2 ";

const Header = z.strictObject({
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Characters of the dataset's JSON. */
  length: z.number().check(z.int(), z.gte(0)),
  /** Version 2 only: how the JSON is stored, and how many characters that takes. */
  encoding: z.optional(z.enum(["json", "gzip-base64"])),
  storedLength: z.optional(z.number().check(z.int(), z.gte(0))),
  version: z.string(),
  asOf: z.string(),
  url: z.optional(z.string().check(z.maxLength(2048))),
  refreshedAt: z.optional(z.string().check(z.maxLength(40))),
  savedAt: z.string().check(z.maxLength(40)),
  /** The data team's signature file for the JSON (a copy without one is not used). */
  signature: z.optional(z.string().check(z.maxLength(8192))),
});

/** Where a saved dataset came from. */
export interface Provenance {
  url?: string;
  refreshedAt?: string;
  /** The signed text and its signature; omitted, the copy is saved unsigned and will not restore. */
  signed?: SignedCopy;
}

/** How a saved copy is checked (tests give their own keys and clock). */
export interface ReadOptions {
  trustedKeys?: readonly TrustedKey[];
  now?: Date;
}

/** What reading the store found. */
export type PersistedRead =
  | { status: "none" }
  | { status: "ok"; dataset: Dataset; provenance: Provenance; savedAt: string }
  | { status: "corrupt"; reason: string }
  | { status: "unreadable"; reason: string };

/** What a saved copy takes, for the Data view and the tests. */
export interface SavedSize {
  /** Characters of the dataset's JSON. */
  json: number;
  /** Characters written to storage, header included. */
  stored: number;
  encoding: "json" | "gzip-base64";
}

/**
 * Saves a validated dataset with its checksum and provenance, gzipped where the page can. Throws
 * a RefreshFailure: "storage-budget" when the copy would exceed the store's budget (nothing is
 * written; the previous copy stays), "storage" when the store refuses.
 */
export async function saveDataset(storage: KeyValueStorage, dataset: Dataset, provenance: Provenance): Promise<SavedSize> {
  const budget = storage.budget ?? DATASET_STORAGE_BUDGET;
  let record: string;
  let size: SavedSize;
  try {
    const { signed, ...where } = provenance;
    const json = signed?.text ?? JSON.stringify(dataset);
    const encoding = gzipAvailable() ? "gzip-base64" : "json";
    const payload = encoding === "gzip-base64" ? await gzipBase64(json) : json;
    const header: z.infer<typeof Header> = {
      sha256: await sha256Hex(json),
      length: json.length,
      encoding,
      storedLength: payload.length,
      ...versionOf(dataset),
      ...where,
      savedAt: new Date().toISOString(),
      ...(signed ? { signature: signed.signature } : {}),
    };
    record = `${MAGIC}${JSON.stringify(header)}\n${payload}`;
    size = { json: json.length, stored: record.length, encoding };
  } catch (thrown) {
    throw fail("storage", `saving ${dataset.version} (${storage.kind}): ${describeThrown(thrown)}`);
  }
  if (record.length > budget) {
    throw fail(
      "storage-budget",
      `saving ${dataset.version} (${storage.kind}): ${record.length} characters (${size.encoding}, from ${size.json} of JSON) over the budget of ${budget}`,
      { storedChars: record.length, budgetChars: budget },
    );
  }
  try {
    await storage.setItem(DATASET_KEY, record);
  } catch (thrown) {
    throw fail("storage", `saving ${dataset.version} (${storage.kind}): ${describeThrown(thrown)}`);
  }
  return size;
}

/** Reads and checks the saved dataset. Never throws. */
export async function readPersistedDataset(storage: KeyValueStorage, options: ReadOptions = {}): Promise<PersistedRead> {
  let raw: string | null;
  try {
    raw = await storage.getItem(DATASET_KEY);
  } catch (thrown) {
    return { status: "unreadable", reason: `reading ${storage.kind} storage: ${describeThrown(thrown)}` };
  }
  if (raw === null) return { status: "none" };
  const newline = raw.indexOf("\n");
  const magic = raw.startsWith(MAGIC) ? MAGIC : raw.startsWith(MAGIC_V1) ? MAGIC_V1 : undefined;
  if (!magic || newline < 0) return { status: "corrupt", reason: "the saved copy has no valid header" };
  const header = parseHeader(raw.slice(magic.length, newline));
  if (typeof header === "string") return { status: "corrupt", reason: header };
  const payload = raw.slice(newline + 1);
  const encoding = magic === MAGIC_V1 ? "json" : header.encoding;
  const storedLength = magic === MAGIC_V1 ? header.length : header.storedLength;
  if (encoding === undefined || storedLength === undefined)
    return { status: "corrupt", reason: "the saved copy's header is invalid (encoding)" };
  if (payload.length !== storedLength) {
    return { status: "corrupt", reason: `the saved copy is ${payload.length} characters long; ${storedLength} were saved` };
  }
  let json: string;
  try {
    json = encoding === "gzip-base64" ? await gunzipBase64(payload) : payload;
  } catch (thrown) {
    const reason = gzipAvailable()
      ? "the saved copy cannot be decompressed (damaged)"
      : "the saved copy is compressed and this page cannot decompress it";
    return { status: gzipAvailable() ? "corrupt" : "unreadable", reason: `${reason}: ${describeThrown(thrown)}` };
  }
  if (json.length !== header.length) {
    return { status: "corrupt", reason: `the saved copy's data is ${json.length} characters long; ${header.length} were saved` };
  }
  let sha: string;
  try {
    sha = await sha256Hex(json);
  } catch (thrown) {
    return { status: "unreadable", reason: `cannot verify the saved copy: ${describeThrown(thrown)}` };
  }
  if (sha !== header.sha256) return { status: "corrupt", reason: "the saved copy's checksum does not match its contents" };
  const now = options.now ?? new Date();
  let dataset: Dataset;
  let signed: SignedCopy;
  try {
    const bytes = new TextEncoder().encode(json);
    const checked = await parseSignedDataset(bytes, json, header.signature, options.trustedKeys ?? buildTrustedKeys(), now);
    dataset = checked.dataset;
    const { verified } = checked;
    checkDatasetDates(dataset, now);
    signed = { keyId: verified.keyId, sha256: verified.sha256, signature: header.signature ?? "", text: json };
  } catch (thrown) {
    const detail = thrown instanceof RefreshFailure ? thrown.error.detail : describeThrown(thrown);
    const untrusted = thrown instanceof RefreshFailure && thrown.error.code === "untrusted";
    return {
      status: "corrupt",
      reason: untrusted
        ? `the saved copy is not signed by a trusted key: ${detail}`
        : `the saved copy is not a valid dataset for this version of the add-in: ${detail}`,
    };
  }
  if (dataset.version !== header.version || dataset.asOf !== header.asOf) {
    return { status: "corrupt", reason: "the saved copy's header does not match its dataset" };
  }
  return {
    status: "ok",
    dataset,
    provenance: { url: allowedDataUrlOrNone(header.url), refreshedAt: header.refreshedAt, signed },
    savedAt: header.savedAt,
  };
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
export async function restorePersistedDataset(storage: KeyValueStorage, options: ReadOptions = {}): Promise<RestoreResult> {
  const read = await readPersistedDataset(storage, options);
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
  // The same version: the build's own data (code) wins over a stored copy, whatever it holds.
  if (order === 0) return { status: "kept", reason: "not-newer", stored };
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
    await saveDataset(storage, loaded.atlas.dataset, { url: loaded.url, refreshedAt: loaded.refreshedAt, signed: loaded.signed });
    return "saved" as const;
  });
  saving = run.catch(() => undefined); // the queue continues; the caller gets the rejection
  return run;
}

/** A failed save as a RefreshError. */
export function saveError(thrown: unknown): RefreshError {
  return thrown instanceof RefreshFailure ? thrown.error : fail("storage", describeThrown(thrown)).error;
}
