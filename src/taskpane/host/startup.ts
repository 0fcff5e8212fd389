/**
 * Start-up of the data services, run by index.tsx once the CN functions are registered: restore
 * the saved dataset, then (without blocking anything) the optional check for a newer one, and
 * after a dataset swap, in Excel, a recalculation of the CN formulas when their cells may show
 * other data (src/data/recalculation.ts decides). What happened is kept in a small observable
 * the Data view shows; nothing here touches React or Office.
 */
import { checkOnStart, type StartCheckResult } from "../../data/check-on-start";
import { keepVersion } from "../../data/kept-versions";
import { restorePersistedDataset, type RestoreResult } from "../../data/persist";
import { recalculationAfterSwap } from "../../data/recalculation";
import type { KeyValueStorage } from "../../data/storage";
import { lastServedData, onDatasetSwap } from "../../data/store";

/** The state of the recalculation that follows a dataset swap in Excel. */
export type RecalculationState =
  | { status: "idle" }
  | { status: "running"; version: string }
  | { status: "done"; version: string; at: string }
  | { status: "failed"; version: string; message: string }
  /** No recalculation was needed: no CN cell was computed yet, or the cells were computed from this very content. */
  | { status: "skipped"; version: string; reason: "nothing-served" | "same-content" };

/** Keeping the dataset a swap replaced, so the workbook's old figures stay computable (data/kept-versions.ts). */
export type KeepState = { status: "idle" } | { status: "kept"; version: string } | { status: "failed"; version: string; message: string };

/** What start-up has done so far. */
export interface StartupSnapshot {
  restore: { status: "pending" } | RestoreResult;
  startCheck: { status: "pending" } | StartCheckResult;
  recalculation: RecalculationState;
  keep: KeepState;
}

/** An observable of the start-up state (useSyncExternalStore-shaped). */
export interface StartupMonitor {
  getSnapshot(): StartupSnapshot;
  subscribe(listener: () => void): () => void;
}

/** A monitor whose state the caller sets: for start-up itself and for tests. */
export function createStartupMonitor(initial?: Partial<StartupSnapshot>): StartupMonitor & {
  update(change: Partial<StartupSnapshot>): void;
} {
  let snapshot: StartupSnapshot = {
    restore: { status: "pending" },
    startCheck: { status: "pending" },
    recalculation: { status: "idle" },
    keep: { status: "idle" },
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update: (change) => {
      snapshot = { ...snapshot, ...change };
      for (const listener of [...listeners]) listener();
    },
  };
}

/** What start-up needs. */
export interface StartupOptions {
  storage: KeyValueStorage;
  defaultUrl: string;
  /** In Excel: recalculates the workbook (CN formulas) after a swap. Absent in the preview. */
  recalculate?: () => Promise<void>;
}

/**
 * Restores the saved dataset, then checks for a newer one if the user turned that on, and keeps
 * CN formulas in step with every swap. Returns at once; the monitor reports progress. Never throws.
 */
export function startDataServices(options: StartupOptions): StartupMonitor {
  const monitor = createStartupMonitor();
  // The signed dataset a swap replaces is kept (the bundled one never needs keeping: every start has it).
  onDatasetSwap((_data, previous) => {
    if (previous.origin === "bundled" || !previous.signed) return;
    const version = previous.atlas.dataset.version;
    keepVersion(options.storage, previous.atlas.dataset, previous.signed).then(
      (kept) =>
        monitor.update({
          keep: kept
            ? { status: "kept", version }
            : { status: "failed", version, message: "it is larger than the storage budget for kept versions" },
        }),
      (error: unknown) =>
        monitor.update({ keep: { status: "failed", version, message: error instanceof Error ? error.message : String(error) } }),
    );
  });
  const recalculate = options.recalculate;
  if (recalculate) {
    // Each swap is judged on its own; a later one supersedes the state of an earlier one.
    let generation = 0;
    onDatasetSwap((data) => {
      const mine = ++generation;
      const version = data.atlas.dataset.version;
      const servedBefore = lastServedData(); // now, in the swap's turn: what the cells were computed from
      recalculationAfterSwap(data, servedBefore)
        .then((decision) => {
          if (mine !== generation) return undefined;
          if (!decision.recalculate) {
            monitor.update({ recalculation: { status: "skipped", version, reason: decision.reason } });
            return undefined;
          }
          monitor.update({ recalculation: { status: "running", version } });
          return recalculate().then(() => {
            if (mine === generation) monitor.update({ recalculation: { status: "done", version, at: new Date().toISOString() } });
          });
        })
        .catch((error: unknown) => {
          if (mine === generation) {
            monitor.update({
              recalculation: { status: "failed", version, message: error instanceof Error ? error.message : String(error) },
            });
          }
        });
    });
  }
  void (async () => {
    const restore = await restorePersistedDataset(options.storage);
    monitor.update({ restore });
    const startCheck = await checkOnStart({ storage: options.storage, defaultUrl: options.defaultUrl });
    monitor.update({ startCheck });
  })().catch((error: unknown) => {
    // restore and checkOnStart never throw; anything else is a bug worth showing, not swallowing.
    const message = error instanceof Error ? error.message : String(error);
    monitor.update({
      startCheck: { status: "failed", error: { code: "unexpected", message: { en: message, zh: message }, detail: message } },
    });
  });
  return monitor;
}
