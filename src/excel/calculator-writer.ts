/**
 * Inserts the calculator's ranked table at the active cell in two syncs: the first checks that
 * the area it needs is empty and holds no table (it refuses rather than overwrite), the second
 * writes it and formats it as an Excel table.
 */
import type { CalculatorTablePlan } from "../core/calculator-plan";
import { COMPARISON_STYLE } from "../core/comparison-plan";
import { excelRun, ExcelWriteError, runWriter, type ExcelRun } from "./excel-run";
import { queueColumnWidths, queueGridWrite } from "./grid-writer";

/** What an insertion did. */
export interface InsertCalculatorResult {
  /** Where the table went, e.g. `Sheet1!B3:H13`. */
  address: string;
  syncs: number;
}

/** Inserts the ranked table with its top-left corner at the active cell. */
export async function insertCalculatorTable(plan: CalculatorTablePlan, run: ExcelRun = excelRun): Promise<InsertCalculatorResult> {
  return runWriter(run, "Could not insert the calculator table", async (context) => {
    let syncs = 0;
    const { grid } = plan;
    const target = context.workbook.getActiveCell().getAbsoluteResizedRange(grid.rows, grid.columns);
    target.load("address, formulas");
    const overlapping = target.getTables(false);
    overlapping.load("items/name");
    syncs++;
    await context.sync();

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
    const tableRange = target.getCell(plan.headerRow, 0).getAbsoluteResizedRange(grid.rows - plan.headerRow, grid.columns);
    const table = context.workbook.tables.add(tableRange, true);
    table.style = COMPARISON_STYLE.tableStyle;
    table.showFilterButton = false;
    for (const mark of plan.marks) {
      const cell = target.getCell(mark.row, mark.column);
      cell.format.font.italic = true;
      cell.format.font.color = COMPARISON_STYLE.markFont;
    }
    queueColumnWidths(target, grid, plan.headerRow, grid.rows - 1);
    syncs++;
    await context.sync();
    return { address: target.address, syncs };
  });
}
