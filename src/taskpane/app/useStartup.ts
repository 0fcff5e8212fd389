/** The start-up state (restore, start check, recalculation) from the monitor index.tsx started. */
import { useSyncExternalStore } from "react";
import type { StartupMonitor, StartupSnapshot } from "../host/startup";

/** The monitor's current snapshot, re-rendering on change. */
export function useStartup(monitor: StartupMonitor): StartupSnapshot {
  return useSyncExternalStore(monitor.subscribe, monitor.getSnapshot, monitor.getSnapshot);
}
