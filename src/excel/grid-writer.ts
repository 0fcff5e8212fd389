/**
 * Writes a planned grid into a range: number formats first, then the content. Because the text
 * format `@` is in place before any text arrives, a name from the dataset that starts with `=`,
 * `+`, `-`, `@`, a tab or a CR is stored as text and never becomes a formula; only the planned
 * formula cells (which never have `@`) are formulas.
 */
import type { SheetGrid } from "../core/sheet-grid";

/** Queues the grid's formats and content into `range` (which must be exactly grid-sized). */
export function queueGridWrite(range: Excel.Range, grid: SheetGrid): void {
  range.numberFormat = grid.numberFormats;
  range.formulas = grid.formulas;
}
