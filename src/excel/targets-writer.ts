/**
 * Inserts the targets sheet in one `Excel.run` and two syncs: the first reads the sheet names
 * (and where the Sources sheets end), the second creates the sheet, writes the table and its
 * Sources block, and links each value to its Sources row. It creates a sheet and writes into
 * empty cells only: nothing is overwritten.
 */
import type { Stamped } from "../core/rules/data-stamp";
import { queueSheetStamp } from "./data-stamp";
import { rangeAddress } from "../core/sheets/a1";
import { uniqueSheetName } from "../core/sheets/sheet-names";
import type { TargetsSheetPlan } from "../core/sheets/targets-plan";
import { writerSupport, type WriterSupport } from "./comparison-writer";
import { excelRun, runWriter, type ExcelRun } from "./excel-run";
import { queueCitedTable } from "./cited-table-writer";
import { queueGridWrite } from "./grid-writer";
import { probeSourcesSheets, syncWithSourcesProbe } from "./sources-writer";

/** What an insertion did. */
export interface InsertTargetsResult {
  /** The new sheet (the plan's name, or with " (2)"… on a clash). */
  sheetName: string;
  /** Where the table went, e.g. `'AI Targets'!A1:I14`. */
  address: string;
  /** The Sources sheet the citations went to. */
  sourcesSheetName: string;
  /** Values written as links to their Sources rows (0 where Range.hyperlink is missing). */
  linkedFigures: number;
  syncs: number;
}

/** Inserts the targets table on a new sheet, with its Sources block, and activates the sheet. */
export async function insertTargetsSheet(
  plan: Stamped<TargetsSheetPlan>,
  run: ExcelRun = excelRun,
  support: WriterSupport = writerSupport(),
): Promise<InsertTargetsResult> {
  return runWriter(run, "Could not insert the targets sheet", async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const first = await syncWithSourcesProbe(
      () => context.sync(),
      support.hyperlinks ? probeSourcesSheets(context.workbook, plan.sources) : undefined,
      () => worksheets.load("items/name"),
    );
    const probe = first.probe;
    let syncs = first.syncs;

    const existing = worksheets.items.map((s) => s.name);
    const sheetName = uniqueSheetName(plan.sheetName, existing);
    const sheet = worksheets.add(sheetName);
    queueSheetStamp(sheet, plan.stamp);
    const { grid } = plan;
    const target = sheet.getRange(rangeAddress(0, 0, grid.rows - 1, grid.columns - 1));
    queueGridWrite(target, grid);
    const title = target.getRow(0);
    title.format.font.bold = true;
    title.format.font.size = 14;
    const { sources, linkedFigures } = queueCitedTable(context.workbook, sheet.tables, target, plan, sheetName, existing, probe);
    sheet.activate();
    target.load("address");
    syncs++;
    await context.sync();
    return { sheetName, address: target.address, sourcesSheetName: sources.sheetName, linkedFigures, syncs };
  });
}
