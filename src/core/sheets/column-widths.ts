/**
 * Column widths for a planned block. Excel's `Range.format.autofitColumns()` fits the whole
 * column, every cell of it, whatever range it is called on (office-js#1017): a long title in A1,
 * a hint or a note in a column would make that column as wide as the text. So a column whose
 * cells outside the table rows hold text wider than the table's own content gets an explicit
 * width, estimated from the table rows; only the other columns are autofitted.
 */
import { displayText } from "../rules/figure-format";
import type { SheetGrid } from "./sheet-grid";

/** Points per half-width character of Excel's default 11 pt font (Aptos/Calibri), rounded up. */
const POINTS_PER_CHARACTER = 6;
/** A full-width character (CJK, full-width punctuation) is about twice as wide. */
const POINTS_PER_WIDE_CHARACTER = 11.5;
/** Cell padding and the filter/sort button's room in a table header. */
const PADDING_POINTS = 14;
/** Excel's standard column (8.43 characters). */
export const STANDARD_COLUMN_POINTS = 48;
/** Widest an estimated column gets: longer text overflows or wraps as it would anyway. */
export const MAX_COLUMN_POINTS = 320;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width, in points, a text needs on one line in the default font. */
export function textWidthPoints(text: string): number {
  let points = 0;
  for (const ch of text) points += WIDE.test(ch) ? POINTS_PER_WIDE_CHARACTER : POINTS_PER_CHARACTER;
  return points;
}

/** How to size each column of a block written at column 0 of the block. */
export interface ColumnWidthPlan {
  /** Columns (block-relative) safe to autofit: nothing outside the fit rows is wider than the fit rows. */
  autofit: number[];
  /** Columns that get an explicit width in points, because text outside the fit rows would widen them. */
  explicit: Map<number, number>;
}

/**
 * Which columns of `grid` to autofit and which to size explicitly, fitting the rows
 * `fromRow`…`toRow` (inclusive; the table). A cell's width is its displayed text's.
 */
export function planColumnWidths(grid: SheetGrid, fromRow: number, toRow: number): ColumnWidthPlan {
  const autofit: number[] = [];
  const explicit = new Map<number, number>();
  for (let column = 0; column < grid.columns; column++) {
    let inside = 0;
    let outside = 0;
    for (let row = 0; row < grid.rows; row++) {
      const width = cellWidth(grid, row, column);
      if (row >= fromRow && row <= toRow) inside = Math.max(inside, width);
      else outside = Math.max(outside, width);
    }
    if (outside > inside) explicit.set(column, clampWidth(inside + PADDING_POINTS));
    else autofit.push(column);
  }
  return { autofit, explicit };
}

function cellWidth(grid: SheetGrid, row: number, column: number): number {
  const value = grid.values[row][column];
  if (value === "") return 0;
  return textWidthPoints(displayText(value, grid.numberFormats[row][column]));
}

function clampWidth(points: number): number {
  return Math.round(Math.min(MAX_COLUMN_POINTS, Math.max(STANDARD_COLUMN_POINTS, points)));
}
