/**
 * Mounts the React pane (Fluent UI v9) into the page: the lazy "pane" chunk, loaded by index.tsx
 * after the CN functions have registered. Reads the saved preferences, renders, and marks the
 * first render (`performance.mark("atlas-pane-ready")`, `<html data-pane-ready>`) for the
 * time-to-first-render measurement.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { KeyValueStorage } from "../data/storage";
import { PaneRoot } from "./app/PaneRoot";
import { createDataServices } from "./host/data-services";
import type { Language } from "./i18n";
import type { PaneHost, PaneOperations } from "./host/operations";
import { loadPreferences, savePreferences } from "./i18n/preferences";
import type { StartupMonitor } from "./host/startup";
import type { OfficeThemeInfo } from "./app/theme";

/** What index.tsx hands the pane. */
export interface MountOptions {
  host: PaneHost;
  operations: PaneOperations;
  startup: StartupMonitor;
  storage: KeyValueStorage;
  /** The dataset URL used when none is configured. */
  defaultUrl: string;
  officeTheme?: OfficeThemeInfo;
  displayLanguage: Language;
}

/** The name of the performance mark set when the pane has first rendered. */
export const PANE_READY_MARK = "atlas-pane-ready";

function markReady(): void {
  performance.mark?.(PANE_READY_MARK);
  document.documentElement.dataset.paneReady = "true";
}

/** Renders the pane into `root`. */
export async function mountPane(root: HTMLElement | null, options: MountOptions): Promise<void> {
  if (!root) throw new Error("The page has no #root element.");
  performance.mark?.("atlas-pane-chunk");
  const preferences = await loadPreferences(options.storage);
  performance.mark?.("atlas-pane-render");
  createRoot(root).render(
    <StrictMode>
      <PaneRoot
        host={options.host}
        operations={options.operations}
        services={createDataServices(options.storage, options.defaultUrl)}
        startup={options.startup}
        officeTheme={options.officeTheme}
        displayLanguage={options.displayLanguage}
        initialPreferences={preferences}
        savePreferences={(p) => savePreferences(options.storage, p)}
        onFirstRender={markReady}
      />
    </StrictMode>,
  );
}
