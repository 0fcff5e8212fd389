/**
 * What a new dataset version changes in a workbook (PRODUCT.md §13): every CN formula cell (a
 * spilled table cell by cell) evaluated under the version the workbook was computed with and under
 * the loaded one, and the cells whose value differs, each with the records and fields behind it.
 * Pure: src/excel reads the cells, the pane lists the result.
 */
import { evaluateFormula, isErrorValue, type EvaluatedValue } from "../formula/formula-evaluate";
import { outerCnCalls, parseFormula, type ReferenceNode } from "../formula/formula-syntax";
import type { Atlas } from "../names/atlas";
import { cellAddress } from "../sheets/a1";
import { evaluateCnCall, type CallEnvironment } from "./cn-call";
import { causesOf, type ChangeCause, type VersionPair } from "./change-causes";

/** One CN formula cell of the workbook (the anchor of a spilled table), zero-based. */
export interface WorkbookFormulaCell {
  sheet: string;
  row: number;
  column: number;
  formula: string;
}

/** The workbook as read: its CN formula cells and the values of any cell they refer to. */
export interface WorkbookCells {
  formulas: readonly WorkbookFormulaCell[];
  /** The values of a referenced cell or range on a sheet (rows × columns); undefined when not read. */
  valuesOf(sheet: string, ref: ReferenceNode): (string | number | boolean)[][] | undefined;
}

/** One cell whose value differs between the two versions. */
export interface CellChange {
  sheet: string;
  /** A1 without the sheet: `C6`. */
  address: string;
  row: number;
  column: number;
  /** The formula that computes it (the spilled table's, for a cell of a table), and the cell holding it. */
  formula: string;
  anchor: { row: number; column: number };
  /** The cell's value under the stamped (old) and the loaded (new) version; undefined = no value there. */
  before: EvaluatedValue | undefined;
  after: EvaluatedValue | undefined;
  /** The records (and their fields) that differ behind the cell; empty when only the version differs. */
  causes: ChangeCause[];
}

/** A formula that could not be compared, and why. */
export interface NotCompared {
  sheet: string;
  address: string;
  formula: string;
  reason: string;
}

/** Every change in the workbook. */
export interface WorkbookComparison {
  changes: CellChange[];
  /** CN formulas compared. */
  checked: number;
  notCompared: NotCompared[];
  /** Changed cells per sheet, in the order the sheets come. */
  perSheet: { sheet: string; changed: number }[];
}

/** Compares every CN formula of a workbook under two dataset versions. Never throws. */
export function compareWorkbook(cells: WorkbookCells, versions: VersionPair, env: CallEnvironment): WorkbookComparison {
  const changes: CellChange[] = [];
  const notCompared: NotCompared[] = [];
  for (const cell of cells.formulas) {
    const address = cellAddress(cell.row, cell.column);
    const parsed = parseFormula(cell.formula);
    if (!parsed.ok) {
      notCompared.push({ sheet: cell.sheet, address, formula: cell.formula, reason: parsed.reason });
      continue;
    }
    const context = (atlas: Atlas) => ({
      valuesOf: (ref: ReferenceNode) => cells.valuesOf(ref.sheet ?? cell.sheet, ref),
      callCn: (name: string, args: EvaluatedValue[]) => evaluateCnCall(atlas, name, args, env),
    });
    const before = evaluateFormula(parsed.root, context(versions.before));
    const after = evaluateFormula(parsed.root, context(versions.after));
    if (!before.ok || !after.ok) {
      const reason = !before.ok ? before.reason : !after.ok ? after.reason : "";
      notCompared.push({ sheet: cell.sheet, address, formula: cell.formula, reason });
      continue;
    }
    const calls = outerCnCalls(parsed.root);
    for (const d of differences(before.value, after.value)) {
      const at = { sheet: cell.sheet, row: cell.row + d.row, column: cell.column + d.column };
      const causes = causesOf(calls, versions, (ref) => cells.valuesOf(ref.sheet ?? cell.sheet, ref), env, d.spilled ? d.row : undefined);
      changes.push({
        ...at,
        address: cellAddress(at.row, at.column),
        formula: cell.formula,
        anchor: { row: cell.row, column: cell.column },
        before: d.before,
        after: d.after,
        causes,
      });
    }
  }
  return { changes, checked: cells.formulas.length, notCompared, perSheet: perSheet(changes) };
}

interface Difference {
  row: number;
  column: number;
  before: EvaluatedValue | undefined;
  after: EvaluatedValue | undefined;
  spilled: boolean;
}

/** The cells where two results differ: one for scalars, each differing cell of a table (over both shapes). */
function differences(before: EvaluatedValue, after: EvaluatedValue): Difference[] {
  if (!Array.isArray(before) && !Array.isArray(after)) {
    return sameValue(before, after) ? [] : [{ row: 0, column: 0, before, after, spilled: false }];
  }
  const a = asGrid(before);
  const b = asGrid(after);
  const out: Difference[] = [];
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const columns = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
    for (let c = 0; c < columns; c++) {
      const x = a[r]?.[c];
      const y = b[r]?.[c];
      if (!sameValue(x, y)) out.push({ row: r, column: c, before: x, after: y, spilled: true });
    }
  }
  return out;
}

function asGrid(value: EvaluatedValue): EvaluatedValue[][] {
  return Array.isArray(value) ? value : [[value]];
}

/** Whether two cell values read the same (errors by their code). */
export function sameValue(a: EvaluatedValue | undefined, b: EvaluatedValue | undefined): boolean {
  if (isErrorValue(a) || isErrorValue(b)) return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  return a === b;
}

function perSheet(changes: readonly CellChange[]): { sheet: string; changed: number }[] {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.sheet, (counts.get(c.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, changed]) => ({ sheet, changed }));
}
