/**
 * What the pane asks of its host. Components receive these operations as props and never touch
 * Office: `index.tsx` passes the Excel implementation (excel-operations.ts) when Office.onReady
 * reports Excel, and the preview implementation (preview-operations.ts) in a plain browser.
 */
import type { KeptFiguresPlan } from "../../core/changes/kept-figures-plan";
import type { WorkbookCells } from "../../core/changes/workbook-changes";
import type { DataStamp } from "../../core/rules/data-stamp";
import type { CalculatorTablePlan } from "../../core/sheets/calculator-plan";
import type { ComparisonSheetPlan } from "../../core/sheets/comparison-sheet";
import type { TraceSnapshot } from "../../core/trace/trace-snapshot";
import type { PackageSheetPlan } from "../../core/sheets/package-sheet-plan";
import type { TargetsSheetPlan } from "../../core/sheets/targets-plan";

/** Where the pane runs: inside Excel, or as a browser preview (Office.onReady reported no host). */
export type PaneHost = "excel" | "preview";

/** A cell the user picked, e.g. sheet "Sheet1" and cell "A2". */
export interface CellLocation {
  sheet: string;
  /** The top-left cell of the selection, without the sheet: `A2`. */
  cell: string;
}

/** What inserting a comparison sheet did. */
export interface ComparisonInserted {
  sheetName: string;
  sourcesSheetName: string;
}

/** What inserting the calculator table did. */
export interface TableInserted {
  /** Where the table went, e.g. `Sheet1!B3:H13`. */
  address: string;
}

/** What inserting the targets sheet did. */
export interface TargetsInserted {
  sheetName: string;
  sourcesSheetName: string;
}

/** What inserting a package sheet did. */
export interface PackageInserted {
  sheetName: string;
  sourcesSheetName?: string;
}

/** The storage key of the Profile view's values (document settings in Excel, localStorage in the preview). */
export const PROFILE_SETTING_KEY = "ai-policy-atlas/profile";

/** What inserting a formula did. */
export interface FormulaInserted {
  address: string;
}

/** What converting CN formulas to values did. */
export interface FormulasConverted {
  converted: number;
  address: string;
}

/** Which CN formulas to convert. */
export type ConvertScope = "selection" | "sheet";

/** What Trace can do in a host (from Excel's requirement sets; all false in the preview). */
export interface TraceCapabilities {
  /** Follows the selection (Workbook.onSelectionChanged, ExcelApi 1.2). */
  followSelection: boolean;
  /** Reads static figures' links (Range.hyperlink, ExcelApi 1.7). */
  hyperlinks: boolean;
  /** Finds a spilled table's row (Range.getSpillParentOrNullObject, ExcelApi 1.12). */
  spills: boolean;
}

/** `Office.context.requirements.isSetSupported`, as the pane asks it. */
export type ApiSetSupport = (name: string, version: string) => boolean;

