/**
 * A package sheet evaluated by a real formula engine (HyperFormula with the CN functions): the
 * live sheet's totals and spilled breakdown equal the core's answers that the plan previews,
 * editing a profile cell recalculates to the core's new answer, and the static sheet holds the
 * same values as the live one.
 */
import { Atlas } from "../../../src/core/names/atlas";
import { companyPackage } from "../../../src/core/package/package";
import { planPackageSheet, type PackageSheetOptions } from "../../../src/core/sheets/package-sheet-plan";
import { parseProfile, profileOf } from "../../../src/core/package/profile";
import { displayText } from "../../../src/core/rules/figure-format";
import { gridDisplayText } from "../../../src/core/sheets/sheet-grid";
import { bundledDataset } from "../../../src/data/bundled";
import { cellResult, engineWithSheet, gridContent } from "../../support/hyperformula-cn";
import { WORKED_EXAMPLE } from "../../support/package-fixture";

const atlas = new Atlas(bundledDataset());
const worked = parseProfile(WORKED_EXAMPLE);
const options = (o: Partial<PackageSheetOptions> = {}): PackageSheetOptions => ({
  regionId: "chengdu-hitech",
  profile: worked,
  unit: "yuan",
  mode: "live",
  language: "en",
  ...o,
});

function evaluate(o: Partial<PackageSheetOptions>) {
  const plan = planPackageSheet(atlas, options(o));
  const { hf, sheet } = engineWithSheet(atlas, gridContent(plan.grid));
  const shown = (row: number, col: number) => cellResult(hf, sheet, row, col);
  return { plan, hf, sheet, shown };
}

/** Row and column of an A1 address like B20. */
function at(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
}

test.each(["yuan", "wan", "yi"] as const)("the live sheet in %s evaluates to the core's answers, cell for cell", (unit) => {
  const { plan, shown } = evaluate({ unit });
  const divisor = { yuan: 1, wan: 1e4, yi: 1e8 }[unit];
  expect(shown(...at(plan.addresses.eligible))).toBeCloseTo(61_000_000 / divisor, 9);
  expect(shown(...at(plan.addresses.firm))).toBeCloseTo(45_000_000 / divisor, 9);
  expect(shown(...at(plan.addresses.possible))).toBeCloseTo(69_100_000 / divisor, 9);
  const { row: top } = plan.breakdown;
  for (let r = top; r < plan.grid.rows; r++) {
    for (let c = 0; c < plan.grid.columns; c++) {
      const expected = plan.grid.values[r][c];
      if (typeof expected === "number") expect([r, c, shown(r, c)]).toEqual([r, c, expect.closeTo(expected, 9)]);
      else expect([r, c, shown(r, c)]).toEqual([r, c, expected]);
    }
  }
});

test("editing a profile cell recalculates to the core's answer for the edited profile", () => {
  const { plan, hf, sheet, shown } = evaluate({});
  const leadingRow = plan.grid.formulas.findIndex((row) => row[0] === "modelLeading");
  hf.setCellContents({ sheet, row: leadingRow, col: 1 }, "no");
  const edited = companyPackage(
    atlas,
    atlas.regionOf("chengdu-hitech")!,
    profileOf({ ...Object.fromEntries(worked), modelLeading: false }),
  );
  expect(shown(...at(plan.addresses.eligible))).toBe(edited.eligible);
  expect(edited.eligible).toBe(31_000_000);
  const rndInputRow = plan.grid.formulas.findIndex((row) => row[0] === "rndInput");
  hf.setCellContents({ sheet, row: rndInputRow, col: 1 }, null);
  expect(shown(...at(plan.addresses.eligible))).toBe(16_000_000);
});

test("static equals live: the static sheet holds the values the live sheet computes", () => {
  for (const regionId of ["chengdu-hitech", "suzhou", "zhuhai"]) {
    const live = evaluate({ regionId });
    const still = planPackageSheet(atlas, options({ regionId, mode: "static" }));
    expect(still.grid.formulas.flat().filter((f) => typeof f === "string" && f.startsWith("="))).toEqual([]);
    for (let r = 0; r < still.grid.rows; r++) {
      for (let c = 0; c < still.grid.columns; c++) {
        if (r === 0) continue; // the title names the mode
        const value = still.grid.formulas[r][c];
        const shown = live.shown(r, c);
        if (typeof value === "number") expect([r, c, shown]).toEqual([r, c, expect.closeTo(value, 9)]);
        else expect([r, c, shown]).toEqual([r, c, value]);
      }
    }
    // One Sources row per line, in order (the Sources plan may add its policy's row after them).
    const cited = (still.sources?.rows ?? []).slice(0, still.pkg.lines.length).map((row) => String(row[2]).split(" ")[0]);
    expect(cited).toEqual(still.pkg.lines.map((l) => l.incentive.category));
  }
});

test("a missing profile value is an empty input cell, and its incentives stay unknown in the sheet", () => {
  const { plan, shown } = evaluate({ profile: profileOf({ ...Object.fromEntries(worked), modelLeading: undefined }) });
  const row = plan.grid.formulas.findIndex((r) => r[0] === "modelLeading");
  expect(plan.grid.formulas[row][1]).toBe("");
  const modelRow = plan.grid.values.findIndex((r) => r[0] === "model");
  expect(shown(modelRow, 2)).toBe("unknown");
  expect(shown(...at(plan.addresses.eligible))).toBe(31_000_000);
});

test("the Chinese sheet names fields in Chinese and still computes (the parser reads Chinese names)", () => {
  const { plan, shown } = evaluate({ language: "zh", unit: "wan" });
  expect(plan.sheetName).toBe("AI政策包");
  expect(plan.grid.formulas[5][0]).toBe("训练AI模型的算力支出（每年）");
  expect(shown(...at(plan.addresses.eligible))).toBe(6100);
  // The preview of the spill is what CN.AIPACKAGE returns, whatever the sheet's language.
  for (let r = plan.breakdown.row; r < plan.grid.rows; r++) {
    for (let c = 0; c < plan.grid.columns; c++) {
      const expected = plan.grid.values[r][c];
      expect([r, c, shown(r, c)]).toEqual([r, c, typeof expected === "number" ? expect.closeTo(expected, 9) : expected]);
    }
  }
});

test("the preview shows what Excel shows: the intensity as a percentage, money in the unit", () => {
  const plan = planPackageSheet(atlas, options({ unit: "wan" }));
  const shown = gridDisplayText(plan.grid);
  const row = (field: string): number => plan.grid.formulas.findIndex((r) => r[0] === field);
  expect(shown[row("rndIntensity")][1]).toBe("25%");
  expect(shown[row("rndInput")][1]).toBe("5,000");
  expect(displayText(0.1999, "0.##%")).toBe("19.99%");
});
