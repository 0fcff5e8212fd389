/**
 * The comparison writer against office-addin-mock (through test/support/fake-excel.ts): the
 * calls it makes, its sync count for a 1×1 and a 50×20 sheet, name clashes, that it deletes and
 * overwrites nothing, and that hostile text from the dataset lands as text in both sheets.
 */
import { Atlas } from "../../src/core/names/atlas";
import { MAX_COLUMN_POINTS, textWidthPoints } from "../../src/core/sheets/column-widths";
import { planComparison } from "../../src/core/sheets/comparison-plan";
import { type ComparisonOptions, type ComparisonSheetPlan } from "../../src/core/sheets/comparison-sheet";
import { sourcesBlock } from "../../src/core/sheets/sources-plan";
import { bundledDataset } from "../../src/data/bundled";
import { insertComparison } from "../../src/excel/comparison-writer";
import { ExcelWriteError } from "../../src/excel/excel-run";
import { hostileDataset, INJECTION_STRINGS, wideDataset } from "../support/comparison-datasets";
import { FakeWorkbook, type FakeSheet } from "../support/fake-excel";

const atlas = new Atlas(bundledDataset());

function options(overrides: Partial<ComparisonOptions> = {}): ComparisonOptions {
  return {
    regionIds: ["chengdu-hitech"],
    categoryIds: ["model"],
    orientation: "categories-as-rows",
    mode: "live",
    unit: "yuan",
    language: "en",
    ...overrides,
  };
}

/** A fake workbook whose every context's sync is spied on. */
function workbook(sheets?: string[]): { fake: FakeWorkbook; syncSpies: jest.SpyInstance[] } {
  const fake = new FakeWorkbook({ sheets });
  const syncSpies = fake.spyOnSyncs();
  return { fake, syncSpies };
}

/** Every planned cell landed as planned: text as text, formulas as formulas, numbers as numbers. */
function expectGridWritten(
  sheet: FakeSheet,
  plan: { formulas: (string | number)[][]; numberFormats: string[][] },
  top = 0,
  left = 0,
): void {
  plan.formulas.forEach((row, r) =>
    row.forEach((input, c) => {
      const cell = sheet.cell(top + r, left + c);
      const format = plan.numberFormats[r][c];
      expect(cell.numberFormat).toBe(format);
      if (typeof input === "string" && input.startsWith("=") && format !== "@") {
        expect(cell.formula).toBe(input);
      } else {
        expect({ at: [top + r, left + c], value: cell.value, formula: cell.formula, coerced: cell.coerced ?? false }).toEqual({
          at: [top + r, left + c],
          value: input,
          formula: "",
          coerced: false,
        });
      }
    }),
  );
}

