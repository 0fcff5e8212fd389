/**
 * The page's loaded dataset, re-rendering after every swap (a refresh, a restore at start-up),
 * so the pane and the CN functions always show the same data.
 */
import { useSyncExternalStore } from "react";
import { loadedData, onDatasetSwap, type LoadedData } from "../../data/store";

const subscribe = (onChange: () => void): (() => void) => onDatasetSwap(() => onChange());

/** The loaded data and its provenance. */
export function useLoadedData(): LoadedData {
  return useSyncExternalStore(subscribe, loadedData, loadedData);
}
