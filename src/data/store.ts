/**
 * The one loaded dataset of the page. The custom functions and the task pane both read it
 * (shared runtime), so a refresh swaps it for everyone at once: readers get either the old
 * Atlas or the new one, never a mix, because an Atlas is immutable and the swap is one assignment.
 */
import { Atlas } from "../core/names/atlas";
import type { Dataset } from "../core/rules/schema";
import { bundledDataset } from "./bundled";

/** Where the loaded dataset came from. */
export type DataOrigin = "bundled" | "stored" | "refreshed";

/** A dataset as the data team signed it: the key, the SHA-256 of its bytes, the signature file and the exact text. */
export interface SignedCopy {
  keyId: string;
  sha256: string;
  signature: string;
  text: string;
}

/** The loaded dataset and its provenance. */
export interface LoadedData {
  atlas: Atlas;
  origin: DataOrigin;
  /** The URL a refreshed dataset was fetched from. */
  url?: string;
  /** When it was loaded (ISO time). */
  loadedAt: string;
  /** When it was last refreshed from a URL (ISO time), if ever. */
  refreshedAt?: string;
  /** A refreshed or restored dataset's signature (the bundled one is code and has none). */
  signed?: SignedCopy;
}

/** Told the new and the previous data after a swap. */
export type DatasetSwapListener = (data: LoadedData, previous: LoadedData) => void;

let current: LoadedData | undefined;
/** The data a worksheet function last read in this runtime: what the workbook's CN cells were computed from. */
let served: LoadedData | undefined;
const listeners = new Set<DatasetSwapListener>();

/** The loaded data; on first use, the bundled dataset. Reading it does not count as serving it. */
export function loadedData(): LoadedData {
  if (!current) current = { atlas: new Atlas(bundledDataset()), origin: "bundled", loadedAt: new Date().toISOString() };
  return current;
}

/**
 * The loaded data, for a worksheet function: it is noted as served, so a later swap knows what
 * the workbook's CN cells were computed from (see src/data/recalculation.ts). One assignment.
 */
export function servedData(): LoadedData {
  served = current ?? loadedData();
  return served;
}

/** The loaded Atlas: what every custom function reads (noted as served, like servedData). */
export function currentAtlas(): Atlas {
  return servedData().atlas;
}

/** The data a worksheet function last read in this runtime, if any has run. */
export function lastServedData(): LoadedData | undefined {
  return served;
}

/**
 * Replaces the loaded dataset in one step and tells the listeners. The new Atlas is built before
 * the assignment, so a dataset the Atlas cannot index leaves the old one loaded. A listener that
 * throws does not undo the swap or stop the other listeners: its error is rethrown on its own
 * turn, where the page's error reporting sees it.
 */
export function swapDataset(
  dataset: Dataset,
  origin: DataOrigin,
  details: { url?: string; refreshedAt?: string; signed?: SignedCopy } = {},
): LoadedData {
  const previous = loadedData();
  const next: LoadedData = { atlas: new Atlas(dataset), origin, loadedAt: new Date().toISOString(), ...details };
  current = next;
  for (const listener of [...listeners]) {
    try {
      listener(next, previous);
    } catch (error) {
      setTimeout(() => {
        throw error;
      }, 0);
    }
  }
  return next;
}

/** Calls `listener` after every swap (e.g. to recalculate CN formulas); returns the unsubscribe function. */
export function onDatasetSwap(listener: DatasetSwapListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tests only: back to the bundled dataset, no listeners. */
export function resetStoreForTests(): void {
  current = undefined;
  served = undefined;
  listeners.clear();
}
