/**
 * The Range of the Excel double (test/support/fake-excel.ts): an office-addin-mock object over a
 * rectangle of a fake sheet, whose navigation (getCell, getOffsetRange, spills, intersections…)
 * resolves at once, whose loads are counted for the sync, and whose writes of cells, formats and
 * links reach the sheet. Also the null object that the `…OrNullObject` methods give.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  MAX_ROWS,
  MAX_COLUMNS,
  SNAPSHOT_LIMIT,
  MOCK_ERRORS,
  FakeSheet,
  wholeColumnFit,
  key,
  grid,
  overlaps,
  quoteSheet,
  rangeAddressOf,
  type Rect,
} from "./fake-sheet";
import { loadItems, type FakeBatch } from "./fake-excel-batch";
import { copyValues, link, write } from "./fake-excel-writes";

/** A range mock over `rect` of `sheet`; throws InvalidArgument when the rectangle leaves the grid. */
export function rangeMock(batch: FakeBatch, sheet: FakeSheet, rect: Rect): OfficeMockObject {
  if (
    rect.rows < 1 ||
    rect.columns < 1 ||
    rect.top < 0 ||
    rect.left < 0 ||
    rect.top + rect.rows > MAX_ROWS ||
    rect.left + rect.columns > MAX_COLUMNS
  ) {
    throw new Error(`InvalidArgument: range ${JSON.stringify(rect)} is outside the sheet`);
  }
  const small = rect.rows * rect.columns <= SNAPSHOT_LIMIT;
  const at = (r: number, c: number, rows: number, columns: number): OfficeMockObject =>
    rangeMock(batch, sheet, { top: rect.top + r, left: rect.left + c, rows, columns });
  const mock = new OfficeMockObject({
    address: `${quoteSheet(sheet.name)}!${rangeAddressOf(rect)}`,
    rowIndex: rect.top,
    columnIndex: rect.left,
    rowCount: rect.rows,
    columnCount: rect.columns,
    worksheet: { name: sheet.name },
    hyperlink: sheet.cell(rect.top, rect.left).hyperlink ?? {},
    ...(small
      ? {
          values: sheet.valuesOf(rect),
          formulas: sheet.formulasOf(rect),
          numberFormat: grid(rect, (r, c) => sheet.cell(r, c).numberFormat),
        }
      : {}),
    format: {
      font: { bold: false, italic: false, color: "#000000", size: 11 },
      fill: { color: "" },
      wrapText: false,
      columnWidth: 0,
      verticalAlignment: "Bottom",
      // Like Excel (office-js#1017): fits each WHOLE column, every cell of it, not just the range's cells.
      autofitColumns: () => {
        for (let c = rect.left; c < rect.left + rect.columns; c++) sheet.columnWidths.set(c, wholeColumnFit(sheet, c));
        batch.call(sheet, "autofitColumns", [rangeAddressOf(rect)]);
      },
    },
    conditionalFormats: {
      add: (type: string) => {
        const cf = batch.track(
          new OfficeMockObject({
            type,
            custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { bold: false, color: "" } } },
          }),
        );
        sheet.conditionalFormats.push({ rect, type, mock: cf });
        batch.call(sheet, "conditionalFormats.add", [rangeAddressOf(rect), type]);
        return cf;
      },
    },
    getCell: (r: number, c: number) => at(r, c, 1, 1),
    select: () => {
      batch.workbook.active = sheet;
      batch.workbook.selection = { ...rect };
      batch.call(sheet, "select", [rangeAddressOf(rect)]);
    },
    getRow: (r: number) => at(r, 0, 1, rect.columns),
    getColumn: (c: number) => at(0, c, rect.rows, 1),
    getEntireRow: () => rangeMock(batch, sheet, { top: rect.top, left: 0, rows: rect.rows, columns: MAX_COLUMNS }),
    getEntireColumn: () => rangeMock(batch, sheet, { top: 0, left: rect.left, rows: MAX_ROWS, columns: rect.columns }),
    getLastRow: () => at(rect.rows - 1, 0, 1, rect.columns),
    getOffsetRange: (r: number, c: number) => at(r, c, rect.rows, rect.columns),
    getResizedRange: (r: number, c: number) => at(0, 0, rect.rows + r, rect.columns + c),
    getAbsoluteResizedRange: (rows: number, columns: number) => at(0, 0, rows, columns),
    getIntersectionOrNullObject: (other: unknown) => {
      const o = batch.resolve(other, sheet).rect;
      const top = Math.max(rect.top, o.top);
      const left = Math.max(rect.left, o.left);
      const bottom = Math.min(rect.top + rect.rows, o.top + o.rows);
      const right = Math.min(rect.left + rect.columns, o.left + o.columns);
      return bottom > top && right > left
        ? rangeMock(batch, sheet, { top, left, rows: bottom - top, columns: right - left })
        : nullObject(batch);
    },
    getTables: () => {
      const names = sheet.tables.filter((t) => overlaps(t.rect, rect)).map((t) => ({ name: t.name }));
      return batch.track(new OfficeMockObject({ items: names, load: loadItems }));
    },
    getSpillParentOrNullObject: () => {
      const here = key(rect.top, rect.left);
      const anchor = sheet.spills.has(here) ? here : sheet.cell(rect.top, rect.left).spillOf;
      if (!anchor || rect.rows !== 1 || rect.columns !== 1) return nullObject(batch);
      const [r, c] = anchor.split(",").map(Number);
      return rangeMock(batch, sheet, { top: r, left: c, rows: 1, columns: 1 });
    },
    getSpillingToRange: () => {
      const spill = sheet.spills.get(key(rect.top, rect.left));
      if (rect.rows !== 1 || rect.columns !== 1) {
        batch.fail("InvalidArgument", "The range must be a single cell.", "Range.getSpillingToRange");
      } else if (!spill) {
        batch.fail("ItemNotFound", "The requested resource doesn't exist.", "Range.getSpillingToRange");
      }
      return rangeMock(batch, sheet, spill ?? rect);
    },
    getSpillingToRangeOrNullObject: () => {
      const spill = sheet.spills.get(key(rect.top, rect.left));
      return spill && rect.rows === 1 && rect.columns === 1 ? rangeMock(batch, sheet, spill) : nullObject(batch);
    },
    copyFrom: (source: unknown, type: string) => {
      const from = batch.resolve(source, sheet);
      copyValues(batch, from.sheet, from.rect, sheet, rect, type);
    },
    clear: () => batch.call(sheet, "clear", [rangeAddressOf(rect)]),
    delete: () => batch.call(sheet, "range.delete", [rangeAddressOf(rect)]),
    insert: () => batch.call(sheet, "insert", [rangeAddressOf(rect)]),
  });
  (mock as unknown as { isNullObject: boolean }).isNullObject = false;
  const load = mock.load.bind(mock);
  (mock as unknown as { load: (what?: string | string[]) => unknown }).load = (what?: string | string[]) => {
    const properties = (Array.isArray(what) ? what.join(",") : (what ?? "values,formulas,numberFormat")).split(",").map((p) => p.trim());
    batch.load(sheet, rect, properties);
    return load(what ?? "values,formulas,numberFormat");
  };
  recordFormats(batch, mock, sheet, rect);
  const proxy = new Proxy(mock, {
    set: (target, property, value) => {
      if ((property === "values" || property === "formulas" || property === "numberFormat") && !MOCK_ERRORS.has(value)) {
        write(batch, sheet, rect, property, value);
      }
      // office-addin-mock assigns loaded properties itself (mock objects, error strings): only a plain object is a write.
      if (
        property === "hyperlink" &&
        !(value instanceof OfficeMockObject) &&
        typeof value === "object" &&
        value !== null &&
        Object.getPrototypeOf(value) === Object.prototype
      )
        link(batch, sheet, rect, value);
      return Reflect.set(target, property, value);
    },
  });
  batch.place(mock, proxy, { sheet, rect });
  return proxy;
}

