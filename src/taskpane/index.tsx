/**
 * The pane's entry, the only place that touches Office.onReady and Office.context. It runs after
 * the functions bundle has registered the CN.* functions. It decides the host (Excel, or the
 * browser preview when Office reports none), builds the matching operations, starts the data
 * services (restore the saved dataset, the optional start-up check, recalculation after a swap
 * in Excel) and loads the React UI as a separate chunk, so registration never waits for React.
 */
import { defaultStorage } from "../data/storage";
import { defaultDatasetUrl } from "./host/data-services";
import type { PaneOperations } from "./host/operations";
import { languageFor } from "./i18n/preferences";
import { previewOperations } from "./host/preview-operations";
import { startDataServices } from "./host/startup";
import type { OfficeThemeInfo } from "./app/theme";

/** Office's theme, when the host reports one. */
function readOfficeTheme(): OfficeThemeInfo | undefined {
  try {
    const theme = Office.context?.officeTheme;
    if (!theme?.bodyBackgroundColor) return undefined;
    const themeIds = (Office as unknown as { ThemeId?: Record<string, unknown> }).ThemeId;
    const colorful = themeIds !== undefined && theme.themeId !== undefined && theme.themeId === themeIds.Colorful;
    return { bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor, colorful };
  } catch {
    return undefined; // hosts without theme support
  }
}

/** Office's display language, or the browser's outside Office. */
function readDisplayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage || navigator.language;
  } catch {
    return navigator.language;
  }
}

function showStartError(error: unknown): void {
  // boot.js already says, in English and Chinese, which file did not load.
  if (document.documentElement.hasAttribute("data-boot-failed")) return;
  const root = document.getElementById("root");
  if (root) root.textContent = `AI Policy Atlas could not start: ${error instanceof Error ? error.message : String(error)}`;
}

// The CN functions registered before this script ran (functions.js comes first), so the UI chunk
// can start downloading now, while Office initialises, instead of after Office.onReady.
const paneModule = import(/* webpackChunkName: "pane" */ "./mount");

/**
 * Calls `start` once Office says which host this is. Without office.js (a plain browser that
 * cannot reach the CDN: offline, a blocked host) there is no Office to ask: the pane runs as the
 * browser preview (inside Office, src/taskpane/boot.js says office.js did not load).
 */
function whenOfficeReady(start: (excel: boolean) => void): void {
  if (typeof Office === "undefined") {
    start(false);
    return;
  }
  Office.onReady((info) => start(info.host === Office.HostType.Excel));
}

whenOfficeReady((excel) => {
  performance.mark?.("atlas-office-ready");
  const storage = defaultStorage();
  const defaultUrl = defaultDatasetUrl(window.location.href);
  const operations: Promise<PaneOperations> = excel
    ? import(/* webpackChunkName: "pane" */ "./host/excel-operations").then(({ excelOperations }) => excelOperations())
    : Promise.resolve(previewOperations());
  const startup = startDataServices({
    storage,
    defaultUrl,
    recalculate: excel ? async () => (await operations).recalculate() : undefined,
  });
  Promise.all([paneModule, operations])
    .then(([{ mountPane }, ops]) =>
      mountPane(document.getElementById("root"), {
        host: excel ? "excel" : "preview",
        operations: ops,
        startup,
        storage,
        defaultUrl,
        officeTheme: excel ? readOfficeTheme() : undefined,
        displayLanguage: languageFor(readDisplayLanguage()),
      }),
    )
    .catch((error: unknown) => {
      showStartError(error);
      throw error; // and to the page's error reporting
    });
});
