/**
 * One traced cell under two dataset versions (PRODUCT.md §13: "Trace of a changed cell shows both
 * versions"): its CN formula (or its spilled table's) computed again from the Trace snapshot's
 * referenced values under the workbook's stamped version and the loaded one.
 */
import type { EvaluatedValue } from "../formula/formula-evaluate";
import { isCnFormula } from "../formula/cn-formula-text";
import { findReadReference, type TraceSnapshot } from "../trace/trace-snapshot";
import type { CallEnvironment } from "./cn-call";
import type { ChangeCause, VersionPair } from "./change-causes";
import { compareWorkbook } from "./workbook-changes";

/** The cell's value under both versions, and why it differs; undefined when the cell has no CN formula. */
export type CellVersions =
  | { same: true; value: EvaluatedValue | undefined }
  | { same: false; before: EvaluatedValue | undefined; after: EvaluatedValue | undefined; causes: ChangeCause[] };

/** Computes a traced cell under the two versions; undefined for a cell without a CN formula or one that cannot be evaluated. */
export function cellUnderVersions(snapshot: TraceSnapshot, versions: VersionPair, env: CallEnvironment): CellVersions | undefined {
  const own = typeof snapshot.formula === "string" && isCnFormula(snapshot.formula, snapshot.value) ? snapshot.formula : undefined;
  const spill = own === undefined && snapshot.spill && typeof snapshot.spill.formula === "string" ? snapshot.spill : undefined;
  const formula = own ?? spill?.formula;
  if (typeof formula !== "string") return undefined;
  const sheet = spill?.sheet ?? snapshot.sheet;
  const result = compareWorkbook(
    { formulas: [{ sheet, row: 0, column: 0, formula }], valuesOf: (s, ref) => findReadReference(snapshot, s, ref)?.values },
    versions,
    env,
  );
  if (result.notCompared.length > 0) return undefined;
  const row = spill?.rowOffset ?? 0;
  const column = spill?.columnOffset ?? 0;
  const change = result.changes.find((c) => c.row === row && c.column === column);
  if (change) return { same: false, before: change.before, after: change.after, causes: change.causes };
  return { same: true, value: snapshot.value as EvaluatedValue | undefined };
}
