/**
 * The dataset versions kept so a workbook's old figures stay computable (PRODUCT.md §13): when a
 * refresh or a restore replaces the loaded dataset, the one it replaces is kept, so "what changed
 * in this workbook" can evaluate its CN formulas under the version they were computed with.
 *
 * Budget: at most KEPT_VERSIONS_MAX versions and KEPT_VERSIONS_BUDGET characters in all (1 MiB,
 * half the saved dataset's budget; OfficeRuntime.storage has 10 MB per domain). Each is stored
 * gzipped and base64-encoded where the page can gzip (today's dataset: about 16,000 characters, so
 * the budget holds the three newest with a wide margin); the oldest go first. Only a signed dataset
 * is kept, as the exact text the data team signed with its signature: when read it is verified
 * again against this build's keys (nothing in storage is trusted because it is there, PRODUCT.md
 * §12), then parsed and checked against its content hash. An entry that fails is dropped, never
 * used. A signature's expiry does not matter here: it limits loading a dataset as the current
 * data, not computing a workbook's old figures with it.
 */
import * as z from "zod/mini";
import type { Dataset } from "../core/rules/schema";
import { gunzipBase64, gzipAvailable, gzipBase64 } from "./compression";
import { datasetContentHash } from "./content-hash";
import { parseJsonSafely } from "./parse-dataset";
import { FOR_OLD_FIGURES, parseSignedDataset, type TrustedKey } from "./signature";
import type { KeyValueStorage } from "./storage";
import type { SignedCopy } from "./store";
import { buildTrustedKeys } from "./trusted-keys";

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
  keyId: z.string().check(z.maxLength(64)),
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
export async function keepVersion(
  storage: KeyValueStorage,
  dataset: Dataset,
  signed: SignedCopy,
  now: Date = new Date(),
): Promise<boolean> {
  const hash = datasetContentHash(dataset);
  const list = await keptVersions(storage);
  if (list.some((e) => e.hash === hash)) return true;
  // One key: a header line with the signature file, then the signed text.
  const json = `${JSON.stringify(signed.signature)}\n${signed.text}`;
  const encoding = gzipAvailable() ? "gzip-base64" : "json";
  const text = encoding === "gzip-base64" ? await gzipBase64(json) : json;
  if (text.length > KEPT_VERSIONS_BUDGET) return false;
  const entry: KeptVersion = {
    version: dataset.version,
    keyId: signed.keyId,
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
export async function keptVersion(
  storage: KeyValueStorage,
  version: string,
  hash?: string,
  trustedKeys: readonly TrustedKey[] = buildTrustedKeys(),
): Promise<Dataset | undefined> {
  const list = await keptVersions(storage);
  const entry = list.find((e) => e.version === version && (hash === undefined || e.hash === hash));
  if (!entry) return undefined;
  try {
    const text = await storage.getItem(keptVersionKey(entry.hash));
    if (text === null) throw new Error("missing");
    const stored = entry.encoding === "gzip-base64" ? await gunzipBase64(text) : text;
    const newline = stored.indexOf("\n");
    if (newline < 0) throw new Error("not a kept version");
    const signature = JSON.parse(stored.slice(0, newline)) as unknown;
    if (typeof signature !== "string") throw new Error("not a kept version");
    const signedText = stored.slice(newline + 1);
    const bytes = new TextEncoder().encode(signedText);
    const { dataset } = await parseSignedDataset(bytes, signedText, signature, trustedKeys, FOR_OLD_FIGURES);
    if (dataset.version !== entry.version || datasetContentHash(dataset) !== entry.hash) throw new Error("changed");
    return dataset;
  } catch {
    await storage.setItem(KEPT_VERSIONS_KEY, JSON.stringify(list.filter((e) => e !== entry)));
    await storage.removeItem(keptVersionKey(entry.hash));
    return undefined;
  }
}
