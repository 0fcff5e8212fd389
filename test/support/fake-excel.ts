/**
 * A small workbook behind office-addin-mock, for the Excel writer tests and the sheets benchmark.
 *
 * office-addin-mock supplies the proxy objects (load → sync → read; reading too early gives its
 * error strings) and `jest.spyOn(context, "sync")` counts syncs. It has no object model, so this
 * file builds one from data: each `Excel.run` gets a fresh mock context whose methods (add a
 * sheet, get a range, add a table, a conditional format…) act on an in-memory workbook, and
 * every write of `values`, `formulas` and `numberFormat` is applied in order with Excel's rule
 * for text: a string written to a cell whose format is not `@` is interpreted (a leading `=`,
 * `+`, `-` or `@` makes a formula; a leading tab or CR, or a number or date look-alike, is
 * coerced). The tests then read the resulting cells, not the calls.
 *
 * Geometry is resolved when a method is called, not when the batch syncs; the writers only ask
 * for ranges whose position does not depend on writes earlier in the same batch.
 *
 * It is as strict as Excel where our code depends on it (docs/excel-verification.md, "Rules the
 * double enforces", gives the evidence for each): a values/formulas/numberFormat array must match
 * the range's dimensions (InvalidArgument); reading a property before `load` + `sync` throws
 * PropertyNotLoaded; `getSpillingToRange` on a cell that does not spill fails the sync
 * (ItemNotFound) while `getSpillingToRangeOrNullObject` gives a null object; `getSelectedRange`
 * on a multi-area selection fails the sync (InvalidSelection); `tables.add` with an address
 * without a sheet name lands on the active sheet; and a sync whose loaded cell data exceeds
 * Excel on the web's 5 MB response limit fails (ResponsePayloadSizeLimitExceeded). Like Excel,
 * a failing queued call rejects the next `context.sync()`, not the call itself.
 *
 * This file is the entry: the workbook, its `Excel.run` and the context. The pieces live next to
 * it: fake-sheet.ts (cells, sheets, rectangles), fake-excel-batch.ts (what a batch created,
 * loaded and queued; the sync), fake-excel-strict.ts (PropertyNotLoaded), fake-excel-range.ts
 * and fake-excel-worksheet.ts (the mock objects), fake-excel-writes.ts (what a write does).
 */
import { OfficeMockObject } from "office-addin-mock";
import { sameSheetName } from "../../src/core/sheets/sheet-names";
import { parseDocumentReference } from "../../src/core/trace/trace-snapshot";
import { contains, FakeSheet, WEB_PAYLOAD_LIMIT, type Rect, type FakeCall, type FakeFormat, type FakeWrite } from "./fake-sheet";
import { FakeBatch, loadItems } from "./fake-excel-batch";
import { rangeMock } from "./fake-excel-range";
import { StrictReads } from "./fake-excel-strict";
import { addSheet, addTable, nullSheet, sheetMock } from "./fake-excel-worksheet";
import { compareVersions } from "./requirement-versions";
export { FakeExcelError, FakeSheet, WEB_PAYLOAD_LIMIT, parseRect, rangeAddressOf } from "./fake-sheet";
export type { FakeCall, FakeCell, FakeFormat, FakeWrite, Rect } from "./fake-sheet";

/** Options of the fake workbook. */
export interface FakeWorkbookOptions {
  /** Sheet names, first = active. */
  sheets?: string[];
  /** The most cell data one sync may return, in bytes (Excel on the web: 5 MB; Infinity for none). */
  responseLimit?: number;
  /** The newest ExcelApi version the host supports (`Office.context.requirements`); default 1.20. */
  excelApi?: string;
}

