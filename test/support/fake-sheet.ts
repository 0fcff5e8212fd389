/**
 * The data side of the Excel double (test/support/fake-excel.ts): cells, sheets, rectangles,
 * Excel's errors and rules for what a cell stores, with no office-addin-mock in them.
 */
import type { OfficeMockObject } from "office-addin-mock";
import { rangeAddress } from "../../src/core/sheets/a1";
import { textWidthPoints } from "../../src/core/sheets/column-widths";
/** One cell of the fake workbook. */
export interface FakeCell {
  value: string | number | boolean;
  /** The formula, "" for a constant. */
  formula: string;
  numberFormat: string;
  /** A string Excel would not keep as typed (a number or date look-alike, or a leading tab/CR). */
  coerced?: boolean;
  /** The anchor (`row,column`) of the spill this cell belongs to. */
  spillOf?: string;
  /** The link set with `Range.hyperlink` (kept when the content is rewritten, as in Excel). */
  hyperlink?: { documentReference?: string; address?: string; screenTip?: string; textToDisplay?: string };
}

/** A rectangle of cells, zero-based and inclusive of its first row and column. */
export interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** A call the writers made on the workbook (other than reading and writing cells). */
export interface FakeCall {
  sheet: string;
  method: string;
  args: unknown[];
}

/** A formatting property set on a range (`format.fill.color`, `format.font.bold`…). */
export interface FakeFormat {
  sheet: string;
  rect: Rect;
  path: string;
  value: unknown;
}

/** A write of cell content or formats, in the order it happened. */
export interface FakeWrite {
  sheet: string;
  rect: Rect;
  property: "values" | "formulas" | "numberFormat" | "copyFrom";
}

/** A cell never written. */
export const EMPTY: FakeCell = { value: "", formula: "", numberFormat: "General" };
/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Ranges larger than this carry no cell arrays (the writers never load them). */
export const SNAPSHOT_LIMIT = 250_000;
/** What office-addin-mock returns for a property read too early. */
export const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);
/** Excel on the web's limit on a response (and a request), in bytes. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The office-addin-mock methods a batch may call on an object (everything else read is data). */
export const MOCK_METHODS = new Set(["load", "sync", "addMock", "setValue", "populate", "resetValue"]);

/** An error as Excel reports it (`RichApi.Error` with a code and where it happened). */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(code: string, message: string, errorLocation: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** A worksheet of the fake workbook. */
export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly tables: { name: string; rect: Rect; hasHeaders: boolean; mock: OfficeMockObject }[] = [];
  readonly conditionalFormats: { rect: Rect; type: string; mock: OfficeMockObject }[] = [];
  readonly spills = new Map<string, Rect>();
  /** Column widths in points, by column index, once set or autofitted. */
  readonly columnWidths = new Map<number, number>();
  frozenAt?: Rect;
  deleted = false;
  /** Worksheet custom properties (ExcelApi 1.12): keys are case-insensitive, kept here upper-cased. */
  readonly customProperties = new Map<string, string>();

  constructor(public name: string) {}

  /** A cell (an empty one when never written). */
  cell(row: number, column: number): FakeCell {
    return this.cells.get(key(row, column)) ?? EMPTY;
  }

  /** Seeds a constant. */
  setConstant(row: number, column: number, value: string | number | boolean, numberFormat = "General"): this {
    this.cells.set(key(row, column), { value, formula: "", numberFormat });
    return this;
  }

  /** Seeds a formula with the value it shows; `spill` = the values of its spilled block (first = the anchor's). */
  setFormula(row: number, column: number, formula: string, value: string | number | boolean, spill?: (string | number)[][]): this {
    this.cells.set(key(row, column), { value: spill ? spill[0][0] : value, formula, numberFormat: "General" });
    if (spill) {
      this.spills.set(key(row, column), { top: row, left: column, rows: spill.length, columns: spill[0].length });
      spill.forEach((line, r) =>
        line.forEach((v, c) => {
          if (r > 0 || c > 0)
            this.cells.set(key(row + r, column + c), { value: v, formula: "", numberFormat: "General", spillOf: key(row, column) });
        }),
      );
    }
    return this;
  }

  /** The bounds of every cell with content (and, unless `valuesOnly`, a format). */
  used(valuesOnly = false): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      const hasContent = cell.value !== "" || cell.formula !== "";
      if (!hasContent && (valuesOnly || cell.numberFormat === "General")) continue;
      const [r, c] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? undefined : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** The values of a rectangle, as `Range.values` returns them. */
  valuesOf(rect: Rect): (string | number | boolean)[][] {
    return grid(rect, (r, c) => this.cell(r, c).value);
  }

  /** The formulas of a rectangle, as `Range.formulas` returns them (the value for a constant). */
  formulasOf(rect: Rect): (string | number | boolean)[][] {
    return grid(rect, (r, c) => {
      const cell = this.cell(r, c);
      return cell.formula !== "" ? cell.formula : cell.value;
    });
  }

  /** A copy of every cell, to compare before and after. */
  snapshot(): Map<string, FakeCell> {
    return new Map([...this.cells].map(([k, v]) => [k, { ...v }]));
  }
}

/** What Excel stores for an input written to a cell with a number format. */
export function interpret(input: string | number | boolean, numberFormat: string): Pick<FakeCell, "value" | "formula" | "coerced"> {
  if (typeof input !== "string") return { value: input, formula: "", coerced: false };
  if (input === "") return { value: "", formula: "", coerced: false };
  if (numberFormat === "@") return { value: input, formula: "", coerced: false };
  if (/^[=+\-@]/.test(input) && input.length > 1)
    return { value: "", formula: input.startsWith("=") ? input : `=${input.replace(/^@/, "")}`, coerced: false };
  if (/^[\t\r\n]/.test(input) || /^-?\d[\d,]*(\.\d+)?%?$/.test(input) || /^\d{4}-\d{2}(-\d{2})?$/.test(input)) {
    return { value: input, formula: "", coerced: true };
  }
  return { value: input, formula: "", coerced: false };
}

/** The width autofit gives a column: its widest cell's text, whichever row it is in. */
export function wholeColumnFit(sheet: FakeSheet, column: number): number {
  let widest = 0;
  for (const [k, cell] of sheet.cells) {
    if (Number(k.split(",")[1]) !== column || cell.value === "") continue;
    widest = Math.max(widest, textWidthPoints(String(cell.value)));
  }
  return Math.max(48, Math.round(widest + 14));
}

/** The cells map key of a cell. */
export function key(row: number, column: number): string {
  return `${row},${column}`;
}

/** A rows × columns array built cell by cell. */
export function grid<T>(rect: Rect, at: (row: number, column: number) => T): T[][] {
  return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.columns }, (_, c) => at(rect.top + r, rect.left + c)));
}

/** Whether a rectangle holds a cell. */
export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row < rect.top + rect.rows && column >= rect.left && column < rect.left + rect.columns;
}

/** Whether two rectangles share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

/** A sheet name as it appears in an address (quoted when needed). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The A1 address of a rectangle. */
export function rangeAddressOf(rect: Rect): string {
  return rangeAddress(rect.top, rect.left, rect.top + rect.rows - 1, rect.left + rect.columns - 1);
}

/** Reads `B5`, `A5:K17` (with `$` anchors or not). */
export function parseRect(address: string): Rect {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.trim());
  if (!m) throw new Error(`The fake cannot read the address '${address}'`);
  const column = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = column(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? column(m[3]) : left;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}