describe("insertComparison", () => {
  test("the table lands on the new sheet even though another sheet is active while the batch runs", async () => {
    // tables.add with an address without a sheet name uses the ACTIVE sheet (here "Deal model").
    const { fake } = workbook(["Deal model", "Other"]);
    await insertComparison(planComparison(atlas, options()), fake.run);
    expect(fake.sheet("Deal model").tables).toEqual([]);
    expect(fake.sheet("AI Subsidy Comparison").tables.map((t) => t.rect)).toEqual([{ top: 4, left: 0, rows: 2, columns: 3 }]);
  });

  test("column widths: the long title in A1 and the notes in column A do not widen column A (autofit fits whole columns)", async () => {
    const { fake } = workbook(["Sheet1"]);
    const plan = planComparison(atlas, options({ regionIds: ["chengdu-hitech", "suzhou"], categoryIds: ["model", "compute"] }));
    await insertComparison(plan, fake.run);
    const sheet = fake.sheet("AI Subsidy Comparison");
    const title = String(sheet.cell(0, 0).value);
    expect(title.length).toBeGreaterThan(30);
    const columnA = sheet.columnWidths.get(0) ?? 0;
    // Wide enough for the row keys, far narrower than the title (which overflows into B, C… as titles do).
    const keys = plan.grid.values.slice(plan.layout.headerRow, plan.layout.lastBodyRow + 1).map((row) => String(row[0]));
    const widestKey = Math.max(...keys.map((k) => textWidthPoints(k)));
    expect(columnA).toBeGreaterThanOrEqual(widestKey);
    expect(columnA).toBeLessThan(textWidthPoints(title) / 2);
    // Every table column has a width that holds its table cells.
    for (let c = 0; c <= plan.layout.lastColumn; c++) {
      const widest = Math.max(
        ...plan.grid.values.slice(plan.layout.labelRow, plan.layout.lastBodyRow + 1).map((row) => textWidthPoints(String(row[c]))),
      );
      expect(sheet.columnWidths.get(c)).toBeGreaterThanOrEqual(Math.min(widest, MAX_COLUMN_POINTS));
    }
  });

  test("a 1×1 sheet: a new sheet, a table, frozen header, highlight, Sources created; two syncs", async () => {
    const { fake, syncSpies } = workbook(["Sheet1"]);
    const plan = planComparison(atlas, options());
    const result = await insertComparison(plan, fake.run);

    expect(result).toEqual({
      sheetName: "AI Subsidy Comparison",
      sourcesSheetName: "AI Atlas Sources",
      sourcesCreated: true,
      linkedFigures: 0,
      sourcesAddress: "'AI Atlas Sources'!A1:M4", // heading, header, the figure, its policy
      syncs: 2,
    });
    expect(syncSpies).toHaveLength(1);
    expect(syncSpies[0]).toHaveBeenCalledTimes(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "AI Subsidy Comparison", "AI Atlas Sources"]);

    const sheet = fake.sheet("AI Subsidy Comparison");
    expectGridWritten(sheet, plan.grid);
    expect(sheet.cell(5, 2).formula).toBe('=IFNA(CN.AISUBSIDY(C$5,$A6,IF($B$2="","",$B$2),$B$3),"—")');
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0].rect).toEqual({ top: 4, left: 0, rows: 2, columns: 3 });
    expect(sheet.tables[0].hasHeaders).toBe(true);
    expect(sheet.tables[0].mock.showFilterButton).toBe(false);
    expect(sheet.frozenAt).toEqual({ top: 0, left: 0, rows: 5, columns: 2 });
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0].type).toBe("Custom");
    expect(sheet.conditionalFormats[0].rect).toEqual({ top: 5, left: 2, rows: 1, columns: 1 });
    const cf = sheet.conditionalFormats[0].mock as unknown as {
      custom: { rule: { formula: string }; format: { fill: { color: string } } };
    };
    expect(cf.custom.rule.formula).toBe(plan.highlight.formula);
    expect(cf.custom.format.fill.color).toBe("#C6EFCE");
    // Column B (labels) is autofitted; A (under the title) and C (under the amount hint) get set widths.
    expect(fake.callsOf("autofitColumns").filter((c) => c.sheet === "AI Subsidy Comparison")).toEqual([
      { sheet: "AI Subsidy Comparison", method: "autofitColumns", args: ["B4:B6"] },
    ]);
    expect(fake.active.name).toBe("AI Subsidy Comparison");

    const sources = fake.sheet("AI Atlas Sources");
    expectGridWritten(sources, sourcesBlock(plan.sources, "AI Subsidy Comparison"));
    expect(sources.cell(0, 0).value).toBe(
      "Sources for sheet “AI Subsidy Comparison” — AI Policy Atlas data v2025.03.22.3 (as of 2025-03-22)",
    );
    expect(sources.cell(2, 3).value).toBe(30_000_000);
  });

  test("a 50-region × 20-category sheet is still two syncs, and every cell lands as planned", async () => {
    const wide = new Atlas(wideDataset(50, 20));
    const plan = planComparison(
      wide,
      options({ regionIds: wide.dataset.regions.map((r) => r.id), categoryIds: wide.dataset.categories.map((c) => c.id), unit: "wan" }),
    );
    expect(plan.figures).toHaveLength(1000);
    const { fake, syncSpies } = workbook(["Model"]);
    const result = await insertComparison(plan, fake.run);

    expect(result.syncs).toBe(2);
    expect(syncSpies[0]).toHaveBeenCalledTimes(2);
    const sheet = fake.sheet(result.sheetName);
    expectGridWritten(sheet, plan.grid);
    expect(plan.marks.length).toBeGreaterThan(0);
    for (const mark of plan.marks) expect(fake.formatAt(sheet.name, mark.row, mark.column, "format.font.color")).toBe("#9C5700");
    expect(plan.sources.figureRows).toBe(plan.figures.filter((f) => f.value !== null).length);
    const sourcesRows = plan.sources.rows.length; // the figures, then the policies they come from
    expect(result.sourcesAddress).toBe(`'AI Atlas Sources'!A1:M${sourcesRows + 2}`);
    // The content went in as two writes (formats, then content), not cell by cell.
    expect(fake.writes.filter((w) => w.sheet === sheet.name).map((w) => w.property)).toEqual(["numberFormat", "formulas"]);
  });

  test("static mode writes numbers and fills the largest per row instead of a conditional format", async () => {
    const { fake } = workbook();
    const plan = planComparison(
      atlas,
      options({ mode: "static", regionIds: ["chengdu-hitech", "suzhou", "zhuhai"], categoryIds: ["any", "chip", "model"] }),
    );
    const result = await insertComparison(plan, fake.run);
    const sheet = fake.sheet(result.sheetName);
    expectGridWritten(sheet, plan.grid);
    expect([...sheet.cells.values()].filter((c) => c.formula !== "")).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
    const highlighted = plan.figures.filter((f) => f.highlighted);
    expect(highlighted.map((f) => [f.categoryId, f.regionId])).toEqual([
      ["any", "suzhou"],
      ["chip", "suzhou"],
      ["model", "chengdu-hitech"],
    ]);
    for (const f of plan.figures) {
      expect(fake.formatAt(sheet.name, f.row, f.column, "format.fill.color")).toBe(f.highlighted ? "#C6EFCE" : undefined);
    }
    // The draft chip cap carries its mark in the number format itself: it cannot be read as final, even pasted.
    const chip = plan.figures.find((f) => f.categoryId === "chip" && f.regionId === "suzhou");
    expect(sheet.cell(chip?.row ?? -1, chip?.column ?? -1).numberFormat).toBe('#,##0" (draft, press report)"');
  });

  test("a name clash gets the next free number; existing sheets and their cells are untouched; nothing is deleted", async () => {
    const { fake } = workbook(["AI Subsidy Comparison", "ai subsidy comparison (2)", "Data"]);
    fake.sheet("AI Subsidy Comparison").setConstant(0, 0, "my notes").setFormula(1, 0, '=A1&"!"', "my notes!");
    fake.sheet("Data").setConstant(3, 3, 42);
    const before = fake.sheets.map((s) => s.snapshot());

    const result = await insertComparison(planComparison(atlas, options()), fake.run);

    expect(result.sheetName).toBe("AI Subsidy Comparison (3)");
    fake.sheets.slice(0, 3).forEach((s, i) => expect(s.snapshot()).toEqual(before[i]));
    expect(fake.sheets.every((s) => !s.deleted)).toBe(true);
    expect(fake.callsOf("delete", "range.delete", "clear", "insert")).toEqual([]);
    expect(fake.writes.every((w) => w.sheet === "AI Subsidy Comparison (3)" || w.sheet === "AI Atlas Sources")).toBe(true);
  });

  test("inserting twice makes two sheets and appends a second block to the one Sources sheet", async () => {
    const { fake } = workbook();
    const plan = planComparison(atlas, options({ categoryIds: ["model", "rnd"] }));
    const first = await insertComparison(plan, fake.run);
    const second = await insertComparison(plan, fake.run);
    expect([first.sheetName, second.sheetName]).toEqual(["AI Subsidy Comparison", "AI Subsidy Comparison (2)"]);
    expect(second.sourcesCreated).toBe(false);
    // The first block fills rows 1-5 (heading, header, two figures, their policy); one blank row (6) separates it from the second.
    expect(first.sourcesAddress).toBe("'AI Atlas Sources'!A1:M5");
    expect(second.sourcesAddress).toBe("'AI Atlas Sources'!A7:M11");
    const sources = fake.sheet("AI Atlas Sources");
    expect(sources.cell(0, 0).value).toContain("“AI Subsidy Comparison”");
    expect(sources.cell(6, 0).value).toContain("“AI Subsidy Comparison (2)”");
  });

  test("an existing Sources sheet with the user's own content is extended below it, never over it", async () => {
    const { fake } = workbook(["Sheet1", "AI Atlas Sources"]);
    const mine = fake.sheet("AI Atlas Sources");
    mine.setConstant(0, 0, "My own list").setConstant(9, 4, "last line").setConstant(10, 7, "", "0.00%"); // formatted but empty: still used
    const before = mine.snapshot();
    const result = await insertComparison(planComparison(atlas, options()), fake.run);
    expect(result.sourcesCreated).toBe(false);
    expect(result.sourcesAddress).toBe("'AI Atlas Sources'!A13:M16");
    for (const [k, cell] of before) expect(mine.cells.get(k)).toEqual(cell);
    // Column widths of a sheet the user made are left alone.
    expect(fake.formats.filter((f) => f.sheet === "AI Atlas Sources" && f.path === "format.columnWidth")).toEqual([]);
  });

  test("a Chinese UI names the sheets in Chinese and extends an English Sources sheet that already exists", async () => {
    const { fake } = workbook(["Sheet1", "AI Atlas Sources"]);
    fake.sheet("AI Atlas Sources").setConstant(0, 0, "earlier block");
    const result = await insertComparison(planComparison(atlas, options({ language: "zh" })), fake.run);
    expect(result.sheetName).toBe("AI补贴对比");
    expect(result.sourcesSheetName).toBe("AI Atlas Sources");
    const { fake: fresh } = workbook();
    const created = await insertComparison(planComparison(atlas, options({ language: "zh" })), fresh.run);
    expect([created.sheetName, created.sourcesSheetName]).toEqual(["AI补贴对比", "AI数据来源"]);
  });

  test.each(["live", "static"] as const)("hostile text from the dataset is written as text in both sheets (%s)", async (mode) => {
    const hostile = new Atlas(hostileDataset());
    const plan = planComparison(hostile, {
      ...options({ mode }),
      regionIds: ["chengdu-hitech", "suzhou", "zhuhai"],
      categoryIds: ["model", "chip", "general"],
      orientation: "regions-as-rows",
    });
    const { fake } = workbook();
    const result = await insertComparison(plan, fake.run);
    const written = [fake.sheet(result.sheetName), fake.sheet(result.sourcesSheetName)];
    const cells = written.flatMap((s) => [...s.cells.values()]);
    for (const hostileText of INJECTION_STRINGS) {
      const holding = cells.filter((c) => c.value === hostileText);
      expect({ hostileText, written: holding.length > 0 }).toEqual({ hostileText, written: true });
      for (const c of holding)
        expect({ hostileText, format: c.numberFormat, formula: c.formula }).toEqual({ hostileText, format: "@", formula: "" });
    }
    expect(cells.filter((c) => c.coerced)).toEqual([]);
    // The only formulas are the planned CN formulas, in the body of the comparison sheet.
    const planned = new Set(plan.figures.map((f) => `${f.row},${f.column}`));
    for (const sheet of written) {
      for (const [k, c] of sheet.cells) {
        if (c.formula === "") continue;
        expect({ sheet: sheet.name, at: k, formula: c.formula, planned: sheet.name === result.sheetName && planned.has(k) }).toEqual({
          sheet: sheet.name,
          at: k,
          formula: c.formula,
          planned: true,
        });
        expect(c.formula).toMatch(/^=IFNA\(CN\.AISUBSIDY\(/);
      }
    }
  });

  test("a failure reaches the caller with what was being done, and the cause", async () => {
    const fake = new FakeWorkbook();
    fake.onContext = (context) => {
      (context as unknown as { sync: () => Promise<void> }).sync = async () => {
        throw new Error("GeneralException: the workbook is busy");
      };
    };
    const failure = insertComparison(planComparison(atlas, options()), fake.run);
    await expect(failure).rejects.toBeInstanceOf(ExcelWriteError);
    await expect(failure).rejects.toThrow("Could not insert the comparison sheet: GeneralException: the workbook is busy");
  });

  test("the plan is not changed by writing it", async () => {
    const plan: ComparisonSheetPlan = planComparison(atlas, options({ regionIds: ["suzhou", "zhuhai"], categoryIds: ["any"] }));
    const copy = structuredClone(plan);
    await insertComparison(plan, new FakeWorkbook().run);
    expect(plan).toEqual(copy);
  });
});
