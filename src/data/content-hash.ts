/**
 * The content hash of a dataset: SHA-256 (the audited @noble/hashes, synchronous, so a worksheet
 * function can answer `CN.AIDATA("hash")`) of its canonical JSON, the text `JSON.stringify` gives
 * for the parsed dataset. Two copies with the same content have the same hash whatever their
 * whitespace; any changed figure, quote or field changes it. Workbooks are stamped with it
 * (PRODUCT.md §13), so "computed with 2025.03.22.2" also says with exactly which content.
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";
import type { Atlas } from "../core/names/atlas";
import type { Dataset } from "../core/rules/schema";

/** Characters of the short form shown beside a version (`2025.03.22.2 · 3f9a1c2b7d04`). */
export const SHORT_HASH_LENGTH = 12;

// A loaded dataset is never changed after it is validated: its hash is computed once.
const byDataset = new WeakMap<Dataset, string>();

/** The dataset's content hash: 64 lower-case hex characters, computed once per dataset object. */
export function datasetContentHash(dataset: Dataset): string {
  let hash = byDataset.get(dataset);
  if (hash === undefined) {
    hash = bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(dataset))));
    byDataset.set(dataset, hash);
  }
  return hash;
}

/** The content hash of an Atlas's dataset. */
export function atlasContentHash(atlas: Atlas): string {
  return datasetContentHash(atlas.dataset);
}

/** The short form of a content hash. */
export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_LENGTH);
}
