/**
 * The bookkeeping of the batches run against the Excel double (test/support/fake-excel.ts): the
 * mock objects a batch created, the cell data it loaded, the failure it queued, where each range
 * mock lies, and the sync that settles them as Excel does (a queued failure rejects the next sync;
 * a response over the payload limit fails it).
 */
import { OfficeMockObject } from "office-addin-mock";
import { FakeExcelError, FakeSheet, grid, parseRect, type FakeCall, type FakeFormat, type FakeWrite, type Rect } from "./fake-sheet";

/** What the mock objects read and change of the fake workbook (FakeWorkbook is one). */
export interface FakeWorkbookState {
  readonly sheets: FakeSheet[];
  readonly calls: FakeCall[];
  readonly writes: FakeWrite[];
  readonly formats: FakeFormat[];
  active: FakeSheet;
  /** The selected range of the active sheet. */
  selection: Rect;
  /** The bytes of cell data each sync returned, in order. */
  readonly responseBytes: number[];
  readonly responseLimit: number;
  /** A sheet by name (any case); throws when there is none. */
  sheet(name: string): FakeSheet;
}

/** Where a range mock lies. */
export interface Placed {
  sheet: FakeSheet;
  rect: Rect;
}

/** The state the mocks of a workbook share, reset at the start of each `Excel.run`. */
export class FakeBatch {
  /** The sheet and rectangle of each range mock (and of its strict proxy). */
  readonly geometry = new WeakMap<object, Placed>();
  /** The mocks the batch created: the context's own sync does not reach them. */
  private created: OfficeMockObject[] = [];
  /** Cell data loaded since the last sync: what the next sync returns. */
  private pendingLoads: { sheet: FakeSheet; rect: Rect; properties: string[] }[] = [];
  /** The first queued call that Excel would fail: the next sync rejects with it. */
  private failure?: FakeExcelError;

  constructor(readonly workbook: FakeWorkbookState) {}

  /** Forgets the objects, loads and failure of the previous batch. */
  begin(): void {
    this.created = [];
    this.pendingLoads = [];
    this.failure = undefined;
  }

  /** Records a mock the batch created, so that the sync reaches it. */
  track(mock: OfficeMockObject): OfficeMockObject {
    this.created.push(mock);
    return mock;
  }

  /** Records a range mock: it is synced, and its position is known. */
  place(mock: OfficeMockObject, proxy: object, where: Placed): void {
    this.geometry.set(proxy, where);
    this.created.push(mock);
  }

  /** Queues a failure, as Excel does: the call returns, the next sync rejects. */
  fail(code: string, message: string, errorLocation: string): void {
    this.failure ??= new FakeExcelError(code, message, errorLocation);
  }

  /** Notes cell data loaded: the next sync returns it. */
  load(sheet: FakeSheet, rect: Rect, properties: string[]): void {
    this.pendingLoads.push({ sheet, rect, properties });
  }

  /** Logs a call on the workbook (other than reading and writing cells). */
  call(sheet: FakeSheet, method: string, args: unknown[]): void {
    this.workbook.calls.push({ sheet: sheet.name, method, args });
  }

  /** The sheet and rectangle of an address (`Sheet!A1:B2`, or on `defaultSheet`) or of a range mock. */
  resolve(where: unknown, defaultSheet?: FakeSheet): Placed {
    if (typeof where === "string") {
      const bang = where.lastIndexOf("!");
      const sheet = bang >= 0 ? this.workbook.sheet(where.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : defaultSheet;
      if (!sheet) throw new Error(`No sheet for address ${where}`);
      return { sheet, rect: parseRect(where.slice(bang + 1)) };
    }
    const known = typeof where === "object" && where !== null ? this.geometry.get(where) : undefined;
    if (!known) throw new Error("InvalidArgument: not a range of this workbook");
    return known;
  }

  /** A sync: rejects with the queued failure or an oversized response, else syncs the context and every mock created. */
  async settle(contextSync: () => Promise<void>): Promise<void> {
    const failure = this.failure;
    const loads = this.pendingLoads;
    this.failure = undefined;
    this.pendingLoads = [];
    if (failure) throw failure;
    const bytes = loads.reduce((n, l) => n + loadedBytes(l.sheet, l.rect, l.properties), 0);
    this.workbook.responseBytes.push(bytes);
    if (bytes > this.workbook.responseLimit) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${bytes} bytes) has exceeded the limit (${this.workbook.responseLimit} bytes).`,
        "RequestContext.sync",
      );
    }
    await contextSync();
    for (const object of this.created) await object.sync();
  }
}

/** The size of the cell data a load returns (JSON, as Excel on the web sends it). */
function loadedBytes(sheet: FakeSheet, rect: Rect, properties: string[]): number {
  let bytes = 0;
  for (const property of properties) {
    if (property === "values") bytes += JSON.stringify(sheet.valuesOf(rect)).length;
    else if (property === "formulas") bytes += JSON.stringify(sheet.formulasOf(rect)).length;
    else if (property === "numberFormat") bytes += JSON.stringify(grid(rect, (r, c) => sheet.cell(r, c).numberFormat)).length;
  }
  return bytes;
}

/** A collection's load: office-addin-mock cannot navigate into an array of items, so "items/name" loads the items. */
export function loadItems(this: OfficeMockObject, what: string): OfficeMockObject | undefined {
  return OfficeMockObject.prototype.load.call(this, what === "items/name" ? "items" : what);
}