/** The fake workbook and its `run`, to pass to a writer in place of `Excel.run`. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly calls: FakeCall[] = [];
  readonly writes: FakeWrite[] = [];
  readonly formats: FakeFormat[] = [];
  /** The context of each run, in order. */
  readonly contexts: OfficeMockObject[] = [];
  /** Called with each new context before the batch runs (e.g. to spy on its sync). */
  onContext?: (context: OfficeMockObject) => void;
  active: FakeSheet;
  /** The selected range (its top-left cell is the active cell). */
  selection: Rect = { top: 0, left: 0, rows: 1, columns: 1 };
  /** Further areas of a multi-area (Ctrl+click) selection; empty for one range. */
  otherSelectedAreas: Rect[] = [];
  /** The bytes of cell data each sync returned, in order (to see chunked reads). */
  readonly responseBytes: number[] = [];
  readonly responseLimit: number;
  /** The newest ExcelApi version this host supports. */
  excelApi: string;

  /** What the mocks of the current batch share: objects created, loads, the queued failure, geometry. */
  private readonly batch = new FakeBatch(this);
  private readonly strictReads = new StrictReads(this.batch.geometry);

  constructor(options: FakeWorkbookOptions = {}) {
    for (const name of options.sheets ?? ["Sheet1"]) this.sheets.push(new FakeSheet(name));
    this.active = this.sheets[0];
    this.responseLimit = options.responseLimit ?? WEB_PAYLOAD_LIMIT;
    this.excelApi = options.excelApi ?? "1.20";
  }

  /** `Office.context.requirements.isSetSupported` of this host: ExcelApi up to `excelApi`, nothing else. */
  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && compareVersions(version, this.excelApi) <= 0;
  }

  /** A sheet by name (any case). */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => sameSheetName(s.name, name));
    if (!found) throw new Error(`The fake workbook has no sheet '${name}'. It has: ${this.sheets.map((s) => s.name).join(", ")}`);
    return found;
  }

  /** Calls whose method is one of `methods`. */
  callsOf(...methods: string[]): FakeCall[] {
    return this.calls.filter((c) => methods.includes(c.method));
  }

  /** Runs a batch with a fresh office-addin-mock context, as `Excel.run` does. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.batch.begin();
    // Inside Excel.run, Office.context.requirements answers for this host.
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version) } },
    };
    const context = this.context();
    this.contexts.push(context);
    this.onContext?.(context);
    return batch(this.strictReads.wrap(context) as unknown as Excel.RequestContext);
  };

  /** Spies on `context.sync` of every run from now on: `spies[i]` counts the syncs of run i. */
  spyOnSyncs(): jest.SpyInstance[] {
    const spies: jest.SpyInstance[] = [];
    this.onContext = (context) => spies.push(jest.spyOn(context as unknown as { sync: () => Promise<void> }, "sync"));
    return spies;
  }

  /** Counts `context.sync` calls of every run from now on, without jest (for the benches): read `.syncs`. */
  countSyncs(): { syncs: number } {
    const counter = { syncs: 0 };
    this.onContext = (context) => {
      const target = context as unknown as { sync: () => Promise<void> };
      const sync = target.sync.bind(target);
      target.sync = async () => {
        counter.syncs++;
        await sync();
      };
    };
    return counter;
  }

  /** The Sources row (region … URL, 13 columns) a cell's document link points at; throws when there is no such link. */
  followLink(sheet: FakeSheet, row: number, column: number): (string | number | boolean)[] {
    const reference = sheet.cell(row, column).hyperlink?.documentReference;
    if (!reference) throw new Error(`no link at ${sheet.name} (${row}, ${column})`);
    const target = parseDocumentReference(reference);
    if (!target) throw new Error(`not a document reference: ${reference}`);
    return this.sheet(target.sheet).valuesOf({ top: target.row, left: 0, rows: 1, columns: 13 })[0];
  }

  /** The last value set for a format path on a range holding the cell (undefined if never set). */
  formatAt(sheetName: string, row: number, column: number, path: string): unknown {
    let found: unknown;
    for (const f of this.formats) {
      if (sameSheetName(f.sheet, sheetName) && f.path === path && contains(f.rect, row, column)) found = f.value;
    }
    return found;
  }

  /** A fresh context: the workbook's collections and selection, and a sync that settles the batch. */
  private context(): OfficeMockObject {
    const batch = this.batch;
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: this.sheets.map((s) => ({ name: s.name })),
          load: loadItems,
          add: (name: string) => sheetMock(batch, addSheet(batch, name)),
          getItem: (name: string) => sheetMock(batch, this.sheet(name)),
          getItemOrNullObject: (name: string) => {
            const found = this.sheets.find((s) => sameSheetName(s.name, name));
            return found ? sheetMock(batch, found) : nullSheet(batch);
          },
          getActiveWorksheet: () => sheetMock(batch, this.active),
        },
        tables: {
          // "If the address does not contain a sheet name, the currently-active sheet is used."
          add: (where: unknown, hasHeaders: boolean) => {
            const { sheet, rect } = batch.resolve(where, this.active);
            return addTable(batch, sheet, rect, hasHeaders);
          },
        },
        application: {
          calculate: (type: string) => batch.call(this.active, "calculate", [type]),
        },
        getSelectedRange: () => {
          if (this.otherSelectedAreas.length > 0) {
            batch.fail("InvalidSelection", "The current selection is invalid for this operation.", "Workbook.getSelectedRange");
          }
          return rangeMock(batch, this.active, this.selection);
        },
        getActiveCell: () => rangeMock(batch, this.active, { ...this.selection, rows: 1, columns: 1 }),
      },
    });
    const mockSync = context.sync.bind(context);
    // The context's own sync reaches the objects it was built with; the ones the batch created are synced here.
    (context as unknown as { sync: () => Promise<void> }).sync = (): Promise<void> => batch.settle(mockSync);
    return context;
  }
}
