/**
 * The comparison plan evaluated by a real formula engine: the planned sheet (live formulas) is
 * loaded into HyperFormula with the CN functions calling the core, and every figure must equal
 * the core's own answer; the static plan must equal what the live one computes; the highlight
 * rule, evaluated for every cell, must pick exactly the planned cells; and the formulas must
 * follow edits of the header and parameter cells.
 */
import { Atlas } from "../../../src/core/names/atlas";
import { planComparison } from "../../../src/core/sheets/comparison-plan";
import { type ComparisonOptions, type ComparisonSheetPlan } from "../../../src/core/sheets/comparison-sheet";
import { isAtlasError } from "../../../src/core/errors";
import * as formulas from "../../../src/core/api/formulas";
import { UNITS } from "../../../src/core/text/units";
import { bundledDataset } from "../../../src/data/bundled";
import { wideDataset } from "../../support/comparison-datasets";
import { cellResult, engineWithSheet, gridContent, type EmptyCellAs } from "../../support/hyperformula-cn";

const bundled = new Atlas(bundledDataset());
const wide = new Atlas(wideDataset(50, 20));

function everything(atlas: Atlas, overrides: Partial<ComparisonOptions>): ComparisonOptions {
  return {
    regionIds: atlas.dataset.regions.map((r) => r.id),
    categoryIds: [...atlas.dataset.categories.map((c) => c.id), "any"],
    orientation: "categories-as-rows",
    mode: "live",
    unit: "yuan",
    language: "en",
    ...overrides,
  };
}

/** What the core answers for a region and category (the dash for #N/A), computed here from ids, not from the plan's cells. */
function coreAnswer(atlas: Atlas, regionId: string, categoryId: string, amountYuan: number | undefined, unitId: string): number | string {
  const unit = UNITS.find((u) => u.id === unitId);
  const region = atlas.regionOf(regionId);
  if (!unit || !region) throw new Error("test setup");
  try {
    return formulas.aisubsidy(
      atlas,
      region.id,
      categoryId,
      amountYuan === undefined ? null : amountYuan / unit.multiplier,
      unit.multiplier,
    );
  } catch (e) {
    if (isAtlasError(e) && e.isNotFound) return "—";
    throw e;
  }
}

function evaluate(atlas: Atlas, plan: ComparisonSheetPlan, emptyCellAs: EmptyCellAs = "null") {
  const { hf, sheet } = engineWithSheet(atlas, gridContent(plan.grid), emptyCellAs);
  return { hf, sheet, at: (row: number, column: number) => cellResult(hf, sheet, row, column) };
}

const CASES: [string, Atlas, Partial<ComparisonOptions>][] = [
  ["bundled, caps, yuan", bundled, {}],
  ["bundled, caps, 万, regions as rows, Chinese", bundled, { unit: "wan", orientation: "regions-as-rows", language: "zh" }],
  ["bundled, 2亿 of spend, 亿", bundled, { amount: 200_000_000, unit: "yi" }],
  ["bundled, 1,000,000 of spend, yuan (below a minimum)", bundled, { amount: 1_000_000 }],
  ["bundled, 12,345,678.9 of spend, million", bundled, { amount: 12_345_678.9, unit: "million" }],
  ["50 × 20, caps, 万", wide, { unit: "wan" }],
  ["50 × 20, 3,000万 of spend, billion, regions as rows", wide, { amount: 30_000_000, unit: "billion", orientation: "regions-as-rows" }],
];

