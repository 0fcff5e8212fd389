/**
 * Reading every CN formula of a workbook for "What changed in this workbook", against the strict
 * Excel double: all sheets, spilled tables by their anchor, other formulas and text left out, the
 * 5 MB response limit respected by chunking, and the result compared under two versions.
 */
import { compareWorkbook } from "../../src/core/changes/workbook-changes";
import { Atlas } from "../../src/core/names/atlas";
import { fixedClock } from "../../src/core/rules/freshness";
import { bundledDataset } from "../../src/data/bundled";
import { diffDatasets } from "../../src/data/diff";
import { scanWorkbookCnCells } from "../../src/excel/workbook-scan";
import { changedVersion } from "../support/changed-versions";
import { FakeWorkbook } from "../support/fake-excel";

function workbook(): FakeWorkbook {
  const fake = new FakeWorkbook({ sheets: ["Model", "Memo", "Empty"] });
  fake
    .sheet("Model")
    .setConstant(0, 0, 200_000_000)
    .setConstant(1, 0, "成都高新区")
    .setFormula(2, 1, '=CN.AISUBSIDY(A2,"model",A1)', 30_000_000) // B3
    .setFormula(3, 1, "=B3*2", 60_000_000) // B4: not a CN formula
    .setConstant(4, 1, '=CN.AISUBSIDY("x")', "@") // B5: text, not a formula
    .setFormula(0, 3, '=CN.AIRANK("model")', "rank", [
      ["rank", "region", "subsidy"],
      [1, "成都高新区", 30_000_000],
    ]); // D1 spills
  fake.sheet("Memo").setFormula(5, 2, '=Model!B3/10000+CN.AISUBSIDY("苏州","chip")*0', 3_000); // C6 reads another sheet
  return fake;
}

test("finds the CN formulas of every sheet (a spilled table by its anchor) and nothing else", async () => {
  const fake = workbook();
  const syncs = fake.spyOnSyncs();
  const scan = await scanWorkbookCnCells(fake.run);
  expect(scan.formulas.map((f) => `${f.sheet}!${f.row},${f.column}`)).toEqual(["Model!0,3", "Model!2,1", "Memo!5,2"]); // row by row
  expect(scan.sheets).toBe(3);
  // The sheets, their used ranges, then one chunk for each sheet that has cells.
  expect(scan.syncs).toBe(4);
  expect(syncs[0]).toHaveBeenCalledTimes(4);
});

test("reads big sheets in chunks: each sync stays within the response limit", async () => {
  const fake = new FakeWorkbook({ sheets: ["Big"], responseLimit: 60_000 });
  const sheet = fake.sheet("Big");
  for (let r = 0; r < 2_000; r++) sheet.setFormula(r, 0, `=CN.AISUBSIDY("成都高新区","model",${r * 1_000_000})`, 0);
  const scan = await scanWorkbookCnCells(fake.run, 400);
  expect(scan.formulas).toHaveLength(2_000);
  expect(scan.chunks).toBeGreaterThan(4);
});

test("what a new version changes in the workbook, cell by cell, with references across sheets", async () => {
  const scan = await scanWorkbookCnCells(workbook().run);
  const after = changedVersion("model cap 3500万");
  const result = compareWorkbook(
    scan,
    { before: new Atlas(bundledDataset()), after: new Atlas(after), records: diffDatasets(bundledDataset(), after).records },
    { clock: fixedClock("2026-12-04") },
  );
  expect(result.notCompared).toEqual([]);
  expect(result.changes.map((c) => [c.sheet, c.address])).toEqual([
    ["Model", "F2"], // the ranked table's subsidy…
    ["Model", "H2"], // …and its rule's words
    ["Model", "B3"],
  ]);
  const at = (address: string) => result.changes.find((c) => c.address === address);
  expect([at("F2")?.before, at("F2")?.after, at("B3")?.before, at("B3")?.after]).toEqual([30_000_000, 35_000_000, 30_000_000, 35_000_000]);
  expect([String(at("H2")?.before), String(at("H2")?.after)]).toEqual([
    expect.stringContaining("30,000,000"),
    expect.stringContaining("35,000,000"),
  ]);
  expect(result.changes.every((c) => c.causes.map((k) => k.id).join() === "cdht-model")).toBe(true);
  // Memo!C6 reads Model!B3's value as the workbook holds it: it moves only after Excel recalculates B3.
  expect(result.perSheet).toEqual([{ sheet: "Model", changed: 3 }]);
});
