/**
 * Changed dataset versions for the workbook-changes cases (test/fixtures/workbook-changes.md):
 * each is the bundled dataset with a new version and one edit, as a data team would publish it.
 */
import type { Dataset } from "../../src/core/rules/schema";
import { byId, variant } from "./datasets";

/** The versions by the name the fixture table gives them. */
export const CHANGED_VERSIONS: ReadonlyMap<string, () => Dataset> = new Map([
  ["model cap 3500万", () => variant("2026.12.01", (d) => void (byId(d.incentives, "cdht-model").cap = 35_000_000))],
  ["model rate 25%", () => variant("2026.12.01", (d) => void (byId(d.incentives, "cdht-model").rate = 0.25))],
  ["Suzhou chip removed", () => variant("2026.12.01", (d) => void (d.incentives = d.incentives.filter((i) => i.id !== "suzhou-chip")))],
  ["Guangdong fund 120亿", () => variant("2026.12.01", (d) => void (byId(d.funds, "gd-ai-robotics-fund").total.amount = 12_000_000_000))],
  ["version only", () => variant("2026.12.01")],
  [
    "model quote reworded",
    () => variant("2026.12.01", (d) => void (byId(d.incentives, "cdht-model").quotes = [`${byId(d.incentives, "cdht-model").quotes[0]} `])),
  ],
]);

/** A changed version by its fixture name, or fails the test. */
export function changedVersion(name: string): Dataset {
  const make = CHANGED_VERSIONS.get(name);
  if (!make) throw new Error(`no changed version '${name}' in test/support/changed-versions.ts`);
  return make();
}
