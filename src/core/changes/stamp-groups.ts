/**
 * Which dataset version each CN formula of a workbook was computed with: its sheet's stamp, else
 * the workbook's, else (just after a refresh, in a workbook never stamped) the version the CN
 * functions served before it. Formulas are grouped by that stamp, so each group is computed again
 * under its own version.
 */
import type { DataStamp } from "../rules/data-stamp";
import type { WorkbookFormulaCell } from "./workbook-changes";

/** The formulas computed with one version, and the sheets they are on. */
export interface StampGroup {
  stamp: DataStamp;
  formulas: WorkbookFormulaCell[];
  sheets: string[];
}

/** Groups formulas by the stamp that applies to each (`fallback` where their sheet has none). */
export function groupByStamp(
  formulas: readonly WorkbookFormulaCell[],
  sheetStamps: ReadonlyMap<string, DataStamp>,
  fallback: DataStamp,
): StampGroup[] {
  const groups = new Map<string, StampGroup>();
  for (const formula of formulas) {
    const stamp = sheetStamps.get(formula.sheet) ?? fallback;
    const key = `${stamp.version} ${stamp.hash}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { stamp, formulas: [], sheets: [] }));
    group.formulas.push(formula);
    if (!group.sheets.includes(formula.sheet)) group.sheets.push(formula.sheet);
  }
  return [...groups.values()];
}
