/**
 * "Keep the old figures" (PRODUCT.md §13): writes the values a workbook's changed CN cells had
 * under the stamped version over their formulas (text with the text format, as convert-to-values
 * does), marks them, and appends a note to the Sources sheet naming each kept figure, the version
 * it comes from and what it replaces. Only the listed CN cells are written. A spilled table with a
 * kept cell becomes values first (its formula would otherwise show #SPILL!): ExcelApi 1.12, as
 * convert-to-values. Two syncs: find the spills and the Sources sheet's end, then all the writes.
 */
import type { KeptFiguresPlan } from "../core/changes/kept-figures-plan";
import { TEXT_FORMAT } from "../core/rules/figure-format";
import { COMPARISON_STYLE } from "../core/sheets/comparison-sheet";
import { cellAddress } from "../core/sheets/a1";
import { sameSheetName } from "../core/sheets/sheet-names";
import { FEATURE_API_SETS, requireApiSet } from "./api-sets";
import { excelRun, ExcelWriteError, runWriter, type ExcelRun } from "./excel-run";
import { queueGridWrite } from "./grid-writer";

/** What keeping did. */
export interface KeptFiguresResult {
  kept: number;
  tablesFrozen: number;
  sourcesSheetName: string;
  syncs: number;
}

/** Keeps the old figures of a plan (core/changes/kept-figures-plan.ts). */
export async function keepOldFigures(plan: KeptFiguresPlan, run: ExcelRun = excelRun): Promise<KeptFiguresResult> {
  return runWriter(run, "Could not keep the old figures", async (context) => {
    if (plan.tables.length > 0) {
      const api = FEATURE_API_SETS.convertToValues;
      requireApiSet(api.name, api.version, "Keeping the old figures of a spilled table");
    }
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const spills = plan.tables.map((t) => {
      const spill = worksheets.getItem(t.sheet).getRange(cellAddress(t.row, t.column)).getSpillingToRangeOrNullObject();
      spill.load("address");
      return spill;
    });
    let syncs = 1;
    await context.sync();
    const names = worksheets.items.map((s) => s.name);
    for (const cell of plan.cells) {
      if (!names.some((n) => sameSheetName(n, cell.sheet))) {
        throw new ExcelWriteError(`The sheet '${cell.sheet}' is gone; nothing was kept. Check this workbook again.`);
      }
    }
    const existing =
      names.find((n) => sameSheetName(n, plan.sourcesSheetName)) ?? names.find((n) => sameSheetName(n, plan.otherSourcesSheetName));
    // The spilled tables become values in place; their cells keep their types.
    for (const spill of spills) if (!spill.isNullObject) spill.copyFrom(spill, "Values");
    for (const cell of plan.cells) {
      const range = worksheets.getItem(cell.sheet).getRange(cellAddress(cell.row, cell.column));
      if (cell.text) range.numberFormat = [[TEXT_FORMAT]];
      range.values = [[cell.value]];
      range.format.font.italic = true;
      range.format.font.color = COMPARISON_STYLE.markFont;
    }
    const { note } = plan;
    const sheet = existing !== undefined ? worksheets.getItem(existing) : worksheets.add(plan.sourcesSheetName);
    const below =
      existing !== undefined ? sheet.getUsedRange().getLastRow().getEntireRow().getOffsetRange(2, 0).getCell(0, 0) : sheet.getRange("A1");
    const target = below.getAbsoluteResizedRange(note.rows, note.columns);
    queueGridWrite(target, note);
    target.getRow(0).format.font.bold = true;
    target.getRow(1).format.font.bold = true;
    syncs++;
    await context.sync();
    return {
      kept: plan.cells.length,
      tablesFrozen: spills.filter((s) => !s.isNullObject).length,
      sourcesSheetName: existing ?? plan.sourcesSheetName,
      syncs,
    };
  });
}
