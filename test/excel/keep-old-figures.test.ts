/**
 * "Keep the old figures" against the strict Excel double: the changed CN cells get their old
 * values (a spilled table becomes values first), marked; every other cell and formula is kept; the
 * Sources sheet gets a note naming each kept figure and its version; two syncs.
 */
import { planKeptFigures } from "../../src/core/changes/kept-figures-plan";
import { compareWorkbook } from "../../src/core/changes/workbook-changes";
import { Atlas } from "../../src/core/names/atlas";
import { fixedClock } from "../../src/core/rules/freshness";
import { bundledDataset } from "../../src/data/bundled";
import { datasetContentHash } from "../../src/data/content-hash";
import { diffDatasets } from "../../src/data/diff";
import { ExcelWriteError } from "../../src/excel/excel-run";
import { keepOldFigures } from "../../src/excel/keep-old-figures";
import { scanWorkbookCnCells } from "../../src/excel/workbook-scan";
import { changedVersion } from "../support/changed-versions";
import { FakeWorkbook } from "../support/fake-excel";

const old = bundledDataset();
const next = changedVersion("model cap 3500万");
const from = { version: old.version, hash: datasetContentHash(old) };
const to = { version: next.version, hash: datasetContentHash(next) };

function workbook(excelApi?: string): FakeWorkbook {
  const fake = new FakeWorkbook({ sheets: ["Model"], excelApi });
  fake
    .sheet("Model")
    .setConstant(0, 0, "成都高新区")
    .setFormula(2, 1, '=CN.AISUBSIDY(A1,"model")', 35_000_000) // B3, recalculated with the new version
    .setFormula(3, 1, "=B3*2", 70_000_000) // B4: not a CN formula
    .setFormula(2, 2, '=CN.AISOURCE(A1,"model")', "对参数量…") // C3: unchanged CN cell
    .setFormula(5, 0, '=CN.AIRANK("model")', "rank", [
      ["rank", "region", "subsidy"],
      [1, "成都高新区", 35_000_000],
    ]); // A6 spills
  return fake;
}

async function plan(fake: FakeWorkbook) {
  const scan = await scanWorkbookCnCells(fake.run);
  const result = compareWorkbook(
    scan,
    { before: new Atlas(old), after: new Atlas(next), records: diffDatasets(old, next).records },
    { clock: fixedClock("2026-12-04") },
  );
  return planKeptFigures(result.changes, from, to, "en", "2026-12-04");
}

test("the changed cells get their old values, marked; the rest of the sheet is untouched; two syncs", async () => {
  const fake = workbook();
  const kept = await plan(fake);
  const sheet = fake.sheet("Model");
  const before = sheet.snapshot();
  const syncs = fake.spyOnSyncs();
  const result = await keepOldFigures(kept, fake.run);
  expect(syncs[0]).toHaveBeenCalledTimes(2);
  expect(result).toMatchObject({ kept: kept.cells.length, tablesFrozen: 1, sourcesSheetName: "AI Atlas Sources", syncs: 2 });
  expect(sheet.cell(2, 1)).toMatchObject({ value: 30_000_000, formula: "" });
  expect(sheet.cell(6, 2)).toMatchObject({ value: 30_000_000, formula: "" }); // the ranked table's subsidy, now a value
  expect(sheet.cell(3, 1).formula).toBe("=B3*2");
  expect(sheet.cell(2, 2).formula).toBe('=CN.AISOURCE(A1,"model")');
  // Every cell outside the kept cells and the frozen table is exactly as it was.
  const written = new Set(kept.cells.map((c) => `${c.row},${c.column}`));
  const inTable = (key: string) => {
    const [r, c] = key.split(",").map(Number);
    return r >= 5 && r <= 6 && c <= 2;
  };
  const after = sheet.snapshot();
  const untouched = [...before.keys()].filter((k) => !written.has(k) && !inTable(k));
  expect(untouched.length).toBe(3); // A1, B4 and C3
  for (const key of untouched) expect([key, after.get(key)]).toEqual([key, before.get(key)]);
  const note = fake.sheet("AI Atlas Sources");
  expect(String(note.cell(0, 0).value)).toContain(`Figures kept from data version ${old.version}`);
  expect(note.cell(2, 0).value).toBe("Model");
  expect(note.cell(2, 4)).toMatchObject({ value: '=CN.AISUBSIDY(A1,"model")', numberFormat: "@" }); // the replaced formula, as text
});

test("a kept table needs ExcelApi 1.12; below it nothing is written and the user is told why", async () => {
  const fake = workbook("1.11");
  const kept = await plan(fake);
  const before = fake.sheet("Model").snapshot();
  await expect(keepOldFigures(kept, fake.run)).rejects.toThrow(ExcelWriteError);
  await expect(keepOldFigures(kept, fake.run)).rejects.toThrow(/newer Excel \(ExcelApi 1\.12/);
  expect(fake.sheet("Model").snapshot()).toEqual(before);
});
