/**
 * The pane's clock: the real one unless a test or a screenshot passes a fixed one to PaneRoot.
 * Views read today's date from it to mark policies whose period has ended or ends soon.
 */
import { createContext, useContext } from "react";
import { localDay, systemClock, type Clock } from "../../core/rules/freshness";

/** The clock the pane's views read. */
export const ClockContext = createContext<Clock>(systemClock);

/** Today, `YYYY-MM-DD`, by the pane's clock. */
export function useToday(): string {
  return localDay(useContext(ClockContext)());
}

/** The pane's clock itself, for code that needs dates of its own (CN functions' ages and periods). */
export function usePaneClock(): Clock {
  return useContext(ClockContext);
}
