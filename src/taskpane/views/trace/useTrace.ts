/**
 * Trace's state: the snapshot of the selected cell (read through the operations, debounced after
 * each selection change so moving across cells costs one read, and stale reads dropped) or of a
 * pasted formula, and its trace against the loaded dataset (recomputed after a refresh).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Atlas } from "../../../core/names/atlas";
import { traceCell, type Trace } from "../../../core/trace/trace";
import { referencesToRead, type TraceSnapshot } from "../../../core/trace/trace-snapshot";
import type { PaneOperations } from "../../host/operations";

/** How long the selection must rest before Trace reads it. */
export const TRACE_DEBOUNCE_MS = 200;

/** What the Trace view shows. */
export interface TraceState {
  trace?: Trace;
  /** The snapshot the trace was made from. */
  snapshot?: TraceSnapshot;
  /** Where the snapshot came from. */
  origin?: "selection" | "pasted";
  reading: boolean;
  error?: unknown;
  /** Whether the view follows the selection. */
  following: boolean;
  limits: readonly string[];
  traceSelection: () => void;
  tracePasted: (formula: string) => void;
}

/** A snapshot of a pasted formula: no workbook, so its references cannot be read. */
export function pastedSnapshot(formula: string, reason: string): TraceSnapshot {
  const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
  return {
    sheet: "",
    address: "",
    formula: text,
    value: "",
    references: referencesToRead(text).map((r) => ({ sheet: r.sheet ?? "", address: r.address, problem: reason })),
  };
}

/** Trace's state for a host; `active` = the Trace view has been opened (it follows from then on). */
export function useTrace(operations: PaneOperations, atlas: Atlas, active: boolean, noWorkbookReason: string): TraceState {
  const [snapshot, setSnapshot] = useState<TraceSnapshot>();
  const [origin, setOrigin] = useState<"selection" | "pasted">();
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [following, setFollowing] = useState(false);
  const request = useRef(0);

  const read = useCallback(() => {
    const id = ++request.current;
    setReading(true);
    operations.readTraceSnapshot().then(
      (s) => {
        if (id !== request.current) return;
        setSnapshot(s);
        setOrigin("selection");
        setError(undefined);
        setReading(false);
      },
      (e: unknown) => {
        if (id !== request.current) return;
        setError(e);
        setReading(false);
      },
    );
  }, [operations]);

  useEffect(() => {
    if (!active || operations.host !== "excel") return;
    read();
    if (!operations.trace.followSelection) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    const onChange = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(read, TRACE_DEBOUNCE_MS);
    };
    operations.watchSelection(onChange).then(
      (s) => {
        if (cancelled) void s().catch(() => undefined);
        else {
          stop = s;
          setFollowing(true);
        }
      },
      (e: unknown) => setError(e),
    );
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      setFollowing(false);
      // Closing the pane ends the runtime's handlers anyway; a failure to remove one is harmless.
      if (stop) stop().catch(() => undefined);
    };
  }, [active, operations, read]);

  const tracePasted = useCallback(
    (formula: string) => {
      request.current++;
      setSnapshot(pastedSnapshot(formula, noWorkbookReason));
      setOrigin("pasted");
      setError(undefined);
      setReading(false);
    },
    [noWorkbookReason],
  );

  const trace = useMemo(() => (snapshot ? traceCell(atlas, snapshot) : undefined), [atlas, snapshot]);
  return {
    trace,
    snapshot,
    origin,
    reading,
    error,
    following,
    limits: snapshot?.limits ?? [],
    traceSelection: read,
    tracePasted,
  };
}
