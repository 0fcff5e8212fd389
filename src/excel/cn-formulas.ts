/**
 * The workbook's CN formulas after the fact: convert them to values for sharing (every other
 * formula kept), and recalculate them after a data refresh. Each is one `Excel.run` with at
 * most two syncs.
 */
import { isCnFormula, isExcelError, isPending, spillsTable } from "../core/cn-formula-text";
import { TEXT_FORMAT } from "../core/figure-format";
import { excelRun, ExcelWriteError, runWriter, type ExcelRun } from "./excel-run";

/** What a conversion did. */
export interface ConvertResult {
  /** CN formulas replaced by their values (a spilled table counts once). */
  converted: number;
  /** Of those, spilled tables converted as whole blocks. */
  spilledTables: number;
  /** The range that was scanned (empty when there was nothing to scan). */
  address: string;
  syncs: number;
}

/**
 * Replaces the CN formulas in the selection (or the whole active sheet) by the values they show.
 * Other formulas, constants and formats stay as they are, except that a CN result that is text
 * gets the text format so it cannot turn into a formula when written back. A spilled CN table is
 * converted whole (Range.getSpillingToRange + copyFrom values, ExcelApi 1.12), even where the
 * selection covers only part of it. Refuses, writing nothing, while a CN cell is still computing.
 */
export async function convertCnFormulasToValues(scope: "selection" | "sheet", run: ExcelRun = excelRun): Promise<ConvertResult> {
  return runWriter(run, "Could not convert the CN formulas to values", async (context) => {
    let syncs = 0;
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    // The used range bounds the work: a selected whole column is a million cells, its used part a few.
    const target =
      scope === "sheet"
        ? sheet.getUsedRangeOrNullObject()
        : context.workbook.getSelectedRange().getIntersectionOrNullObject(sheet.getUsedRange());
    target.load("address, formulas, values, numberFormat");
    syncs++;
    await context.sync();
    if (target.isNullObject) return { converted: 0, spilledTables: 0, address: "", syncs };

    const { formulas, values, numberFormat } = target;
    const cells: { row: number; column: number }[] = [];
    for (let r = 0; r < formulas.length; r++) {
      for (let c = 0; c < formulas[r].length; c++) if (isCnFormula(formulas[r][c], values[r][c])) cells.push({ row: r, column: c });
    }
    const pending = cells.filter((p) => isPending(values[p.row][p.column]));
    if (pending.length > 0) {
      throw new ExcelWriteError(
        `${pending.length} CN formula${pending.length > 1 ? "s are" : " is"} still calculating in ${target.address}; nothing was converted. Wait a moment and try again.`,
      );
    }
    let spilledTables = 0;
    for (const { row, column } of cells) {
      const cell = target.getCell(row, column);
      const value = values[row][column];
      if (spillsTable(String(formulas[row][column]), value)) {
        // The whole spilled block becomes values in place; its cells keep their types (text stays text).
        const spill = cell.getSpillingToRange();
        spill.copyFrom(spill, "Values");
        spilledTables++;
      } else if (typeof value === "string" && !isExcelError(value)) {
        cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[value]];
      } else {
        // Numbers, booleans and errors (written as "#N/A", Excel stores the error value).
        cell.numberFormat = [[numberFormat[row][column]]];
        cell.values = [[value]];
      }
    }
    if (cells.length > 0) {
      syncs++;
      await context.sync();
    }
    return { converted: cells.length, spilledTables, address: target.address, syncs };
  });
}

/** What a recalculation did. */
export interface RecalculateResult {
  calculation: "full";
  syncs: number;
}

/**
 * Recalculates every formula in the open workbooks, so each CN formula reads the refreshed data.
 * A full calculation, because Excel offers no way to mark only the cells that call an add-in's
 * functions as dirty: the alternative, rewriting each CN formula to dirty it, must first read
 * every sheet's formulas (the sheet names, then their formulas, then the writes: three syncs,
 * and the whole workbook's formulas through the API), is an edit that clears the undo stack and
 * risks array formulas; and it would still leave cells that depend on CN results to Excel.
 * A refresh is rare and asked for, so one full calculation is the right price. One sync.
 */
export async function recalculateCnFormulas(run: ExcelRun = excelRun): Promise<RecalculateResult> {
  return runWriter(run, "Could not recalculate the CN formulas", async (context) => {
    let syncs = 0;
    context.workbook.application.calculate("Full");
    syncs++;
    await context.sync();
    return { calculation: "full", syncs };
  });
}
