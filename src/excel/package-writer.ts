/**
 * Inserts a planned package sheet (PRODUCT.md §9) in one `Excel.run` and two syncs: the first
 * reads the sheet names, the second creates the sheet (`AI Package`, or `AI Package (2)` on a
 * clash), writes the profile inputs and the live formulas or static values, formats them, and
 * for a static sheet appends the Sources block. Nothing existing is overwritten.
 */
import type { Stamped } from "../core/rules/data-stamp";
import { queueSheetStamp } from "./data-stamp";
import { COMPARISON_STYLE } from "../core/sheets/comparison-sheet";
import type { PackageSheetPlan } from "../core/sheets/package-sheet-plan";
import { uniqueSheetName } from "../core/sheets/sheet-names";
import { excelRun, runWriter, type ExcelRun } from "./excel-run";
import { queueGridWrite } from "./grid-writer";
import { queueSourcesBlock } from "./sources-writer";
import { rangeAddress } from "../core/sheets/a1";

/** What an insertion did. */
export interface InsertPackageResult {
  sheetName: string;
  /** The Sources sheet a static sheet cited its lines on. */
  sourcesSheetName?: string;
  /** `context.sync()` calls made (2). */
  syncs: number;
}

/** Inserts the package sheet and activates it. */
export async function insertPackageSheet(plan: Stamped<PackageSheetPlan>, run: ExcelRun = excelRun): Promise<InsertPackageResult> {
  return runWriter(run, "Could not insert the package sheet", async (context) => {
    let syncs = 0;
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    syncs++;
    await context.sync();

    const existing = worksheets.items.map((s) => s.name);
    const sheetName = uniqueSheetName(plan.sheetName, existing);
    const sheet = worksheets.add(sheetName);
    queueSheetStamp(sheet, plan.stamp);
    queuePackageSheet(sheet, plan);
    const sources = plan.sources ? queueSourcesBlock(context.workbook, existing, plan.sources, sheetName) : undefined;
    sheet.activate();
    syncs++;
    await context.sync();
    return { sheetName, sourcesSheetName: sources?.sheetName, syncs };
  });
}

/** Queues the content and formatting of a new package sheet. */
function queuePackageSheet(sheet: Excel.Worksheet, plan: PackageSheetPlan): void {
  const { grid, addresses } = plan;
  const style = COMPARISON_STYLE;
  queueGridWrite(sheet.getRange(rangeAddress(0, 0, grid.rows - 1, grid.columns - 1)), grid);
  const title = sheet.getRange("A1");
  title.format.font.bold = true;
  title.format.font.size = 14;
  // Input cells look like input cells, in both modes: a static sheet still shows what it was computed from.
  sheet.getRange(addresses.inputs).format.fill.color = style.parameterFill;
  for (const address of [addresses.firm, addresses.eligible, addresses.possible]) {
    const total = sheet.getRange(address);
    total.format.font.bold = true;
    total.format.fill.color = style.highlightFill;
    total.format.font.color = style.highlightFont;
  }
  const breakdownHeader = sheet.getRange(addresses.breakdown).getRow(0);
  breakdownHeader.format.font.bold = true;
  sheet.getRange(rangeAddress(0, 0, grid.rows - 1, 1)).format.autofitColumns();
}
