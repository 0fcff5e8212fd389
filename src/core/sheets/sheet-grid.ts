/**
 * The content of a planned block of cells, as the Excel writers write it and the pane previews
 * it: what goes into `Range.formulas`, what each cell shows, its number format and its role.
 * Every text cell gets the text format `@`, so a name from the dataset that starts with `=`, `+`,
 * `-` or `@` stays text; only the planned formulas are written without it.
 */
import { TEXT_FORMAT, GENERAL_FORMAT, displayText } from "../rules/figure-format";

/** A cell's input: text, a number, or a formula (text starting with `=` in a formula cell). `""` is empty. */
export type CellInput = string | number;

/** What a cell is for, so the writer and the preview can style it. */
export type CellRole =
  | "empty"
  | "title"
  | "parameter-label"
  | "parameter"
  | "hint"
  | "column-label"
  | "header"
  | "key"
  | "key-label"
  | "figure"
  | "text"
  | "note";

/** A rectangular block of planned cells; every array is rows × columns. */
export interface SheetGrid {
  rows: number;
  columns: number;
  /** What to write with `Range.formulas`: text, numbers, `""` for empty, and `=…` for formula cells. */
  formulas: CellInput[][];
  /** What each cell shows once calculated: for a formula cell, the core's own answer. */
  values: CellInput[][];
  /** The number format of each cell; `@` (text) for every text cell. */
  numberFormats: string[][];
  roles: CellRole[][];
}

/** Fills a grid cell by cell; cells never set stay empty. */
export class GridBuilder {
  private readonly grid: SheetGrid;

  constructor(rows: number, columns: number) {
    const fill = <T>(value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
    this.grid = {
      rows,
      columns,
      formulas: fill<CellInput>(""),
      values: fill<CellInput>(""),
      numberFormats: fill(GENERAL_FORMAT),
      roles: fill<CellRole>("empty"),
    };
  }

  /** Text, written as text (format `@`) whatever it starts with. */
  text(row: number, column: number, text: string, role: CellRole): this {
    return this.set(row, column, text, text, TEXT_FORMAT, role);
  }

  /** A number with its format. */
  number(row: number, column: number, value: number, numberFormat: string, role: CellRole): this {
    return this.set(row, column, value, value, numberFormat, role);
  }

  /** A formula (`=…`) and the value the core says it computes. */
  formula(row: number, column: number, formula: string, value: CellInput, numberFormat: string, role: CellRole): this {
    if (!formula.startsWith("=")) throw new Error(`A planned formula must start with '=': ${formula}`);
    if (numberFormat === TEXT_FORMAT) throw new Error("A formula cell cannot have the text format: it would be written as text.");
    return this.set(row, column, formula, value, numberFormat, role);
  }

  /** An empty cell with a role and format (an input cell left blank). */
  blank(row: number, column: number, numberFormat: string, role: CellRole): this {
    return this.set(row, column, "", "", numberFormat, role);
  }

  /** The finished grid. */
  build(): SheetGrid {
    return this.grid;
  }

  private set(row: number, column: number, input: CellInput, value: CellInput, numberFormat: string, role: CellRole): this {
    if (row < 0 || row >= this.grid.rows || column < 0 || column >= this.grid.columns) {
      throw new RangeError(`Cell (${row}, ${column}) is outside the ${this.grid.rows}×${this.grid.columns} grid.`);
    }
    this.grid.formulas[row][column] = input;
    this.grid.values[row][column] = value;
    this.grid.numberFormats[row][column] = numberFormat;
    this.grid.roles[row][column] = role;
    return this;
  }
}

/** The text each cell of a grid shows in Excel, for a preview. */
export function gridDisplayText(grid: SheetGrid): string[][] {
  return grid.values.map((row, r) => row.map((value, c) => displayText(value, grid.numberFormats[r][c])));
}
