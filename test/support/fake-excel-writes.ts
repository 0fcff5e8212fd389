/**
 * What a write through a range of the Excel double (test/support/fake-excel.ts) does to the cells,
 * with Excel's rules: arrays must match the range, strings are interpreted unless the format is
 * `@`, writing over a spill breaks it, `copyFrom` copies values, and a hyperlink covers every cell.
 */
import { FakeSheet, interpret, key, rangeAddressOf, type FakeCell, type Rect } from "./fake-sheet";
import type { FakeBatch } from "./fake-excel-batch";

/** Applies a write of `values`, `formulas` or `numberFormat` with Excel's rules, cell by cell. */
export function write(
  batch: FakeBatch,
  sheet: FakeSheet,
  rect: Rect,
  property: "values" | "formulas" | "numberFormat",
  input: unknown,
): void {
  const rows = Array.isArray(input) ? (input as unknown[][]) : undefined;
  if (rows && (rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.columns))) {
    throw new Error(
      `InvalidArgument: a ${rows.length}-row array written to the ${rect.rows}×${rect.columns} range ${rangeAddressOf(rect)}`,
    );
  }
  batch.workbook.writes.push({ sheet: sheet.name, rect, property });
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.columns; c++) {
      const value = rows ? rows[r][c] : input;
      if (value === null || value === undefined) continue; // null leaves a cell as it is
      const row = rect.top + r;
      const column = rect.left + c;
      const cell = { ...sheet.cell(row, column) };
      if (property === "numberFormat") {
        cell.numberFormat = String(value);
      } else {
        breakSpillAt(sheet, row, column);
        Object.assign(cell, interpret(value as string | number | boolean, cell.numberFormat));
        delete cell.spillOf;
      }
      sheet.cells.set(key(row, column), cell);
    }
  }
}

/** Writing over a spill's anchor removes the spill; writing into a spilled cell blocks it (#SPILL!). */
function breakSpillAt(sheet: FakeSheet, row: number, column: number): void {
  const here = key(row, column);
  const anchor = sheet.spills.has(here) ? here : sheet.cell(row, column).spillOf;
  if (!anchor) return;
  const spill = sheet.spills.get(anchor);
  sheet.spills.delete(anchor);
  if (!spill) return;
  for (let r = 0; r < spill.rows; r++) {
    for (let c = 0; c < spill.columns; c++) {
      const k = key(spill.top + r, spill.left + c);
      if (k === anchor) continue;
      const cell = sheet.cells.get(k);
      if (cell?.spillOf === anchor) sheet.cells.set(k, { ...cell, value: "", spillOf: undefined });
    }
  }
  if (anchor !== here) {
    const a = sheet.cells.get(anchor);
    if (a) sheet.cells.set(anchor, { ...a, value: "#SPILL!" });
  }
}

/** `Range.copyFrom(source, "Values")`: the values land as constants; copying a spill within its own sheet removes the spill. */
export function copyValues(batch: FakeBatch, fromSheet: FakeSheet, from: Rect, toSheet: FakeSheet, to: Rect, type: string): void {
  if (type !== "Values") throw new Error(`The fake only copies values, not ${type}`);
  if (from.rows !== to.rows || from.columns !== to.columns) throw new Error("The fake copies only between ranges of one size");
  const values = fromSheet.valuesOf(from);
  const spillAnchor = key(from.top, from.left);
  if (fromSheet === toSheet && fromSheet.spills.has(spillAnchor)) fromSheet.spills.delete(spillAnchor);
  batch.workbook.writes.push({ sheet: toSheet.name, rect: to, property: "copyFrom" });
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      const k = key(to.top + r, to.left + c);
      const cell = toSheet.cell(to.top + r, to.left + c);
      toSheet.cells.set(k, { value, formula: "", numberFormat: cell.numberFormat });
    }),
  );
}

/** Sets a link on every cell of a rectangle, as Range.hyperlink does; the values stay as they are. */
export function link(batch: FakeBatch, sheet: FakeSheet, rect: Rect, value: unknown): void {
  if (typeof value !== "object" || value === null) throw new Error("InvalidArgument: Range.hyperlink takes an object");
  const hyperlink = value as FakeCell["hyperlink"] & object;
  if (hyperlink.address === undefined && hyperlink.documentReference === undefined)
    throw new Error("InvalidArgument: a hyperlink needs an address or a document reference");
  for (let r = 0; r < rect.rows; r++)
    for (let c = 0; c < rect.columns; c++) {
      const cell = { ...sheet.cell(rect.top + r, rect.left + c), hyperlink: { ...hyperlink } };
      if (hyperlink.textToDisplay !== undefined && r === 0 && c === 0) Object.assign(cell, { value: hyperlink.textToDisplay, formula: "" });
      sheet.cells.set(key(rect.top + r, rect.left + c), cell);
    }
  batch.call(sheet, "hyperlink", [rangeAddressOf(rect), hyperlink.documentReference ?? hyperlink.address]);
}
