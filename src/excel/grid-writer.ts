/**
 * Writes a planned grid into a range: number formats first, then the content. Because the text
 * format `@` is in place before any text arrives, a name from the dataset that starts with `=`,
 * `+`, `-`, `@`, a tab or a CR is stored as text and never becomes a formula; only the planned
 * formula cells (which never have `@`) are formulas. Also sizes the grid's columns.
 */
import { planColumnWidths } from "../core/sheets/column-widths";
import type { SheetGrid } from "../core/sheets/sheet-grid";

/** Queues the grid's formats and content into `range` (which must be exactly grid-sized). */
export function queueGridWrite(range: Excel.Range, grid: SheetGrid): void {
  range.numberFormat = grid.numberFormats;
  range.formulas = grid.formulas;
}

/** Queues a draft / press-report / ending mark on each marked cell: italic, in `color`. */
export function queueMarks(
  marks: readonly { row: number; column: number }[],
  cellAt: (row: number, column: number) => Excel.Range,
  color: string,
): void {
  for (const mark of marks) {
    const cell = cellAt(mark.row, mark.column);
    cell.format.font.italic = true;
    cell.format.font.color = color;
  }
}

/**
 * Sizes the columns of a grid written at `range` (grid-sized) to fit the rows `fromRow`…`toRow`.
 * `autofitColumns` fits whole columns (office-js#1017), so a column where a title, hint or note
 * outside those rows is wider gets an explicit width instead (planColumnWidths); `skip` lists
 * columns the caller sizes itself.
 */
export function queueColumnWidths(
  range: Excel.Range,
  grid: SheetGrid,
  fromRow: number,
  toRow: number,
  skip: ReadonlySet<number> = new Set(),
): void {
  const plan = planColumnWidths(grid, fromRow, toRow);
  for (const [column, points] of plan.explicit) {
    if (!skip.has(column)) range.getCell(fromRow, column).getEntireColumn().format.columnWidth = points;
  }
  // Neighbouring autofit columns go in one call.
  const columns = plan.autofit.filter((c) => !skip.has(c));
  for (let i = 0; i < columns.length;) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
    range
      .getCell(fromRow, columns[i])
      .getAbsoluteResizedRange(toRow - fromRow + 1, columns[j] - columns[i] + 1)
      .format.autofitColumns();
    i = j + 1;
  }
}
