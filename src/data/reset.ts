/**
 * "Reset to built-in data" (issue 22): the dataset built into the add-in is loaded again and the
 * saved copy is deleted, so a bad or unwanted download cannot come back at the next start. The
 * highest version seen is kept: a reset never reopens the door to an older published dataset.
 */
import { bundledDataset } from "./bundled";
import { DATASET_KEY } from "./persist";
import { describeThrown } from "./refresh-error";
import type { KeyValueStorage } from "./storage";
import { swapDataset, type LoadedData } from "./store";

/** What a reset did: the built-in data is loaded; `removeError` says why the saved copy could not be deleted. */
export interface ResetResult {
  loaded: LoadedData;
  removeError?: string;
}

/** Loads the built-in dataset and deletes the saved copy. Never throws. */
export async function resetToBuiltInData(storage: KeyValueStorage): Promise<ResetResult> {
  const loaded = swapDataset(bundledDataset(), "bundled");
  try {
    await storage.removeItem(DATASET_KEY);
    return { loaded };
  } catch (thrown) {
    return { loaded, removeError: describeThrown(thrown) };
  }
}
