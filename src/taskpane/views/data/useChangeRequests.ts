/**
 * When the pane checks "what changed in this workbook" by itself (PRODUCT.md §13): in Excel, after
 * a refresh loads another version, and once start-up has restored the data, when the workbook is
 * stamped with another version than the loaded one. Also the previous version (before the last
 * swap, else the built-in one), which the browser preview compares pasted formulas against.
 */
import { useEffect, useRef, useState } from "react";
import { Atlas } from "../../../core/names/atlas";
import { sameStamp, type DataStamp } from "../../../core/rules/data-stamp";
import { bundledDataset } from "../../../data/bundled";
import { atlasStamp } from "../../../data/stamps";
import type { DataOrigin } from "../../../data/store";
import type { PaneHost, PaneOperations } from "../../host/operations";

/** A version and its Atlas. */
export interface KnownVersion {
  stamp: DataStamp;
  atlas: Atlas;
}

/** What the Data view's changes section is asked. */
export interface ChangeRequests {
  /** A new object each time a check is wanted. */
  request?: { previous?: DataStamp };
  previous?: KnownVersion;
}

/** Watches the loaded data and the workbook's stamp. */
export function useChangeRequests(options: {
  host: PaneHost;
  operations: PaneOperations;
  atlas: Atlas;
  origin: DataOrigin;
  restoreDone: boolean;
}): ChangeRequests {
  const { host, operations, atlas, origin, restoreDone } = options;
  const seen = useRef(atlas);
  const [state, setState] = useState<ChangeRequests>(() => {
    // Hashing waits until there is something to compare: the start-up of the pane does no hashing.
    const dataset = bundledDataset();
    if (atlas.dataset === dataset) return {};
    const bundled = new Atlas(dataset);
    return sameStamp(atlasStamp(bundled), atlasStamp(atlas)) ? {} : { previous: { stamp: atlasStamp(bundled), atlas: bundled } };
  });

  useEffect(() => {
    const before = seen.current;
    if (before === atlas) return;
    seen.current = atlas;
    const previous = { stamp: atlasStamp(before), atlas: before };
    if (sameStamp(previous.stamp, atlasStamp(atlas))) return;
    setState((s) => ({ previous, request: host === "excel" && origin === "refreshed" ? { previous: previous.stamp } : s.request }));
  }, [atlas, origin, host]);

  const checkedOnOpen = useRef(false);
  useEffect(() => {
    if (host !== "excel" || !restoreDone || checkedOnOpen.current) return;
    checkedOnOpen.current = true;
    const loaded = atlasStamp(atlas);
    operations.readWorkbookStamp().then(
      (stamp) => {
        if (stamp && !sameStamp(stamp, loaded)) setState((s) => ({ ...s, request: {} }));
      },
      // Unreadable settings: check anyway, so the section shows what failed.
      () => setState((s) => ({ ...s, request: {} })),
    );
  }, [host, restoreDone, operations, atlas]);

  return state;
}
