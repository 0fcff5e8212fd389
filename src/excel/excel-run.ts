/**
 * How the writers reach the workbook: `Excel.run` in the add-in, an office-addin-mock context in
 * the tests (every writer takes the runner as an optional last argument), and the error every
 * failure reaches the caller as. Writers count their own `context.sync()` calls (written out,
 * so the office-addins lint rules can follow load → sync → read).
 */

/** Runs a batch against the workbook. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The add-in's runner: `Excel.run`, looked up when called (so importing this module needs no Office). */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * Why a writer refused, when the pane has its own words for it: several areas selected where one
 * range is needed, or a host without the requirement set the action needs.
 */
export type ExcelWriteReason = "multipleAreas" | "apiSetUnsupported";

/** A writer that failed or refused, with what it was doing and why; the original error is its `cause`. */
export class ExcelWriteError extends Error {
  readonly reason?: ExcelWriteReason;
  constructor(message: string, options?: { cause?: unknown; reason?: ExcelWriteReason }) {
    super(message, options);
    this.name = "ExcelWriteError";
    this.reason = options?.reason;
  }
}

/** Runs a writer's batch; any failure reaches the caller as an ExcelWriteError naming the action. */
export async function runWriter<T>(run: ExcelRun, action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    if (e instanceof ExcelWriteError) throw e;
    throw new ExcelWriteError(`${action}: ${describeError(e)}`, { cause: e });
  }
}

/** An Office error's message with where Excel says it happened (OfficeExtension.Error carries `debugInfo`). */
function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const location = (e as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation;
  return location ? `${e.message} (at ${location})` : e.message;
}
