/**
 * A1 addresses of zero-based cell positions, for the sheet plans and the Excel writers: the plans
 * speak in row and column indexes, Excel and formulas in `B$5`.
 */

/** The most columns a worksheet has (XFD). */
export const EXCEL_MAX_COLUMNS = 16_384;

/** A cell position, zero-based: row 0 column 0 is A1. */
export interface CellRef {
  row: number;
  column: number;
}

/** Column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column >= EXCEL_MAX_COLUMNS) {
    throw new RangeError(`Column index ${column} is outside a worksheet (0…${EXCEL_MAX_COLUMNS - 1}).`);
  }
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Which parts of an address are anchored with `$`. */
export interface Anchors {
  row?: boolean;
  column?: boolean;
}

/** The A1 address of a cell: `B5`, `$A6`, `B$5`, `$B$2`. */
export function cellAddress(row: number, column: number, anchors: Anchors = {}): string {
  return `${anchors.column ? "$" : ""}${columnLetters(column)}${anchors.row ? "$" : ""}${row + 1}`;
}

/** The A1 address of a rectangle given its corners (inclusive): `A5:K17`; one cell gives `A5`. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  return top === bottom && left === right ? start : `${start}:${cellAddress(bottom, right)}`;
}
