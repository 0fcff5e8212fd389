/**
 * What the schema alone cannot check about the package fields of schema 2: a condition compares a
 * field of the right kind with a value of the right type and quotes its incentive; a rate or
 * reimbursement takes a money field as its basis; a multiplier counts what its period says; a
 * published minimum is also a condition, so the package and CN.AISUBSIDY agree.
 */
import { profileField } from "../package/profile-fields";
import type { Dataset, Incentive } from "../rules/schema";

/** A problem of one incentive: its JSON path, its id and a readable line (the shape of an integrity finding). */
export interface EligibilityFinding {
  path: string;
  id: string;
  message: string;
}

/** Every package-field problem of the incentives, with where it stands. */
export function eligibilityProblems(dataset: Dataset): EligibilityFinding[] {
  return dataset.incentives.flatMap((incentive, n) =>
    incentiveProblems(incentive).map((message) => ({ path: `incentives[${n}]`, id: incentive.id, message })),
  );
}

function incentiveProblems(i: Incentive): string[] {
  const problems: string[] = [];
  const where = `incentive ${i.id}`;
  i.conditions.forEach((c, n) => {
    const at = `${where}: conditions[${n}]`;
    const kind = profileField(c.field).kind;
    if (kind === "yes-no" && (c.op !== "eq" || c.value !== true))
      problems.push(`${at}: ${c.field} is a yes/no field; write op "eq", value true`);
    if (kind !== "yes-no" && typeof c.value !== "number") problems.push(`${at}: ${c.field} takes a number, not ${String(c.value)}`);
    if (kind === "years") problems.push(`${at}: years is the horizon, not a condition`);
    if (!i.quotes.some((q) => q.includes(c.zh))) problems.push(`${at}: its text '${c.zh}' is not a passage of the incentive's quotes`);
  });
  if (i.basisField !== undefined) {
    if (profileField(i.basisField).kind !== "money") problems.push(`${where}: basisField ${i.basisField} is not a money field`);
    if (i.kind !== "rate" && i.kind !== "spend-ceiling") problems.push(`${where}: only a rate or spend-ceiling rule has a basisField`);
  }
  const m = i.multiplier;
  if (m) {
    const kind = profileField(m.field).kind;
    if (m.by === "per-year" && m.field !== "years") problems.push(`${where}: a per-year multiplier counts years`);
    if (m.by !== "per-year" && kind !== "count") problems.push(`${where}: a ${m.by} multiplier counts a count field, not ${m.field}`);
    if (m.zh !== undefined && !i.quotes.some((q) => q.includes(m.zh as string))) {
      problems.push(`${where}: multiplier text '${m.zh}' is not a passage of the incentive's quotes`);
    }
  }
  if (m && (i.period === "per-year") !== (m.by === "per-year"))
    problems.push(`${where}: period ${i.period} and multiplier ${m.by} disagree`);
  if (m && i.period === "per-person" && m.by !== "per-person") problems.push(`${where}: a per-person rule needs a per-person multiplier`);
  if (i.payeeIf !== undefined && profileField(i.payeeIf).kind !== "yes-no")
    problems.push(`${where}: payeeIf ${i.payeeIf} is not a yes/no field`);
  // A firm amount needs a published rule that sets it: a rate, or a fixed award.
  if (i.certainty === "firm" && i.kind !== "rate" && !(i.kind === "award" && i.capType === "fixed"))
    problems.push(`${where}: certainty firm needs a rate or a fixed award; only a ceiling is published, so write "up-to"`);
  if (i.minimum !== undefined && i.basisField !== undefined) {
    const stated = i.conditions.some((c) => c.field === i.basisField && c.op === "gte" && c.value === i.minimum);
    if (!stated) problems.push(`${where}: minimum ${i.minimum} needs the condition ${i.basisField} gte ${i.minimum}`);
  }
  return problems;
}
