/**
 * What Trace and the static-sheet links need from the host. The manifest declares ExcelApi 1.10
 * (src/excel/api-sets.ts), which covers following the selection (Workbook.onSelectionChanged,
 * ExcelApi 1.2), links (Range.hyperlink, 1.7) and the Sources probe (getItemOrNullObject,
 * getUsedRangeOrNullObject, 1.4); only a spilled table's anchor (Range.getSpillParentOrNullObject,
 * ExcelApi 1.12) is guarded. The flags stay so tests (and a host that refused the probe) can
 * exercise the plain fallbacks.
 */
import { FEATURE_API_SETS, isApiSetSupported } from "./api-sets";

/** What the host supports for Trace. */
export interface TraceSupport {
  /** Workbook.onSelectionChanged (ExcelApi 1.2, declared). Without it Trace reads the selection on request. */
  followSelection: boolean;
  /** Range.hyperlink (ExcelApi 1.7, declared). Without it a static figure's link is not read. */
  hyperlinks: boolean;
  /** Range.getSpillParentOrNullObject (ExcelApi 1.12, guarded). Without it a spilled row is traced from its anchor only. */
  spills: boolean;
}

/** What this host supports for Trace. */
export function traceSupport(): TraceSupport {
  const spill = FEATURE_API_SETS.traceSpilledRow;
  return { followSelection: true, hyperlinks: true, spills: isApiSetSupported(spill.name, spill.version) };
}
