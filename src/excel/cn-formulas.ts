/**
 * The workbook's CN formulas after the fact: convert them to values for sharing (every other
 * formula kept), and recalculate them after a data refresh. Each is one `Excel.run`.
 */
import { isCnFormula, isExcelError, isPending, spillsTable } from "../core/formula/cn-formula-text";
import { TEXT_FORMAT } from "../core/rules/figure-format";
import { FEATURE_API_SETS, requireApiSet } from "./api-sets";
import { excelRun, ExcelWriteError, runWriter, type ExcelRun } from "./excel-run";
import { errorCode, readInChunks } from "./range-chunks";

/** What a conversion did. */
export interface ConvertResult {
  /** CN formulas replaced by their values (a spilled table counts once). */
  converted: number;
  /** Of those, spilled tables converted as whole blocks. */
  spilledTables: number;
  /** The range that was scanned (empty when there was nothing to scan). */
  address: string;
  /** Row chunks the scanned range was read in (each one sync). */
  chunks: number;
  syncs: number;
}

/** Tuning of a conversion (tests use small values to see the chunking). */
export interface ConvertOptions {
  /** Most cells read per sync (whole rows). */
  chunkCells?: number;
  /** Most CN cells written per sync. */
  writeBatch?: number;
}

/** CN cells written per sync: a few hundred bytes of request each, far under the 5 MB request limit. */
const WRITE_BATCH = 5_000;

/** A CN formula cell found in the scan, relative to the scanned range. */
interface CnCell {
  row: number;
  column: number;
  formula: string;
  value: unknown;
  numberFormat: string;
}

/**
 * Replaces the CN formulas in the selection (or the whole active sheet) by the values they show.
 * Other formulas, constants and formats stay as they are, except that a CN result that is text
 * gets the text format so it cannot turn into a formula when written back. A spilled CN table is
 * converted whole (Range.getSpillingToRangeOrNullObject + copyFrom values, ExcelApi 1.12), even
 * where the selection covers only part of it; a table formula that does not spill (blocked, or a
 * one-cell result) is converted as one cell instead of failing the batch. Refuses, writing
 * nothing, while a CN cell is still computing, and when several areas are selected.
 *
 * Syncs: one for the range's size, one per chunk of rows read (Excel on the web's 5 MB response
 * limit), one to find the spilled tables (when there are any), one per batch of writes.
 */
export async function convertCnFormulasToValues(
  scope: "selection" | "sheet",
  run: ExcelRun = excelRun,
  options: ConvertOptions = {},
): Promise<ConvertResult> {
  return runWriter(run, "Could not convert the CN formulas to values", async (context) => {
    const api = FEATURE_API_SETS.convertToValues;
    requireApiSet(api.name, api.version, "Converting CN formulas to values");
    let syncs = 0;
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    // The used range bounds the work: a selected whole column is a million cells, its used part a few.
    const target =
      scope === "sheet"
        ? sheet.getUsedRangeOrNullObject()
        : context.workbook.getSelectedRange().getIntersectionOrNullObject(sheet.getUsedRange());
    target.load("address, rowCount, columnCount");
    try {
      syncs++;
      await context.sync();
    } catch (e) {
      if (scope === "selection" && errorCode(e) === "InvalidSelection") {
        throw new ExcelWriteError(
          "Several areas are selected. Select one range (or use “Convert active sheet”) and try again; nothing was converted.",
          { cause: e, reason: "multipleAreas" },
        );
      }
      throw e;
    }
    if (target.isNullObject) return { converted: 0, spilledTables: 0, address: "", chunks: 0, syncs };

    const cells: CnCell[] = [];
    const read = await readInChunks(
      context,
      target,
      "formulas, values, numberFormat",
      ({ firstRow, range }) => {
        const { formulas, values, numberFormat } = range;
        for (let r = 0; r < formulas.length; r++) {
          for (let c = 0; c < formulas[r].length; c++) {
            const formula = formulas[r][c];
            if (isCnFormula(formula, values[r][c])) {
              cells.push({ row: firstRow + r, column: c, formula: String(formula), value: values[r][c], numberFormat: numberFormat[r][c] });
            }
          }
        }
      },
      options.chunkCells,
    );
    syncs += read.syncs;
    const pending = cells.filter((cell) => isPending(cell.value));
    if (pending.length > 0) {
      throw new ExcelWriteError(
        `${pending.length} CN formula${pending.length > 1 ? "s are" : " is"} still calculating in ${target.address}; nothing was converted. Wait a moment and try again.`,
      );
    }

    // Which table formulas really spill: a blocked (#SPILL!) or one-cell result has no spill range.
    const candidates = cells.filter((cell) => spillsTable(cell.formula, cell.value));
    const spills = new Map<CnCell, Excel.Range>();
    if (candidates.length > 0) {
      for (const cell of candidates) {
        const spill = target.getCell(cell.row, cell.column).getSpillingToRangeOrNullObject();
        spill.load("address, values, numberFormat");
        spills.set(cell, spill);
      }
      syncs++;
      await context.sync();
    }

    let spilledTables = 0;
    const batch = options.writeBatch ?? WRITE_BATCH;
    for (let start = 0; start < cells.length; start += batch) {
      for (const cell of cells.slice(start, start + batch)) {
        const spill = spills.get(cell);
        if (spill && !spill.isNullObject) {
          // The whole spilled block becomes values in place; its text cells get the text format, so
          // a name like "=1+1" or "+86…" stays text when the sheet is saved as CSV and read back.
          spill.copyFrom(spill, "Values");
          spill.numberFormat = textFormats(spill.values, spill.numberFormat);
          spilledTables++;
        } else {
          queueValueWrite(target.getCell(cell.row, cell.column), cell);
        }
      }
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- batches of writes keep each request far under 5 MB
      await context.sync();
    }
    return { converted: cells.length, spilledTables, address: target.address, chunks: read.chunks, syncs };
  });
}

/** The spilled block's number formats with every text cell (not an error value) set to text. */
function textFormats(values: unknown[][], formats: unknown[][]): string[][] {
  return values.map((row, r) =>
    row.map((value, c) => (typeof value === "string" && !isExcelError(value) ? TEXT_FORMAT : String(formats[r]?.[c] ?? "General"))),
  );
}

/** Writes a CN cell's value over its formula; text gets the text format so it stays text. */
function queueValueWrite(range: Excel.Range, cell: CnCell): void {
  const { value } = cell;
  if (typeof value === "string" && !isExcelError(value)) {
    range.numberFormat = [[TEXT_FORMAT]];
    range.values = [[value]];
  } else {
    // Numbers, booleans and errors (written as "#N/A", Excel stores the error value).
    range.numberFormat = [[cell.numberFormat]];
    range.values = [[value]];
  }
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
