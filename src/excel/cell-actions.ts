/**
 * The pane's one-cell actions: write a worksheet formula into the active cell (the Functions
 * view's "insert into selected cell"), and read the selected cell (to use it as an argument).
 * One sync each.
 */
import { excelRun, runWriter, type ExcelRun } from "./excel-run";

/** Writes `formula` (e.g. `=CN.AISUBSIDY(A2,"model",B2)`) into the active cell; returns its address. */
export async function insertFormulaAtActiveCell(formula: string, run: ExcelRun = excelRun): Promise<{ address: string }> {
  if (!formula.startsWith("=")) throw new Error(`Not a formula: ${formula}`);
  return runWriter(run, "Could not insert the formula", async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return { address: cell.address };
  });
}

/**
 * The address of the active cell (the selection's current cell), with its sheet (`Sheet1!A2`).
 * The active cell, not `getSelectedRange()`: that fails when several areas are selected.
 */
export async function selectedCellAddress(run: ExcelRun = excelRun): Promise<string> {
  return runWriter(run, "Could not read the selected cell", async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
