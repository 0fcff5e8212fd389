/** The browser's prefers-color-scheme, followed live (for the preview's theme). */
import { useSyncExternalStore } from "react";

const QUERY = "(prefers-color-scheme: dark)";

function media(): MediaQueryList | undefined {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(QUERY) : undefined;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener?.("change", onChange);
  return () => list?.removeEventListener?.("change", onChange);
}

const snapshot = (): boolean => media()?.matches ?? false;

/** True when the browser asks for a dark colour scheme. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
