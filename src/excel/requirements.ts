/**
 * The host's Excel requirement sets. The manifest declares only SharedRuntime 1.1, so every
 * Excel API newer than ExcelApi 1.1 that the add-in calls is checked here first and the feature
 * degrades (with an explanation) where it is missing.
 */

/** Whether the host supports an ExcelApi requirement set (`"1.7"`); false outside Office. */
export function excelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
