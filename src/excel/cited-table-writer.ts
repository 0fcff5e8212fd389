/**
 * The part the calculator table and the targets sheet share once their grid is written: the rows
 * below the header become an Excel table, marked figures are set in italics, the columns are sized,
 * the Sources block is queued, and each row's value links to its own Sources row (row i cites
 * source row i).
 */
import type { CellRef } from "../core/sheets/a1";
import { COMPARISON_STYLE } from "../core/sheets/comparison-sheet";
import type { SheetLanguage } from "../core/rules/figure-format";
import type { SheetGrid } from "../core/sheets/sheet-grid";
import type { SourcesPlan } from "../core/sheets/sources-plan";
import { queueColumnWidths, queueMarks } from "./grid-writer";
import { queueSourcesBlock, queueSourcesLinks, type QueuedSources, type SourcesProbe } from "./sources-writer";

/** A planned table whose body row i cites Sources row i, with its value in one column. */
export interface CitedTablePlan {
  grid: SheetGrid;
  headerRow: number;
  firstBodyRow: number;
  valueColumn: number;
  rows: readonly unknown[];
  marks: readonly CellRef[];
  sources: SourcesPlan;
  options: { language: SheetLanguage };
}

/**
 * Queues the table, marks, widths, Sources block and links for a grid already queued at `target`
 * (grid-sized) on the sheet `sheetName`. `existingSheets` are the names loaded in the first sync;
 * without a `probe` (no Range.hyperlink) the values stay plain.
 */
export function queueCitedTable(
  workbook: Excel.Workbook,
  tables: Excel.TableCollection,
  target: Excel.Range,
  plan: CitedTablePlan,
  sheetName: string,
  existingSheets: readonly string[],
  probe: SourcesProbe | undefined,
): { sources: QueuedSources; linkedFigures: number } {
  const { grid } = plan;
  // A Range, not an address: an address without a sheet would put the table on the active sheet.
  const table = tables.add(target.getCell(plan.headerRow, 0).getAbsoluteResizedRange(grid.rows - plan.headerRow, grid.columns), true);
  table.style = COMPARISON_STYLE.tableStyle;
  table.showFilterButton = false;
  queueMarks(plan.marks, (row, column) => target.getCell(row, column), COMPARISON_STYLE.markFont);
  queueColumnWidths(target, grid, plan.headerRow, grid.rows - 1);
  const sources = queueSourcesBlock(workbook, existingSheets, plan.sources, sheetName, probe?.blockTop(existingSheets, plan.sources));
  const linkedFigures = probe
    ? queueSourcesLinks(
        plan.rows.map((_, i) => ({ cell: target.getCell(plan.firstBodyRow + i, plan.valueColumn), sourceIndex: i })),
        sources,
        plan.options.language,
      )
    : 0;
  return { sources, linkedFigures };
}
