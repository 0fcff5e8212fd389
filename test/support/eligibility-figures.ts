/**
 * The numbers of an incentive's machine-readable eligibility conditions (schema 2): each must
 * appear in the incentive's quotes, like its cap, rate and minimum. Kept apart from
 * dataset-checks.ts so the numbers-in-quote check can call it wherever that check lives.
 */
import type { Incentive } from "../../src/core/schema";

/** A numeric condition value of an incentive and where it sits. */
export interface ConditionFigure {
  field: string;
  value: number;
}

/** The numbers an incentive's conditions state (yes/no conditions state none). */
export function conditionFigures(incentive: Incentive): ConditionFigure[] {
  return incentive.conditions.flatMap((c, n) =>
    typeof c.value === "number" ? [{ field: `conditions[${n}].value (${c.field} ${c.op})`, value: c.value }] : [],
  );
}
