/**
 * Which pane features need a host (STYLE.md: "per-page Office needs declared in one table"), and
 * which need a requirement set beyond the manifest's. The browser preview explores, calculates
 * and previews; anything that reads or writes a workbook needs Excel and is shown disabled, with
 * the reason, in the preview. In an Excel too old for a feature's requirement set, the feature
 * is shown disabled with that reason (the manifest admits such hosts so the CN functions run).
 */
import { FEATURE_API_SETS as EXCEL_API_SETS, type ApiSetRequirement } from "../../excel/api-sets";
import type { ApiSetSupport, PaneHost } from "./operations";

/** Every feature of the pane that a host could enable or not. */
export type PaneFeature =
  | "explore"
  | "calculate"
  | "insertCalculatorTable"
  | "insertTargetsTable"
  | "previewComparison"
  | "insertComparison"
  | "insertPackageSheet"
  | "convertToValues"
  | "functionsReference"
  | "copyFormula"
  | "readSelectedCell"
  | "insertFormula"
  | "dataStatus"
  | "refreshData"
  | "recalculateAfterRefresh"
  | "traceSelection"
  | "tracePastedFormula"
  | "checkWorkbookChanges"
  | "keepOldFigures"
  | "comparePastedFormulas";

/** The hosts each feature works in. */
export const FEATURE_HOSTS: Readonly<Record<PaneFeature, readonly PaneHost[]>> = {
  explore: ["excel", "preview"],
  calculate: ["excel", "preview"],
  insertCalculatorTable: ["excel"],
  insertTargetsTable: ["excel"],
  previewComparison: ["excel", "preview"],
  insertComparison: ["excel"],
  insertPackageSheet: ["excel"],
  convertToValues: ["excel"],
  functionsReference: ["excel", "preview"],
  copyFormula: ["excel", "preview"],
  readSelectedCell: ["excel"],
  insertFormula: ["excel"],
  dataStatus: ["excel", "preview"],
  refreshData: ["excel", "preview"],
  recalculateAfterRefresh: ["excel"],
  // Following the selection also needs ExcelApi 1.2 (checked by the Excel operations' `trace` capabilities).
  traceSelection: ["excel"],
  tracePastedFormula: ["excel", "preview"],
  checkWorkbookChanges: ["excel"],
  keepOldFigures: ["excel"],
  comparePastedFormulas: ["excel", "preview"],
};

/** The requirement set each feature needs beyond the manifest's <Sets> (the rest need nothing more). */
export const FEATURE_API_SETS: Readonly<Partial<Record<PaneFeature, ApiSetRequirement>>> = {
  convertToValues: EXCEL_API_SETS.convertToValues,
};

/** Whether a feature can be used, or why not. */
export type Availability =
  | { available: true }
  | { available: false; reason: "needsExcel" }
  | { available: false; reason: "needsNewerExcel"; requirement: ApiSetRequirement };

/** Whether a feature works in a host (and, given the host's requirement-set check, in its version). */
export function availability(feature: PaneFeature, host: PaneHost, supports?: ApiSetSupport): Availability {
  if (!FEATURE_HOSTS[feature].includes(host)) return { available: false, reason: "needsExcel" };
  const requirement = FEATURE_API_SETS[feature];
  if (requirement && supports && !supports(requirement.name, requirement.version)) {
    return { available: false, reason: "needsNewerExcel", requirement };
  }
  return { available: true };
}

/** Whether a feature works in a host (and version). */
export function isAvailable(feature: PaneFeature, host: PaneHost, supports?: ApiSetSupport): boolean {
  return availability(feature, host, supports).available;
}
