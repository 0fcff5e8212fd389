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
 */
import { OfficeMockObject } from "office-addin-mock";
import { sameSheetName, SHEET_NAME_MAX } from "../../src/core/sheet-names";
import { parseDocumentReference } from "../../src/core/trace-snapshot";
import {
  MAX_ROWS,
  MAX_COLUMNS,
  SNAPSHOT_LIMIT,
  MOCK_ERRORS,
  MOCK_METHODS,
  FakeExcelError,
  FakeSheet,
  interpret,
  wholeColumnFit,
  key,
  grid,
  contains,
  overlaps,
  quoteSheet,
  rangeAddressOf,
  parseRect,
  WEB_PAYLOAD_LIMIT,
  type Rect,
  type FakeCall,
  type FakeCell,
  type FakeFormat,
  type FakeWrite,
} from "./fake-sheet";
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

  private readonly geometry = new WeakMap<object, { sheet: FakeSheet; rect: Rect }>();
  private readonly strictProxies = new WeakMap<object, object>();
  private created: OfficeMockObject[] = [];
  /** Cell data loaded since the last sync: what the next sync returns. */
  private pendingLoads: { sheet: FakeSheet; rect: Rect; properties: string[] }[] = [];
  /** The first queued call that Excel would fail: the next sync rejects with it. */
  private failure?: FakeExcelError;

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
    this.created = [];
    this.pendingLoads = [];
    this.failure = undefined;
    // Inside Excel.run, Office.context.requirements answers for this host.
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version) } },
    };
    const context = this.context();
    this.contexts.push(context);
    this.onContext?.(context);
    return batch(this.strict(context) as unknown as Excel.RequestContext);
  };

  /** Spies on `context.sync` of every run from now on: `spies[i]` counts the syncs of run i. */
  spyOnSyncs(): jest.SpyInstance[] {
    const spies: jest.SpyInstance[] = [];
    this.onContext = (context) => spies.push(jest.spyOn(context as unknown as { sync: () => Promise<void> }, "sync"));
    return spies;
  }

  /** The Sources row (region … URL, 13 columns) a cell's document link points at; throws when there is no such link. */
  followLink(sheet: FakeSheet, row: number, column: number): (string | number | boolean)[] {
    const reference = sheet.cell(row, column).hyperlink?.documentReference;
    if (!reference) throw new Error(`no link at ${sheet.name} (${row}, ${column})`);
    const target = parseDocumentReference(reference);
    if (!target) throw new Error(`not a document reference: ${reference}`);
    return this.sheet(target.sheet).valuesOf({ top: target.row, left: 0, rows: 1, columns: 13 })[0];
  }

  private context(): OfficeMockObject {
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: this.sheets.map((s) => ({ name: s.name })),
          load: loadItems,
          add: (name: string) => this.sheetMock(this.addSheet(name)),
          getItem: (name: string) => this.sheetMock(this.sheet(name)),
          getItemOrNullObject: (name: string) => {
            const found = this.sheets.find((s) => sameSheetName(s.name, name));
            return found ? this.sheetMock(found) : this.nullSheet();
          },
          getActiveWorksheet: () => this.sheetMock(this.active),
        },
        tables: {
          // "If the address does not contain a sheet name, the currently-active sheet is used."
          add: (where: unknown, hasHeaders: boolean) => {
            const { sheet, rect } = this.resolve(where, this.active);
            return this.addTable(sheet, rect, hasHeaders);
          },
        },
        application: {
          calculate: (type: string) => this.call(this.active, "calculate", [type]),
        },
        getSelectedRange: () => {
          if (this.otherSelectedAreas.length > 0) {
            this.fail("InvalidSelection", "The current selection is invalid for this operation.", "Workbook.getSelectedRange");
          }
          return this.rangeMock(this.active, this.selection);
        },
        getActiveCell: () => this.rangeMock(this.active, { ...this.selection, rows: 1, columns: 1 }),
      },
    });
    const mockSync = context.sync.bind(context);
    // The context's own sync reaches the objects it was built with; the ones the batch created are synced here.
    (context as unknown as { sync: () => Promise<void> }).sync = async (): Promise<void> => {
      const failure = this.failure;
      const loads = this.pendingLoads;
      this.failure = undefined;
      this.pendingLoads = [];
      if (failure) throw failure;
      const bytes = loads.reduce((n, l) => n + this.loadedBytes(l.sheet, l.rect, l.properties), 0);
      this.responseBytes.push(bytes);
      if (bytes > this.responseLimit) {
        throw new FakeExcelError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${bytes} bytes) has exceeded the limit (${this.responseLimit} bytes).`,
          "RequestContext.sync",
        );
      }
      await mockSync();
      for (const object of this.created) await object.sync();
    };
    return context;
  }

  /** Queues a failure, as Excel does: the call returns, the next sync rejects. */
  private fail(code: string, message: string, errorLocation: string): void {
    this.failure ??= new FakeExcelError(code, message, errorLocation);
  }

  /** The size of the cell data a load returns (JSON, as Excel on the web sends it). */
  private loadedBytes(sheet: FakeSheet, rect: Rect, properties: string[]): number {
    let bytes = 0;
    for (const property of properties) {
      if (property === "values") bytes += JSON.stringify(sheet.valuesOf(rect)).length;
      else if (property === "formulas") bytes += JSON.stringify(sheet.formulasOf(rect)).length;
      else if (property === "numberFormat") bytes += JSON.stringify(grid(rect, (r, c) => sheet.cell(r, c).numberFormat)).length;
    }
    return bytes;
  }

  private strictResult(value: unknown): unknown {
    return value instanceof OfficeMockObject || (typeof value === "object" && value !== null && this.geometry.has(value))
      ? this.strict(value)
      : value;
  }

  /**
   * Excel's proxy objects throw PropertyNotLoaded when a property is read before load + sync;
   * office-addin-mock returns an error string instead. This wraps a mock (and every mock reached
   * through it) so that such a read throws, as in Excel.
   */
  private strict<T extends object>(mock: T): T {
    const known = this.strictProxies.get(mock);
    if (known) return known as T;
    const proxy = new Proxy(mock, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value === "string" && MOCK_ERRORS.has(value)) {
          if ((target as { isNullObject?: boolean }).isNullObject === true) {
            throw new FakeExcelError("InvalidObjectPath", `The object is a null object; '${String(property)}' cannot be read.`, "");
          }
          throw new FakeExcelError(
            "PropertyNotLoaded",
            `The property '${String(property)}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
            String(property),
          );
        }
        // office-addin-mock's own methods run on the raw object, so their internal reads are not checked.
        if (typeof value === "function" && typeof property === "string" && MOCK_METHODS.has(property)) return value.bind(target);
        // The workbook's own methods (getRange, tables.add…) return objects that must be as strict.
        if (typeof value === "function") return (...args: unknown[]) => this.strictResult(value.apply(target, args));
        return this.strictResult(value);
      },
    });
    this.strictProxies.set(mock, proxy);
    const geometry = this.geometry.get(mock);
    if (geometry) this.geometry.set(proxy, geometry);
    return proxy;
  }

  private addSheet(name: string): FakeSheet {
    if (name.length > SHEET_NAME_MAX || /[[\]:*?/\\]/.test(name) || name.trim() === "")
      throw new Error(`InvalidArgument: bad sheet name '${name}'`);
    if (this.sheets.some((s) => sameSheetName(s.name, name))) throw new Error(`ItemAlreadyExists: a sheet named '${name}' exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.call(sheet, "worksheets.add", [name]);
    return sheet;
  }

  private sheetMock(sheet: FakeSheet): OfficeMockObject {
    const mock = new OfficeMockObject({
      name: sheet.name,
      getRange: (address: string) => this.rangeMock(sheet, parseRect(address)),
      getUsedRange: (valuesOnly?: boolean) => this.rangeMock(sheet, sheet.used(valuesOnly) ?? { top: 0, left: 0, rows: 1, columns: 1 }),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        const used = sheet.used(valuesOnly);
        return used ? this.rangeMock(sheet, used) : this.nullObject();
      },
      // Worksheet.tables is a TableCollection too: an address without a sheet name means the ACTIVE sheet, not this one.
      tables: {
        add: (where: unknown, hasHeaders: boolean) => {
          const resolved = this.resolve(where, this.active);
          return this.addTable(resolved.sheet, resolved.rect, hasHeaders);
        },
      },
      freezePanes: {
        freezeAt: (where: unknown) => {
          sheet.frozenAt = this.resolve(where, sheet).rect;
          this.call(sheet, "freezeAt", [where]);
        },
        freezeRows: (count: number) => this.call(sheet, "freezeRows", [count]),
      },
      activate: () => {
        this.active = sheet;
        this.call(sheet, "activate", []);
      },
      delete: () => {
        sheet.deleted = true;
        this.call(sheet, "delete", []);
      },
    });
    return this.track(mock);
  }

  /** A missing sheet (getItemOrNullObject): whatever is asked of it is a null object too. */
  private nullSheet(): OfficeMockObject {
    const mock = this.track(
      new OfficeMockObject({ name: "", getUsedRangeOrNullObject: () => this.nullObject(), getRange: () => this.nullObject() }),
    );
    (mock as unknown as { isNullObject: boolean }).isNullObject = true;
    return mock;
  }

  private addTable(sheet: FakeSheet, rect: Rect, hasHeaders: boolean): OfficeMockObject {
    if (sheet.tables.some((t) => overlaps(t.rect, rect))) throw new Error("InvalidArgument: a table cannot overlap another table");
    const name = `Table${this.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}`;
    const mock = this.track(new OfficeMockObject({ name, style: "", showFilterButton: true }));
    sheet.tables.push({ name, rect, hasHeaders, mock });
    this.call(sheet, "tables.add", [rangeAddressOf(rect), hasHeaders]);
    return mock;
  }

  private rangeMock(sheet: FakeSheet, rect: Rect): OfficeMockObject {
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
      this.rangeMock(sheet, { top: rect.top + r, left: rect.left + c, rows, columns });
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
          this.call(sheet, "autofitColumns", [rangeAddressOf(rect)]);
        },
      },
      conditionalFormats: {
        add: (type: string) => {
          const cf = this.track(
            new OfficeMockObject({
              type,
              custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { bold: false, color: "" } } },
            }),
          );
          sheet.conditionalFormats.push({ rect, type, mock: cf });
          this.call(sheet, "conditionalFormats.add", [rangeAddressOf(rect), type]);
          return cf;
        },
      },
      getCell: (r: number, c: number) => at(r, c, 1, 1),
      getRow: (r: number) => at(r, 0, 1, rect.columns),
      getColumn: (c: number) => at(0, c, rect.rows, 1),
      getEntireRow: () => this.rangeMock(sheet, { top: rect.top, left: 0, rows: rect.rows, columns: MAX_COLUMNS }),
      getEntireColumn: () => this.rangeMock(sheet, { top: 0, left: rect.left, rows: MAX_ROWS, columns: rect.columns }),
      getLastRow: () => at(rect.rows - 1, 0, 1, rect.columns),
      getOffsetRange: (r: number, c: number) => at(r, c, rect.rows, rect.columns),
      getResizedRange: (r: number, c: number) => at(0, 0, rect.rows + r, rect.columns + c),
      getAbsoluteResizedRange: (rows: number, columns: number) => at(0, 0, rows, columns),
      getIntersectionOrNullObject: (other: unknown) => {
        const o = this.resolve(other, sheet).rect;
        const top = Math.max(rect.top, o.top);
        const left = Math.max(rect.left, o.left);
        const bottom = Math.min(rect.top + rect.rows, o.top + o.rows);
        const right = Math.min(rect.left + rect.columns, o.left + o.columns);
        return bottom > top && right > left
          ? this.rangeMock(sheet, { top, left, rows: bottom - top, columns: right - left })
          : this.nullObject();
      },
      getTables: () => {
        const names = sheet.tables.filter((t) => overlaps(t.rect, rect)).map((t) => ({ name: t.name }));
        return this.track(new OfficeMockObject({ items: names, load: loadItems }));
      },
      getSpillParentOrNullObject: () => {
        const here = key(rect.top, rect.left);
        const anchor = sheet.spills.has(here) ? here : sheet.cell(rect.top, rect.left).spillOf;
        if (!anchor || rect.rows !== 1 || rect.columns !== 1) return this.nullObject();
        const [r, c] = anchor.split(",").map(Number);
        return this.rangeMock(sheet, { top: r, left: c, rows: 1, columns: 1 });
      },
      getSpillingToRange: () => {
        const spill = sheet.spills.get(key(rect.top, rect.left));
        if (rect.rows !== 1 || rect.columns !== 1) {
          this.fail("InvalidArgument", "The range must be a single cell.", "Range.getSpillingToRange");
        } else if (!spill) {
          this.fail("ItemNotFound", "The requested resource doesn't exist.", "Range.getSpillingToRange");
        }
        return this.rangeMock(sheet, spill ?? rect);
      },
      getSpillingToRangeOrNullObject: () => {
        const spill = sheet.spills.get(key(rect.top, rect.left));
        return spill && rect.rows === 1 && rect.columns === 1 ? this.rangeMock(sheet, spill) : this.nullObject();
      },
      copyFrom: (source: unknown, type: string) => {
        const from = this.resolve(source, sheet);
        this.copyValues(from.sheet, from.rect, sheet, rect, type);
      },
      clear: () => this.call(sheet, "clear", [rangeAddressOf(rect)]),
      delete: () => this.call(sheet, "range.delete", [rangeAddressOf(rect)]),
      insert: () => this.call(sheet, "insert", [rangeAddressOf(rect)]),
    });
    (mock as unknown as { isNullObject: boolean }).isNullObject = false;
    const load = mock.load.bind(mock);
    (mock as unknown as { load: (what?: string | string[]) => unknown }).load = (what?: string | string[]) => {
      const properties = (Array.isArray(what) ? what.join(",") : (what ?? "values,formulas,numberFormat")).split(",").map((p) => p.trim());
      this.pendingLoads.push({ sheet, rect, properties });
      return load(what ?? "values,formulas,numberFormat");
    };
    this.recordFormats(mock, sheet, rect);
    const proxy = new Proxy(mock, {
      set: (target, property, value) => {
        if ((property === "values" || property === "formulas" || property === "numberFormat") && !MOCK_ERRORS.has(value)) {
          this.write(sheet, rect, property, value);
        }
        // office-addin-mock assigns loaded properties itself (mock objects, error strings): only a plain object is a write.
        if (
          property === "hyperlink" &&
          !(value instanceof OfficeMockObject) &&
          typeof value === "object" &&
          value !== null &&
          Object.getPrototypeOf(value) === Object.prototype
        )
          this.link(sheet, rect, value);
        return Reflect.set(target, property, value);
      },
    });
    this.geometry.set(proxy, { sheet, rect });
    this.created.push(mock);
    return proxy;
  }

  /** Range formats are set through `format`, `format.font` and `format.fill`: record what is set where. */
  private recordFormats(mock: OfficeMockObject, sheet: FakeSheet, rect: Rect): void {
    const record =
      (path: string) =>
      (target: object, property: string | symbol, value: unknown): boolean => {
        if (typeof property === "string" && !MOCK_ERRORS.has(value as string) && typeof value !== "object") {
          this.formats.push({ sheet: sheet.name, rect, path: `${path}.${property}`, value });
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

  /** The last value set for a format path on a range holding the cell (undefined if never set). */
  formatAt(sheetName: string, row: number, column: number, path: string): unknown {
    let found: unknown;
    for (const f of this.formats) {
      if (sameSheetName(f.sheet, sheetName) && f.path === path && contains(f.rect, row, column)) found = f.value;
    }
    return found;
  }

  private nullObject(): OfficeMockObject {
    const mock = this.track(
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

  private track(mock: OfficeMockObject): OfficeMockObject {
    this.created.push(mock);
    return mock;
  }

  private call(sheet: FakeSheet, method: string, args: unknown[]): void {
    this.calls.push({ sheet: sheet.name, method, args });
  }

  private resolve(where: unknown, defaultSheet?: FakeSheet): { sheet: FakeSheet; rect: Rect } {
    if (typeof where === "string") {
      const bang = where.lastIndexOf("!");
      const sheet = bang >= 0 ? this.sheet(where.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : defaultSheet;
      if (!sheet) throw new Error(`No sheet for address ${where}`);
      return { sheet, rect: parseRect(where.slice(bang + 1)) };
    }
    const known = typeof where === "object" && where !== null ? this.geometry.get(where) : undefined;
    if (!known) throw new Error("InvalidArgument: not a range of this workbook");
    return known;
  }

  /** Sets a link on every cell of a rectangle, as Range.hyperlink does; the values stay as they are. */
  private link(sheet: FakeSheet, rect: Rect, value: unknown): void {
    if (typeof value !== "object" || value === null) throw new Error("InvalidArgument: Range.hyperlink takes an object");
    const link = value as FakeCell["hyperlink"] & object;
    if (link.address === undefined && link.documentReference === undefined)
      throw new Error("InvalidArgument: a hyperlink needs an address or a document reference");
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.columns; c++) {
        const cell = { ...sheet.cell(rect.top + r, rect.left + c), hyperlink: { ...link } };
        if (link.textToDisplay !== undefined && r === 0 && c === 0) Object.assign(cell, { value: link.textToDisplay, formula: "" });
        sheet.cells.set(key(rect.top + r, rect.left + c), cell);
      }
    this.call(sheet, "hyperlink", [rangeAddressOf(rect), link.documentReference ?? link.address]);
  }

  /** Applies a write with Excel's rules, cell by cell. */
  private write(sheet: FakeSheet, rect: Rect, property: "values" | "formulas" | "numberFormat", input: unknown): void {
    const rows = Array.isArray(input) ? (input as unknown[][]) : undefined;
    if (rows && (rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.columns))) {
      throw new Error(
        `InvalidArgument: a ${rows.length}-row array written to the ${rect.rows}×${rect.columns} range ${rangeAddressOf(rect)}`,
      );
    }
    this.writes.push({ sheet: sheet.name, rect, property });
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
          this.breakSpillAt(sheet, row, column);
          Object.assign(cell, interpret(value as string | number | boolean, cell.numberFormat));
          delete cell.spillOf;
        }
        sheet.cells.set(key(row, column), cell);
      }
    }
  }

  /** Writing over a spill's anchor removes the spill; writing into a spilled cell blocks it (#SPILL!). */
  private breakSpillAt(sheet: FakeSheet, row: number, column: number): void {
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

  private copyValues(fromSheet: FakeSheet, from: Rect, toSheet: FakeSheet, to: Rect, type: string): void {
    if (type !== "Values") throw new Error(`The fake only copies values, not ${type}`);
    if (from.rows !== to.rows || from.columns !== to.columns) throw new Error("The fake copies only between ranges of one size");
    const values = fromSheet.valuesOf(from);
    const spillAnchor = key(from.top, from.left);
    if (fromSheet === toSheet && fromSheet.spills.has(spillAnchor)) fromSheet.spills.delete(spillAnchor);
    this.writes.push({ sheet: toSheet.name, rect: to, property: "copyFrom" });
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const k = key(to.top + r, to.left + c);
        const cell = toSheet.cell(to.top + r, to.left + c);
        toSheet.cells.set(k, { value, formula: "", numberFormat: cell.numberFormat });
      }),
    );
  }
}

/** A collection's load: office-addin-mock cannot navigate into an array of items, so "items/name" loads the items. */
function loadItems(this: OfficeMockObject, what: string): OfficeMockObject | undefined {
  return OfficeMockObject.prototype.load.call(this, what === "items/name" ? "items" : what);
}