/** Everything the pane may ask the workbook to do. Each rejects with an Error whose message says why. */
export interface PaneOperations {
  readonly host: PaneHost;
  /** Whether the host supports a requirement set (Excel only; features needing more are disabled). */
  readonly supportsApiSet?: ApiSetSupport;
  /** A new comparison sheet (and its Sources block) from a plan. */
  insertComparison(plan: ComparisonSheetPlan): Promise<ComparisonInserted>;
  /** The calculator's ranked table at the active cell. */
  insertCalculatorTable(plan: CalculatorTablePlan): Promise<TableInserted>;
  /** A new sheet with the Targets tab's targets as a table (and its Sources block). */
  insertTargetsTable(plan: TargetsSheetPlan): Promise<TargetsInserted>;
  /** Writes a formula (`=CN.AISUBSIDY(A2,"model",B2)`) into the active cell. */
  insertFormula(formula: string): Promise<FormulaInserted>;
  /** The top-left cell of the current selection. */
  getSelectedCell(): Promise<CellLocation>;
  /** Replaces CN formulas by their values in the selection or the active sheet. */
  convertToValues(scope: ConvertScope): Promise<FormulasConverted>;
  /** Recalculates the workbook so CN formulas read the loaded dataset. */
  recalculate(): Promise<void>;
  /** What Trace can do here. */
  readonly trace: TraceCapabilities;
  /** Reads the selected cell for Trace: formula, value, link, spill and the cells it refers to. */
  readTraceSnapshot(): Promise<TraceSnapshot>;
  /** Calls `listener` on every selection change; resolves with a function that stops. */
  watchSelection(listener: () => void): Promise<() => Promise<void>>;
  /** A new package sheet (and, static, its Sources block) from a plan. */
  insertPackageSheet(plan: PackageSheetPlan): Promise<PackageInserted>;
  /** The saved company profile (JSON), or null: from the workbook's settings in Excel, the browser's storage in the preview. */
  loadProfile(): Promise<string | null>;
  /** Saves the company profile (JSON) where loadProfile reads it. */
  saveProfile(json: string): Promise<void>;
  /** Copies text to the clipboard (works in both hosts where the browser allows it). */
  copyText(text: string): Promise<void>;
  /** Every CN formula of the workbook, its cells' values and the sheets' data stamps, for "what changed". */
  readWorkbookCnCells(): Promise<WorkbookCnCells>;
  /** The workbook's data stamp: null when it has none, undefined when the host cannot keep one. */
  readWorkbookStamp(): Promise<DataStamp | null | undefined>;
  /** Stamps the workbook and the named sheets with a version: accepting the new figures. */
  stampWorkbook(stamp: DataStamp, sheets: readonly string[]): Promise<void>;
  /** Writes the old figures of a plan over the changed CN cells, with a note on the Sources sheet. */
  keepOldFigures(plan: KeptFiguresPlan): Promise<{ kept: number; sourcesSheetName: string }>;
  /** Selects a cell and shows its sheet. */
  selectCell(sheet: string, address: string): Promise<void>;
}

/** The workbook's CN formulas as read for "what changed in this workbook". */
export interface WorkbookCnCells extends WorkbookCells {
  sheetStamps: ReadonlyMap<string, DataStamp>;
  /** A sheet's values from A1 (for the Sources sheet's static figures); undefined for no such sheet. */
  rowsOf(sheet: string): (string | number | boolean)[][] | undefined;
}

/** Thrown by the preview for anything that needs a workbook, with the reason in both UI languages. */
export class NeedsExcelError extends Error {
  readonly needsExcel = true;
  constructor(readonly action: string) {
    super(`${action} needs Excel: this is the browser preview, which has no workbook.`);
    this.name = "NeedsExcelError";
  }
}

/** Why an Excel action refused, when the pane has its own words for it (ExcelWriteError.reason). */
export function refusalReason(error: unknown): "multipleAreas" | "apiSetUnsupported" | undefined {
  const reason = (error as { reason?: unknown } | null)?.reason;
  return reason === "multipleAreas" || reason === "apiSetUnsupported" ? reason : undefined;
}

/** Whether an error is the preview saying an action needs Excel. */
export function isNeedsExcelError(error: unknown): error is NeedsExcelError {
  return error instanceof Error && (error as { needsExcel?: unknown }).needsExcel === true;
}

/** Copies text with the async Clipboard API, falling back to a hidden textarea and execCommand. */
export async function copyToClipboard(text: string): Promise<void> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Denied (no permission, not focused, insecure context): try the older way below.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const copied = typeof document.execCommand === "function" && document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("The browser did not allow copying to the clipboard.");
}

/** The browser's localStorage, or an in-memory map where it is unavailable (private mode, tests). */
const memoryProfile = new Map<string, string>();

/** Reads a value from localStorage (memory when blocked). */
export function browserStorageGet(key: string): string | null {
  try {
    if (typeof localStorage !== "undefined") return localStorage.getItem(key);
  } catch {
    // Blocked storage: the in-memory copy below.
  }
  return memoryProfile.get(key) ?? null;
}

/** Writes a value to localStorage (memory when blocked). */
export function browserStorageSet(key: string, value: string): void {
  memoryProfile.set(key, value);
  try {
    if (typeof localStorage !== "undefined") localStorage.setItem(key, value);
  } catch {
    // Blocked storage: kept in memory for this session.
  }
}