describe.each(CASES)("%s", (_name, atlas, overrides) => {
  const live = planComparison(atlas, everything(atlas, overrides));
  const staticPlan = planComparison(atlas, everything(atlas, { ...overrides, mode: "static" }));
  const engine = evaluate(atlas, live);

  test("every live formula evaluates to the core's answer for its region and category", () => {
    expect(live.figures.length).toBe(live.options.regionIds.length * live.options.categoryIds.length);
    for (const f of live.figures) {
      expect(typeof live.grid.formulas[f.row][f.column]).toBe("string");
      expect(String(live.grid.formulas[f.row][f.column])).toMatch(/^=IFNA\(CN\.AISUBSIDY\(/);
      const expected = coreAnswer(atlas, f.regionId, f.categoryId, live.options.amount, live.options.unit);
      expect({ region: f.regionId, category: f.categoryId, value: engine.at(f.row, f.column) }).toEqual({
        region: f.regionId,
        category: f.categoryId,
        value: expected,
      });
      expect(f.value ?? "—").toEqual(expected);
    }
  });

  test("the static sheet holds exactly what the live sheet computes, and the same everywhere else", () => {
    const staticEngine = evaluate(atlas, staticPlan);
    for (let r = 0; r < live.grid.rows; r++) {
      for (let c = 0; c < live.grid.columns; c++) {
        if (live.grid.roles[r][c] === "note" || live.grid.roles[r][c] === "hint") continue; // the notes say which kind of sheet it is
        expect({ at: [r, c], value: staticEngine.at(r, c) }).toEqual({ at: [r, c], value: engine.at(r, c) });
      }
    }
  });

  test("the highlight rule, evaluated for each cell, picks exactly the planned largest figures", () => {
    const { firstBodyRow, firstBodyColumn } = live.layout;
    for (const f of live.figures) {
      const formula = shiftFormula(live.highlight.formula, f.row - firstBodyRow, f.column - firstBodyColumn);
      const shown = engine.hf.calculateFormula(formula, engine.sheet);
      expect({ at: [f.row, f.column], highlighted: shown }).toEqual({ at: [f.row, f.column], highlighted: f.highlighted });
    }
    expect(live.figures.some((f) => f.highlighted)).toBe(true);
  });

  test("Excel desktop (an empty amount cell passed as 0) computes the same as Excel on the web (null)", () => {
    const desktop = evaluate(atlas, live, "zero");
    for (const f of live.figures) expect(desktop.at(f.row, f.column)).toEqual(engine.at(f.row, f.column));
  });
});

describe("the live formulas follow the cells they reference", () => {
  const plan = planComparison(
    bundled,
    everything(bundled, { regionIds: ["chengdu-hitech", "suzhou"], categoryIds: ["model", "rnd", "chip"] }),
  );

  test("typing another region into a header recalculates its column", () => {
    const { hf, sheet, at } = evaluate(bundled, plan);
    const suzhouColumn = plan.figures.find((f) => f.regionId === "suzhou")?.column ?? -1;
    hf.setCellContents({ sheet, row: plan.layout.headerRow, col: suzhouColumn }, "Chengdu Hi-tech Zone");
    const modelRow = plan.figures.find((f) => f.categoryId === "model")?.row ?? -1;
    expect(at(modelRow, suzhouColumn)).toBe(30_000_000);
  });

  test("an amount typed into the parameter cell turns the caps into what each rule pays", () => {
    const { hf, sheet, at } = evaluate(bundled, plan);
    hf.setCellContents({ sheet, row: plan.layout.amount.row, col: plan.layout.amount.column }, 200_000_000);
    const cell = (categoryId: string, regionId: string) => plan.figures.find((f) => f.categoryId === categoryId && f.regionId === regionId);
    const model = cell("model", "chengdu-hitech");
    const rnd = cell("rnd", "chengdu-hitech");
    expect(at(model?.row ?? -1, model?.column ?? -1)).toBe(30_000_000); // 30% of 2亿 = 6,000万, capped at 3,000万
    expect(at(rnd?.row ?? -1, rnd?.column ?? -1)).toBe(10_000_000); // 10% of 2亿 = 2,000万, capped at 1,000万
    hf.setCellContents({ sheet, row: plan.layout.amount.row, col: plan.layout.amount.column }, 10_000_000);
    expect(at(rnd?.row ?? -1, rnd?.column ?? -1)).toBe(0); // below the 1,500万 minimum
  });

  test("a unit typed into the unit cell applies to the amount and the results", () => {
    const { hf, sheet, at } = evaluate(bundled, plan);
    hf.setCellContents({ sheet, row: plan.layout.unit.row, col: plan.layout.unit.column }, "万元");
    const model = plan.figures.find((f) => f.categoryId === "model" && f.regionId === "chengdu-hitech");
    expect(at(model?.row ?? -1, model?.column ?? -1)).toBe(3_000);
  });

  test("a real #VALUE! (a bad unit) is not hidden behind the dash", () => {
    const { hf, sheet, at } = evaluate(bundled, plan);
    hf.setCellContents({ sheet, row: plan.layout.unit.row, col: plan.layout.unit.column }, "bitcoin");
    const model = plan.figures.find((f) => f.categoryId === "model" && f.regionId === "chengdu-hitech");
    expect(at(model?.row ?? -1, model?.column ?? -1)).toBe("#VALUE!");
  });

  test("the unit cell of every unit and language is a spelling CN.AISUBSIDY reads as that unit", () => {
    for (const unit of UNITS) {
      for (const language of ["en", "zh"] as const) {
        const p = planComparison(
          bundled,
          everything(bundled, { regionIds: ["chengdu-hitech"], categoryIds: ["model"], unit: unit.id, language }),
        );
        const { at } = evaluate(bundled, p);
        const f = p.figures[0];
        expect({ unit: unit.id, language, value: at(f.row, f.column) }).toEqual({
          unit: unit.id,
          language,
          value: 30_000_000 / unit.multiplier,
        });
      }
    }
  });
});

/** Shifts the relative references of a formula written for one cell to another cell, as Excel does for a conditional format. */
function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(
    /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
    (_m, fixedColumn, letters, fixedRow, digits) => {
      const column = fixedColumn ? letters : columnLetters(columnIndex(letters) + columns);
      const row = fixedRow ? digits : String(Number(digits) + rows);
      return `${fixedColumn}${column}${fixedRow}${row}`;
    },
  );
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
