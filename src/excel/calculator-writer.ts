/**
 * Inserts the calculator's ranked table at the active cell in two syncs: the first checks that
 * the area it needs is empty and holds no table (it refuses rather than overwrite), the second
 * writes it and formats it as an Excel table.
 */
import type { CalculatorTablePlan } from "../core/sheets/calculator-plan";
import { writerSupport, type WriterSupport } from "./comparison-writer";
import { excelRun, ExcelWriteError, runWriter, type ExcelRun } from "./excel-run";
import { queueCitedTable } from "./cited-table-writer";
import { queueGridWrite } from "./grid-writer";
import { probeSourcesSheets, syncWithSourcesProbe } from "./sources-writer";

/** What an insertion did. */
export interface InsertCalculatorResult {
  /** Where the table went, e.g. `Sheet1!B3:H13`. */
  address: string;
  /** The Sources sheet the rows' citations went to. */
  sourcesSheetName: string;
  /** Figures written as links to their Sources rows (0 where Range.hyperlink is missing). */
  linkedFigures: number;
  syncs: number;
}

/** Inserts the ranked table with its top-left corner at the active cell. */
export async function insertCalculatorTable(
  plan: CalculatorTablePlan,
  run: ExcelRun = excelRun,
  support: WriterSupport = writerSupport(),
): Promise<InsertCalculatorResult> {
  return runWriter(run, "Could not insert the calculator table", async (context) => {
    const { grid } = plan;
    const target = context.workbook.getActiveCell().getAbsoluteResizedRange(grid.rows, grid.columns);
    const overlapping = target.getTables(false);
    const worksheets = context.workbook.worksheets;
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const load = (): void => {
      target.load("address, formulas");
      overlapping.load("items/name");
      worksheets.load("items/name");
      sheet.load("name");
    };
    load();
    const first = await syncWithSourcesProbe(
      () => context.sync(),
      support.hyperlinks ? probeSourcesSheets(context.workbook, plan.sources) : undefined,
      load,
    );
    const probe = first.probe;
    let syncs = first.syncs;

    const tableNames = overlapping.items.map((t) => t.name);
    const occupied = target.formulas.some((row) => row.some((cell) => cell !== "" && cell !== null));
    if (occupied || tableNames.length > 0) {
      throw new ExcelWriteError(
        `The table needs ${grid.rows} rows × ${grid.columns} columns of empty cells at ${target.address}, but ${
          occupied ? "some of them hold data" : `they overlap the table ${tableNames[0]}`
        }. Select an empty cell with room below and to the right, or a new sheet.`,
      );
    }
    queueGridWrite(target, grid);
    const title = target.getRow(0);
    title.format.font.bold = true;
    const existing = worksheets.items.map((s) => s.name);
    const { sources, linkedFigures } = queueCitedTable(
      context.workbook,
      context.workbook.tables,
      target,
      plan,
      sheet.name,
      existing,
      probe,
    );
    syncs++;
    await context.sync();
    return { address: target.address, sourcesSheetName: sources.sheetName, linkedFigures, syncs };
  });
}
