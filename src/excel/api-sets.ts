/**
 * Requirement sets the add-in uses beyond those its manifest declares, and the one guard
 * convention for them. The manifest declares what every host that can run the CN functions has
 * (SharedRuntime 1.1 admits Excel 2021 / Microsoft 365 Version 2002+, Mac 16.35+ and the web,
 * all of which have ExcelApi 1.10 and CustomFunctionsRuntime 1.2). A feature that needs more is
 * guarded, so the add-in still installs and the CN functions still run on older builds:
 *
 * - the code that calls the newer API runs inside a function that first calls
 *   `requireApiSet(name, version, …)` (it throws an ExcelWriteError with reason
 *   "apiSetUnsupported"), or inside `if (isApiSetSupported(name, version)) { … }`;
 * - the pane disables the feature with an explanation (host-features.ts reads FEATURE_API_SETS).
 *
 * test/build/api-sets.test.ts checks every Office.js call in src/ against the manifest and this
 * convention, from the `[Api set: …]` tags of @types/office-js.
 */
import { ExcelWriteError } from "./excel-run";

/** A requirement set and its minimum version, e.g. ExcelApi 1.12. */
export interface ApiSetRequirement {
  name: "ExcelApi";
  version: string;
}

/** What each guarded pane feature needs beyond the manifest. */
export const FEATURE_API_SETS = {
  /** Spilled CN tables are found with Range.getSpillingToRangeOrNullObject. */
  convertToValues: { name: "ExcelApi", version: "1.12" },
  /** Trace finds the row of a spilled CN table under the cursor with Range.getSpillParentOrNullObject. */
  traceSpilledRow: { name: "ExcelApi", version: "1.12" },
  /** Each sheet the add-in writes keeps its data stamp in a worksheet custom property. */
  sheetStamp: { name: "ExcelApi", version: "1.12" },
} as const satisfies Record<string, ApiSetRequirement>;

/** Whether the host supports a requirement set (false outside Office). */
export function isApiSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(n: string, v?: string): boolean } } } }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

/** Throws, with a message a user can act on, unless the host supports the requirement set. */
export function requireApiSet(name: ApiSetRequirement["name"], version: string, action: string): void {
  if (isApiSetSupported(name, version)) return;
  const where = FIRST_BUILDS.get(`${name} ${version}`);
  throw new ExcelWriteError(
    `${action} needs a newer Excel (${name} ${version}${where ? `: ${where}` : ""}). Update Excel to use it; the CN functions work as they are.`,
    { reason: "apiSetUnsupported" },
  );
}

/** The first builds with a guarded set (Microsoft's "Excel JavaScript API requirement sets" table). */
const FIRST_BUILDS: ReadonlyMap<string, string> = new Map([
  ["ExcelApi 1.12", "Microsoft 365 Version 2008 or later, Excel 2021 or later, Excel for Mac 16.40 or later, or Excel on the web"],
]);