/** Range formats are set through `format`, `format.font` and `format.fill`: record what is set where. */
function recordFormats(batch: FakeBatch, mock: OfficeMockObject, sheet: FakeSheet, rect: Rect): void {
  const record =
    (path: string) =>
    (target: object, property: string | symbol, value: unknown): boolean => {
      if (typeof property === "string" && !MOCK_ERRORS.has(value as string) && typeof value !== "object") {
        batch.workbook.formats.push({ sheet: sheet.name, rect, path: `${path}.${property}`, value });
        if (path === "format" && property === "columnWidth") {
          for (let c = rect.left; c < rect.left + rect.columns; c++) sheet.columnWidths.set(c, Number(value));
        }
      }
      return Reflect.set(target, property, value);
    };
  const format = (mock as unknown as { format: Record<string, unknown> }).format;
  format.font = new Proxy(format.font as object, { set: record("format.font") });
  format.fill = new Proxy(format.fill as object, { set: record("format.fill") });
  (mock as unknown as { format: object }).format = new Proxy(format, { set: record("format") });
}

/** A null object (what `…OrNullObject` gives when there is nothing): empty, with `isNullObject` true. */
export function nullObject(batch: FakeBatch): OfficeMockObject {
  const mock = batch.track(
    new OfficeMockObject({
      address: "",
      formulas: [],
      values: [],
      numberFormat: [],
      rowIndex: 0,
      rowCount: 0,
      columnIndex: 0,
      columnCount: 0,
    }),
  );
  (mock as unknown as { isNullObject: boolean }).isNullObject = true;
  return mock;
}
