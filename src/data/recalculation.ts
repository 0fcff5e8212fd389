/**
 * Whether a dataset swap needs the workbook recalculated. `calculate(Full)` recalculates every
 * open workbook and marks each one changed (Excel then asks to save files the user never edited),
 * so it runs only when CN cells may show figures from other data than what is now loaded:
 *
 * - a worksheet function has read data in this runtime (the store notes it) and that data's
 *   content (SHA-256 of its JSON, so an equal copy under another object counts as equal) differs
 *   from the new data's; or
 * - nothing has been computed in this runtime and the swap is a refresh (the user's, or the
 *   start-up check's): a new dataset whose cells in open workbooks were computed from older data
 *   in an earlier session.
 *
 * A start-up restore before any CN cell was computed needs none: the saved copy is the last good
 * refresh, which is what those cells were computed from last session, and any cell computed from
 * now on reads the restored data.
 */
import type { Dataset } from "../core/rules/schema";
import { sha256Hex } from "./checksum";
import type { LoadedData } from "./store";

/** The decision, and why. */
export type RecalculationDecision =
  { recalculate: true; reason: "served-other-content" | "refreshed" } | { recalculate: false; reason: "nothing-served" | "same-content" };

const checksums = new WeakMap<Dataset, Promise<string>>();

/** The SHA-256 of a dataset's JSON, computed once per dataset object. */
export function datasetChecksum(dataset: Dataset): Promise<string> {
  let checksum = checksums.get(dataset);
  if (!checksum) {
    checksum = sha256Hex(JSON.stringify(dataset));
    checksums.set(dataset, checksum);
  }
  return checksum;
}

/**
 * Decides for `next` (the data just swapped in), given what the functions had served when the
 * swap happened. Where the content cannot be compared (no Web Crypto), it recalculates.
 */
export async function recalculationAfterSwap(next: LoadedData, servedBefore: LoadedData | undefined): Promise<RecalculationDecision> {
  if (!servedBefore)
    return next.origin === "refreshed" ? { recalculate: true, reason: "refreshed" } : { recalculate: false, reason: "nothing-served" };
  if (servedBefore.atlas.dataset === next.atlas.dataset) return { recalculate: false, reason: "same-content" };
  try {
    const [before, after] = await Promise.all([datasetChecksum(servedBefore.atlas.dataset), datasetChecksum(next.atlas.dataset)]);
    return before === after ? { recalculate: false, reason: "same-content" } : { recalculate: true, reason: "served-other-content" };
  } catch {
    return { recalculate: true, reason: "served-other-content" };
  }
}
