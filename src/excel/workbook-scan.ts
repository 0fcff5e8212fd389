/**
 * Reads every CN formula of the workbook for "What changed in this workbook" (PRODUCT.md §13):
 * each sheet's used range, chunk by chunk within Excel on the web's 5 MB response limit, keeping
 * the anchor of each spilled table (its cells are the table's values) and the values of every
 * cell, so the formulas can be evaluated again under another dataset version, and each sheet's
 * data stamp. One sync for the sheets, one for their used ranges and stamps, then one per chunk.
 */
import type { WorkbookCells, WorkbookFormulaCell } from "../core/changes/workbook-changes";
import { isCnFormula } from "../core/formula/cn-formula-text";
import type { ReferenceNode } from "../core/formula/formula-syntax";
import { sameSheetName } from "../core/sheets/sheet-names";
import type { DataStamp } from "../core/rules/data-stamp";
import { queueSheetStampReads, sheetStamp } from "./data-stamp";
import { excelRun, runWriter, type ExcelRun } from "./excel-run";
import { readInChunks } from "./range-chunks";

type Value = string | number | boolean;

/** The most cells one reference may cover to be evaluated again (a whole column is a million). */
const MAX_REFERENCE_CELLS = 100_000;

/** The values of a sheet's used range and where it starts. */
interface SheetValues {
  name: string;
  top: number;
  left: number;
  values: Value[][];
}

/** The workbook's CN formulas and cell values, its sheets' data stamps, and what reading them cost. */
export interface WorkbookScan extends WorkbookCells {
  /** The stamp of each sheet that has one (ExcelApi 1.12; none on older hosts). */
  sheetStamps: Map<string, DataStamp>;
  /** A sheet's values from A1 (rows above and columns left of its used range empty); undefined for no such sheet. */
  rowsOf(sheet: string): Value[][] | undefined;
  sheets: number;
  chunks: number;
  syncs: number;
}

/** Reads the CN formulas of every sheet. `chunkCells`: the most cells one sync reads (tests use small values). */
export async function scanWorkbookCnCells(run: ExcelRun = excelRun, chunkCells?: number): Promise<WorkbookScan> {
  return runWriter(run, "Could not read the workbook's CN formulas", async (context) => {
    let syncs = 0;
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    syncs++;
    await context.sync();
    const used = worksheets.items.map(({ name }) => {
      const range = worksheets.getItem(name).getUsedRangeOrNullObject();
      range.load("rowIndex, columnIndex, rowCount, columnCount");
      return { name, range };
    });
    const stampReads = queueSheetStampReads(
      worksheets,
      used.map((u) => u.name),
    );
    syncs++;
    await context.sync();
    const sheetStamps = new Map<string, DataStamp>();
    for (const { name } of used) {
      const stamp = sheetStamp(stampReads?.get(name));
      if (stamp) sheetStamps.set(name, stamp);
    }
    const sheets: SheetValues[] = [];
    const formulas: WorkbookFormulaCell[] = [];
    let chunks = 0;
    for (const { name, range } of used) {
      if (range.isNullObject) continue;
      const sheet: SheetValues = { name, top: range.rowIndex, left: range.columnIndex, values: [] };
      sheets.push(sheet);
      const read = await readInChunks(
        context,
        range,
        "formulas, values",
        ({ range: chunk }) => {
          for (let r = 0; r < chunk.values.length; r++) {
            const row = chunk.values[r] as Value[];
            const rowIndex = sheet.top + sheet.values.length;
            sheet.values.push(row);
            for (let c = 0; c < row.length; c++) {
              const formula = chunk.formulas[r][c];
              if (isCnFormula(formula, row[c]))
                formulas.push({ sheet: name, row: rowIndex, column: sheet.left + c, formula: String(formula) });
            }
          }
        },
        chunkCells,
      );
      chunks += read.chunks;
      syncs += read.syncs;
    }
    return {
      formulas,
      valuesOf: (name: string, ref: ReferenceNode) => valuesIn(sheets, name, ref),
      sheetStamps,
      rowsOf: (name: string) => rowsFromA1(sheets, name),
      sheets: used.length,
      chunks,
      syncs,
    };
  });
}

/** A referenced block's values; "" outside the used range; undefined for a sheet the workbook does not have. */
function valuesIn(sheets: readonly SheetValues[], name: string, ref: ReferenceNode): Value[][] | undefined {
  const sheet = sheets.find((s) => sameSheetName(s.name, name));
  if (!sheet || (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > MAX_REFERENCE_CELLS) return undefined;
  const out: Value[][] = [];
  for (let r = ref.top; r <= ref.bottom; r++) {
    const row = sheet.values[r - sheet.top];
    const cells: Value[] = [];
    for (let c = ref.left; c <= ref.right; c++) cells.push(row?.[c - sheet.left] ?? "");
    out.push(cells);
  }
  return out;
}

function rowsFromA1(sheets: readonly SheetValues[], name: string): Value[][] | undefined {
  const sheet = sheets.find((s) => sameSheetName(s.name, name));
  if (!sheet) return undefined;
  const pad: Value[] = new Array<Value>(sheet.left).fill("");
  return [...Array.from({ length: sheet.top }, (): Value[] => []), ...sheet.values.map((row) => [...pad, ...row])];
}
