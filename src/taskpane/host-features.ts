/**
 * Which pane features need a host (STYLE.md: "per-page Office needs declared in one table").
 * The browser preview explores, calculates and previews; anything that reads or writes a
 * workbook needs Excel and is shown disabled, with the reason, in the preview.
 */
import type { PaneHost } from "./operations";

/** Every feature of the pane that a host could enable or not. */
export type PaneFeature =
  | "explore"
  | "calculate"
  | "insertCalculatorTable"
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
  | "recalculateAfterRefresh";

/** The hosts each feature works in. */
export const FEATURE_HOSTS: Readonly<Record<PaneFeature, readonly PaneHost[]>> = {
  explore: ["excel", "preview"],
  calculate: ["excel", "preview"],
  insertCalculatorTable: ["excel"],
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
};

/** Whether a feature works in a host. */
export function isAvailable(feature: PaneFeature, host: PaneHost): boolean {
  return FEATURE_HOSTS[feature].includes(host);
}
