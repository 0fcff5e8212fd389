/**
 * Runs an async action from a button: its state (running, done with a value, failed with an
 * error) for the UI, with `slow` set once it has run for 150 ms, so a spinner shows only for
 * what takes long enough to notice. A newer run supersedes an older one's result.
 */
import { useCallback, useEffect, useRef, useState } from "react";

/** Where an action is. */
export type TaskState<T> =
  { status: "idle" } | { status: "running"; slow: boolean } | { status: "done"; value: T } | { status: "failed"; error: unknown };

/** How long an action runs before the UI shows progress. */
export const SLOW_AFTER_MS = 150;

/** An action's state, a function to start it, and one to forget its result. */
export function useTask<T, A extends unknown[]>(
  action: (...args: A) => Promise<T>,
): [TaskState<T>, (...args: A) => Promise<void>, () => void] {
  const [state, setState] = useState<TaskState<T>>({ status: "idle" });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const actionRef = useRef(action);
  useEffect(() => {
    actionRef.current = action;
  });
  useEffect(
    () => () => {
      latest.current = -1; // unmounted: ignore late results
      clearTimeout(timer.current);
    },
    [],
  );
  const run = useCallback(async (...args: A) => {
    const mine = ++latest.current;
    setState({ status: "running", slow: false });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (latest.current === mine) setState((s) => (s.status === "running" ? { status: "running", slow: true } : s));
    }, SLOW_AFTER_MS);
    try {
      const value = await actionRef.current(...args);
      if (latest.current === mine) setState({ status: "done", value });
    } catch (error) {
      if (latest.current === mine) setState({ status: "failed", error });
    } finally {
      if (latest.current === mine) clearTimeout(timer.current);
    }
  }, []);
  const reset = useCallback(() => {
    latest.current++;
    clearTimeout(timer.current);
    setState({ status: "idle" });
  }, []);
  return [state, run, reset];
}

/** The message of a thrown value. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
