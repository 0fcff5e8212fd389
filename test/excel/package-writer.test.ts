/**
 * The package-sheet writer against office-addin-mock (test/support/fake-excel.ts): a new sheet
 * (a new name on a clash, nothing overwritten), every planned cell written as planned, two
 * syncs, and for a static sheet the Sources block citing each line.
 */
import { Atlas } from "../../src/core/names/atlas";
import { planPackageSheet, type PackageSheetOptions } from "../../src/core/sheets/package-sheet-plan";
import { parseProfile } from "../../src/core/package/profile";
import { bundledDataset } from "../../src/data/bundled";
import { insertPackageSheet } from "../../src/excel/package-writer";
import { FakeWorkbook } from "../support/fake-excel";
import { WORKED_EXAMPLE } from "../support/package-fixture";

const atlas = new Atlas(bundledDataset());
const options = (o: Partial<PackageSheetOptions> = {}): PackageSheetOptions => ({
  regionId: "chengdu-hitech",
  profile: parseProfile(WORKED_EXAMPLE),
  unit: "yuan",
  mode: "live",
  language: "en",
  ...o,
});

function workbook(sheets: string[]): { fake: FakeWorkbook; syncs: () => number } {
  const fake = new FakeWorkbook({ sheets });
  const spies = fake.spyOnSyncs();
  return { fake, syncs: () => spies.reduce((n, s) => n + s.mock.calls.length, 0) };
}

test("live: a new sheet with the profile inputs and the formulas, in two syncs", async () => {
  const { fake, syncs } = workbook(["Sheet1"]);
  const plan = planPackageSheet(atlas, options());
  const result = await insertPackageSheet(plan, fake.run);
  expect(result).toEqual({ sheetName: "AI Package", sourcesSheetName: undefined, syncs: 2 });
  expect(syncs()).toBe(2);
  const sheet = fake.sheet("AI Package");
  plan.grid.formulas.forEach((row, r) =>
    row.forEach((input, c) => {
      const cell = sheet.cell(r, c);
      if (typeof input === "string" && input.startsWith("=")) expect(cell.formula).toBe(input);
      else expect([r, c, cell.value]).toEqual([r, c, input]);
      expect(cell.numberFormat).toBe(plan.grid.numberFormats[r][c]);
    }),
  );
  const formulas = plan.grid.formulas.flat().filter((f) => typeof f === "string" && f.startsWith("="));
  expect(formulas).toEqual([
    '=CN.AIPACKAGETOTAL($B$2,$A$6:$B$19,"firm",$B$3)',
    '=CN.AIPACKAGETOTAL($B$2,$A$6:$B$19,"eligible",$B$3)',
    '=CN.AIPACKAGETOTAL($B$2,$A$6:$B$19,"possible",$B$3)',
    "=CN.AIPACKAGE($B$2,$A$6:$B$19,$B$3)",
  ]);
  expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "AI Package"]);
});

test("a clash gets a new name and the existing sheet is untouched; static adds the Sources block", async () => {
  const { fake, syncs } = workbook(["AI Package", "ai package (2)"]);
  const before = fake.sheet("AI Package").cell(0, 0).value;
  const plan = planPackageSheet(atlas, options({ mode: "static", regionId: "suzhou" }));
  const result = await insertPackageSheet(plan, fake.run);
  expect(result).toEqual({ sheetName: "AI Package (3)", sourcesSheetName: "AI Atlas Sources", syncs: 2 });
  expect(syncs()).toBe(2);
  expect(fake.sheet("AI Package").cell(0, 0).value).toBe(before);
  const sources = fake.sheet("AI Atlas Sources");
  expect(sources.cell(2, 0).value).toBe("苏州市");
  expect(String(sources.cell(2, 8).value)).toContain("最高補助1億元");
  expect(String(fake.sheet("AI Package (3)").cell(plan.breakdown.row + 1, 9).value)).toContain("DRAFT for comment; press report");
});
