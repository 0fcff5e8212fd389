/**
 * The dataset versions kept so a workbook's old figures stay computable (PRODUCT.md §13): when a
 * refresh or a restore replaces the loaded dataset, the one it replaces is kept, so "what changed
 * in this workbook" can evaluate its CN formulas under the version they were computed with.
 *
 * Budget: at most KEPT_VERSIONS_MAX versions and KEPT_VERSIONS_BUDGET characters in all (1 MiB,
 * half the saved dataset's budget; OfficeRuntime.storage has 10 MB per domain). Each is stored
 * gzipped and base64-encoded where the page can gzip (today's dataset: about 16,000 characters, so
 * the budget holds the three newest with a wide margin); the oldest go first. Each entry carries
 * its content hash, checked with the schema and the integrity rules when it is read: an entry
 * that fails is dropped, never used.
 */
import * as z from "zod/mini";
import type { Dataset } from "../core/rules/schema";
import { gunzipBase64, gzipAvailable, gzipBase64 } from "./compression";
import { datasetContentHash } from "./content-hash";
import { parseDatasetText, parseJsonSafely } from "./parse-dataset";
import type { KeyValueStorage } from "./storage";

/** The storage key of the list of kept versions. */
export const KEPT_VERSIONS_KEY = "ai-policy-atlas/kept-versions";
/** The storage key of one kept version's data. */
export const keptVersionKey = (hash: string): string => `ai-policy-atlas/kept/${hash}`;
/** The most versions kept. */
export const KEPT_VERSIONS_MAX = 3;
/** The most characters the kept versions may take in all. */
export const KEPT_VERSIONS_BUDGET = 1024 * 1024;

const Entry = z.strictObject({
  version: z.string().check(z.maxLength(64)),
  asOf: z.string().check(z.maxLength(32)),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  encoding: z.enum(["json", "gzip-base64"]),
  stored: z.number().check(z.int(), z.gte(0)),
  keptAt: z.string().check(z.maxLength(40)),
});
const EntryList = z.array(Entry).check(z.maxLength(KEPT_VERSIONS_MAX));

/** One kept version as listed. */
export type KeptVersion = z.infer<typeof Entry>;

/** The kept versions, newest first; an unreadable list reads as empty. */
export async function keptVersions(storage: KeyValueStorage): Promise<KeptVersion[]> {
  const text = await storage.getItem(KEPT_VERSIONS_KEY);
  if (text === null) return [];
  const parsed = EntryList.safeParse(parseJsonSafely(text).value);
  return parsed.success ? parsed.data : [];
}

/**
 * Keeps a dataset (not already kept), dropping the oldest kept versions to stay within the count
 * and the budget. Resolves to false when it cannot be kept at all (over the budget alone).
 */
export async function keepVersion(storage: KeyValueStorage, dataset: Dataset, now: Date = new Date()): Promise<boolean> {
  const hash = datasetContentHash(dataset);
  const list = await keptVersions(storage);
  if (list.some((e) => e.hash === hash)) return true;
  const json = JSON.stringify(dataset);
  const encoding = gzipAvailable() ? "gzip-base64" : "json";
  const text = encoding === "gzip-base64" ? await gzipBase64(json) : json;
  if (text.length > KEPT_VERSIONS_BUDGET) return false;
  const entry: KeptVersion = {
    version: dataset.version,
    asOf: dataset.asOf,
    hash,
    encoding,
    stored: text.length,
    keptAt: now.toISOString(),
  };
  const next = [entry];
  let used = text.length;
  for (const e of list) {
    if (next.length >= KEPT_VERSIONS_MAX || used + e.stored > KEPT_VERSIONS_BUDGET) continue;
    next.push(e);
    used += e.stored;
  }
  await storage.setItem(keptVersionKey(hash), text);
  await storage.setItem(KEPT_VERSIONS_KEY, JSON.stringify(next));
  for (const dropped of list.filter((e) => !next.includes(e))) await storage.removeItem(keptVersionKey(dropped.hash));
  return true;
}

/**
 * A kept version by version and (when known) content hash, checked again: its text must hash to
 * what the list says and pass the schema and integrity rules. Undefined when it is not kept or
 * fails a check (the failing entry is dropped).
 */
export async function keptVersion(storage: KeyValueStorage, version: string, hash?: string): Promise<Dataset | undefined> {
  const list = await keptVersions(storage);
  const entry = list.find((e) => e.version === version && (hash === undefined || e.hash === hash));
  if (!entry) return undefined;
  try {
    const text = await storage.getItem(keptVersionKey(entry.hash));
    if (text === null) throw new Error("missing");
    const json = entry.encoding === "gzip-base64" ? await gunzipBase64(text) : text;
    const dataset = parseDatasetText(json);
    if (dataset.version !== entry.version || datasetContentHash(dataset) !== entry.hash) throw new Error("changed");
    return dataset;
  } catch {
    await storage.setItem(KEPT_VERSIONS_KEY, JSON.stringify(list.filter((e) => e !== entry)));
    await storage.removeItem(keptVersionKey(entry.hash));
    return undefined;
  }
}
