/**
 * The workbook comparison (src/core/changes/workbook-changes.ts) against the fixture table
 * test/fixtures/workbook-changes.md: each formula under the bundled and a changed version gives
 * the old and new values and the records behind the change.
 */
import * as fs from "fs";
import * as path from "path";
import { compareWorkbook, type WorkbookCells } from "../../../src/core/changes/workbook-changes";
import type { ReferenceNode } from "../../../src/core/formula/formula-syntax";
import { Atlas } from "../../../src/core/names/atlas";
import { fixedClock } from "../../../src/core/rules/freshness";
import { bundledDataset } from "../../../src/data/bundled";
import { diffDatasets } from "../../../src/data/diff";
import { changedVersion } from "../../support/changed-versions";

interface Case {
  n: number;
  formula: string;
  version: string;
  old: string;
  next: string;
  cause: string;
  why: string;
}

const table = fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "workbook-changes.md"), "utf8");
const cases: Case[] = table
  .split("\n")
  .filter((l) => /^\| \d+ \|/.test(l))
  .map((l) => {
    const [n, formula, version, old, next, cause, why] = l
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    return { n: Number(n), formula: formula.replace(/^`|`$/g, ""), version, old, next, cause, why };
  });

/** Sheet1: A1:A3 the referenced inputs, B1:C4 a package profile. */
const SHEET: (string | number)[][] = [
  [200_000_000, "modelRndCost", 200_000_000],
  ["成都高新区", "modelParameters", 120_000_000_000],
  ["model", "modelLeading", "yes"],
  ["", "years", 1],
];
const valuesOf = (_sheet: string, ref: ReferenceNode) =>
  SHEET.slice(ref.top, ref.bottom + 1).map((row) => row.slice(ref.left, ref.right + 1).map((v) => v ?? ""));
const before = new Atlas(bundledDataset());
const env = { clock: fixedClock("2026-12-04") };

const shown = (v: unknown) => (typeof v === "object" && v !== null && "error" in v ? String((v as { error: string }).error) : String(v));

test("the fixture table has its cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(12);
});

test.each(cases)("case $n: $formula under '$version' ($why)", (c) => {
  const after = changedVersion(c.version);
  const cells: WorkbookCells = { formulas: [{ sheet: "Sheet1", row: 9, column: 3, formula: c.formula }], valuesOf };
  const result = compareWorkbook(cells, { before, after: new Atlas(after), records: diffDatasets(bundledDataset(), after).records }, env);
  expect(result.notCompared).toEqual([]);
  expect(result.checked).toBe(1);
  if (c.next === "=") {
    expect(result.changes).toEqual([]);
    return;
  }
  const spill = /row (\d+), col (\d+)/.exec(c.why);
  const change = spill
    ? result.changes.find((x) => x.row === 9 + Number(spill[1]) && x.column === 3 + Number(spill[2]))
    : result.changes[0];
  expect(change).toBeDefined();
  const named = (v: string) => v.replace("{bundled version}", bundledDataset().version);
  expect([shown(change?.before), shown(change?.after)]).toEqual([named(c.old), named(c.next)]);
  const causes = (change?.causes ?? []).map(
    (k) => `${k.kind} ${k.id}: ${k.change === "changed" ? k.fields.map((f) => f.path).join(", ") : k.change}`,
  );
  expect(causes).toEqual(c.cause === "—" ? [] : [c.cause]);
});

test("a spilled table's changed cells are listed one by one, with the address of each", () => {
  const after = changedVersion("model cap 3500万");
  const cells: WorkbookCells = { formulas: [{ sheet: "Sheet1", row: 0, column: 4, formula: '=CN.AIINCENTIVES("成都高新区")' }], valuesOf };
  const result = compareWorkbook(cells, { before, after: new Atlas(after), records: diffDatasets(bundledDataset(), after).records }, env);
  expect(result.changes.length).toBeGreaterThan(0);
  for (const change of result.changes) expect(change.causes.map((k) => k.id)).toEqual(["cdht-model"]);
  expect(result.changes.map((c) => c.address)).toContain(result.changes[0].address);
  expect(result.perSheet).toEqual([{ sheet: "Sheet1", changed: result.changes.length }]);
  expect(result.changes.every((c) => c.row > 0)).toBe(true); // the header row does not change
});

test("the old and new quotes of a cause are the ones each version cites", () => {
  const after = changedVersion("model cap 3500万");
  const cells: WorkbookCells = { formulas: [{ sheet: "S", row: 0, column: 0, formula: '=CN.AISUBSIDY("成都高新区","model")' }], valuesOf };
  const [change] = compareWorkbook(
    cells,
    { before, after: new Atlas(after), records: diffDatasets(bundledDataset(), after).records },
    env,
  ).changes;
  expect(change.causes[0].quotesBefore).toEqual(bundledDataset().incentives.find((i) => i.id === "cdht-model")?.quotes);
  expect(change.causes[0].quotesAfter.length).toBeGreaterThan(0);
});

test("a formula it cannot read or evaluate is reported, not guessed", () => {
  const cells: WorkbookCells = {
    formulas: [
      { sheet: "S", row: 0, column: 0, formula: '=CN.AISUBSIDY(Named_Range,"model")' },
      { sheet: "S", row: 1, column: 0, formula: "=CN.AISUBSIDY(" },
    ],
    valuesOf: () => undefined,
  };
  const result = compareWorkbook(cells, { before, after: before, records: [] }, env);
  expect(result.changes).toEqual([]);
  expect(result.notCompared.map((n) => n.address)).toEqual(["A1", "A2"]);
});
