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

/** What the host supports for Trace, from its ExcelApi requirement sets. */
export interface TraceSupport {
  /** Workbook.onSelectionChanged: ExcelApi 1.2. Without it Trace reads the selection on request. */
  followSelection: boolean;
  /** Range.hyperlink: ExcelApi 1.7. Without it a static figure's link is not read (nor written). */
  hyperlinks: boolean;
  /** Range.getSpillParentOrNullObject: ExcelApi 1.12. Without it a spilled row is traced as a plain value. */
  spills: boolean;
}

/** What this host supports for Trace. */
export function traceSupport(): TraceSupport {
  return { followSelection: excelApiSupported("1.2"), hyperlinks: excelApiSupported("1.7"), spills: excelApiSupported("1.12") };
}
