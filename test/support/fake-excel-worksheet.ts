/**
 * The Worksheet and Table of the Excel double (test/support/fake-excel.ts): adding a sheet (with
 * Excel's name rules), a sheet's mock (ranges, used range, tables, frozen panes, activate,
 * delete), the null sheet of `getItemOrNullObject`, and adding a table (no overlaps).
 */
import { OfficeMockObject } from "office-addin-mock";
import { sameSheetName, SHEET_NAME_MAX } from "../../src/core/sheets/sheet-names";
import { FakeSheet, overlaps, parseRect, rangeAddressOf, type Rect } from "./fake-sheet";
import type { FakeBatch } from "./fake-excel-batch";
import { nullObject, rangeMock } from "./fake-excel-range";

/** `worksheets.add`: a new sheet at the end; throws on a name Excel refuses or one already taken (any case). */
export function addSheet(batch: FakeBatch, name: string): FakeSheet {
  const { sheets } = batch.workbook;
  if (name.length > SHEET_NAME_MAX || /[[\]:*?/\\]/.test(name) || name.trim() === "")
    throw new Error(`InvalidArgument: bad sheet name '${name}'`);
  if (sheets.some((s) => sameSheetName(s.name, name))) throw new Error(`ItemAlreadyExists: a sheet named '${name}' exists`);
  const sheet = new FakeSheet(name);
  sheets.push(sheet);
  batch.call(sheet, "worksheets.add", [name]);
  return sheet;
}

/** The mock of a worksheet. */
export function sheetMock(batch: FakeBatch, sheet: FakeSheet): OfficeMockObject {
  const mock = new OfficeMockObject({
    name: sheet.name,
    getRange: (address: string) => rangeMock(batch, sheet, parseRect(address)),
    getUsedRange: (valuesOnly?: boolean) => rangeMock(batch, sheet, sheet.used(valuesOnly) ?? { top: 0, left: 0, rows: 1, columns: 1 }),
    getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
      const used = sheet.used(valuesOnly);
      return used ? rangeMock(batch, sheet, used) : nullObject(batch);
    },
    // Worksheet.tables is a TableCollection too: an address without a sheet name means the ACTIVE sheet, not this one.
    tables: {
      add: (where: unknown, hasHeaders: boolean) => {
        const resolved = batch.resolve(where, batch.workbook.active);
        return addTable(batch, resolved.sheet, resolved.rect, hasHeaders);
      },
    },
    freezePanes: {
      freezeAt: (where: unknown) => {
        sheet.frozenAt = batch.resolve(where, sheet).rect;
        batch.call(sheet, "freezeAt", [where]);
      },
      freezeRows: (count: number) => batch.call(sheet, "freezeRows", [count]),
    },
    customProperties: customPropertiesMock(batch, sheet),
    activate: () => {
      batch.workbook.active = sheet;
      batch.call(sheet, "activate", []);
    },
    delete: () => {
      sheet.deleted = true;
      batch.call(sheet, "delete", []);
    },
  });
  return batch.track(mock);
}

/** A missing sheet (getItemOrNullObject): whatever is asked of it is a null object too. */
export function nullSheet(batch: FakeBatch): OfficeMockObject {
  const mock = batch.track(
    new OfficeMockObject({ name: "", getUsedRangeOrNullObject: () => nullObject(batch), getRange: () => nullObject(batch) }),
  );
  (mock as unknown as { isNullObject: boolean }).isNullObject = true;
  return mock;
}

/** `tables.add`: a table named TableN over `rect`; throws when it would overlap another table. */
export function addTable(batch: FakeBatch, sheet: FakeSheet, rect: Rect, hasHeaders: boolean): OfficeMockObject {
  if (sheet.tables.some((t) => overlaps(t.rect, rect))) throw new Error("InvalidArgument: a table cannot overlap another table");
  const name = `Table${batch.workbook.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}`;
  const mock = batch.track(new OfficeMockObject({ name, style: "", showFilterButton: true }));
  sheet.tables.push({ name, rect, hasHeaders, mock });
  batch.call(sheet, "tables.add", [rangeAddressOf(rect), hasHeaders]);
  return mock;
}

/**
 * A sheet's custom properties (ExcelApi 1.12). As Excel: keys are case-insensitive and at most 255
 * characters (a longer key is InvalidArgument); adding an existing key replaces its value; values
 * over 255 characters are trimmed to 255 (desktop Excel trims them; the web keeps them).
 */
function customPropertiesMock(batch: FakeBatch, sheet: FakeSheet): Record<string, unknown> {
  return {
    add: (key: string, value: string) => {
      if (key.length > 255) batch.fail("InvalidArgument", "The key is limited to 255 characters.", "WorksheetCustomPropertyCollection.add");
      sheet.customProperties.set(key.toUpperCase(), String(value).slice(0, 255));
      batch.call(sheet, "customProperties.add", [key, value]);
    },
    getItemOrNullObject: (key: string) => {
      const value = sheet.customProperties.get(key.toUpperCase());
      const mock = batch.track(new OfficeMockObject({ key, value: value ?? "" }));
      (mock as unknown as { isNullObject: boolean }).isNullObject = value === undefined;
      return mock;
    },
  };
}
