/**
 * Schema 2's package fields: the bundled dataset passes, and each way a curator could get an
 * eligibility condition, basis or multiplier wrong is caught with the incentive's id.
 */
import { eligibilityProblems } from "../../../src/core/integrity/eligibility-integrity";
import type { Dataset, Incentive } from "../../../src/core/rules/schema";
import { validateDataset } from "../../../src/data/validate";
import { byId, variant } from "../../support/datasets";

const mutate = (edit: (d: Dataset) => void): Dataset => variant("2025.03.23", edit);
const rule = (d: Dataset, id: string): Incentive => byId(d.incentives, id);

test("the bundled dataset's conditions, bases and multipliers are consistent", () => {
  expect(eligibilityProblems(variant("2025.03.23"))).toEqual([]);
  const broken = variant("2025.03.23", (d) => (rule(d, "cdht-rnd").conditions[0].value = true));
  expect(eligibilityProblems(broken)).toEqual([
    { path: "incentives[3]", id: "cdht-rnd", message: "incentive cdht-rnd: conditions[0]: rndIntensity takes a number, not true" },
  ]);
});

test.each<[string, (d: Dataset) => void, string]>([
  ["a yes/no field compared with a number", (d) => (rule(d, "cdht-model").conditions[1].value = 1), "modelLeading is a yes/no field"],
  ["a number field compared with yes", (d) => (rule(d, "cdht-rnd").conditions[0].value = true), "rndIntensity takes a number"],
  [
    "condition words not in the quotes",
    (d) => (rule(d, "cdht-rnd").conditions[0].zh = "研发强度20%以上"),
    "not a passage of the incentive's quotes",
  ],
  [
    "a basis that is not money",
    (d) => (rule(d, "cdht-model").basisField = "modelParameters"),
    "basisField modelParameters is not a money field",
  ],
  ["a basis on an award", (d) => (rule(d, "cdht-data").basisField = "computeSpend"), "only a rate or spend-ceiling rule has a basisField"],
  [
    "a firm amount where only a ceiling is published",
    (d) => (rule(d, "cdht-compute").certainty = "firm"),
    "certainty firm needs a rate or a fixed award",
  ],
  [
    "a payee condition that is not yes/no",
    (d) => (rule(d, "suzhou-chip").payeeIf = "computeSpend"),
    "payeeIf computeSpend is not a yes/no field",
  ],
  [
    "a per-person multiplier counting yes/no",
    (d) => (rule(d, "cdht-talent").multiplier = { by: "per-person", field: "dataAward" }),
    "counts a count field",
  ],
  [
    "a per-year rule counting people",
    (d) => (rule(d, "cdht-compute").multiplier = { by: "per-person", field: "highEndHires" }),
    "disagree",
  ],
  [
    "a minimum without its condition",
    (d) => rule(d, "cdht-rnd").conditions.pop(),
    "minimum 15000000 needs the condition rndInput gte 15000000",
  ],
])("%s is caught", (_name, edit, message) => {
  const result = validateDataset(mutate(edit));
  expect(result.ok).toBe(false);
  expect(result.ok ? "" : result.problems.join("\n")).toContain(message);
});
