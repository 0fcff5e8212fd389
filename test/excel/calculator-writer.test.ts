/**
 * The calculator's ranked table inserted at the active cell, against office-addin-mock: two
 * syncs, text as text, an Excel table, and a refusal (writing nothing) when the area is not free.
 */
import { Atlas } from "../../src/core/names/atlas";
import { planCalculatorTable } from "../../src/core/sheets/calculator-plan";
import { textWidthPoints } from "../../src/core/sheets/column-widths";
import { bundledDataset } from "../../src/data/bundled";
import { insertCalculatorTable } from "../../src/excel/calculator-writer";
import { insertCalculatorResults, insertComparisonSheet } from "../../src/excel/pane-actions";
import { ExcelWriteError } from "../../src/excel/excel-run";
import { hostileDataset, INJECTION_STRINGS } from "../support/comparison-datasets";
import { OfficeMockObject } from "office-addin-mock";
import { FakeWorkbook } from "../support/fake-excel";

const atlas = new Atlas(bundledDataset());
const plan = planCalculatorTable(atlas, { categoryId: "any", amount: 200_000_000, unit: "wan", language: "en" });

function workbook(): { fake: FakeWorkbook; syncs: jest.SpyInstance[] } {
  const fake = new FakeWorkbook({ sheets: ["Deal model"] });
  fake.selection = { top: 2, left: 1, rows: 1, columns: 1 }; // B3
  const syncs = fake.spyOnSyncs();
  return { fake, syncs };
}

describe("insertCalculatorTable", () => {
  test("writes the ranked table at the active cell as an Excel table, in two syncs", async () => {
    const { fake, syncs } = workbook();
    const result = await insertCalculatorTable(plan, fake.run);
    expect(result).toEqual({
      address: "'Deal model'!B3:H7",
      sourcesSheetName: "AI Atlas Sources",
      linkedFigures: plan.rows.length,
      syncs: 2,
    });
    expect(syncs[0]).toHaveBeenCalledTimes(2);
    const sheet = fake.sheet("Deal model");
    plan.grid.formulas.forEach((row, r) =>
      row.forEach((input, c) => {
        const cell = sheet.cell(2 + r, 1 + c);
        expect({ value: cell.value, formula: cell.formula, format: cell.numberFormat }).toEqual({
          value: input,
          formula: "",
          format: plan.grid.numberFormats[r][c],
        });
      }),
    );
    expect(sheet.cell(4, 4).value).toBe(10_000); // Suzhou first, in 万
    expect(sheet.tables.map((t) => t.rect)).toEqual([{ top: 3, left: 1, rows: 4, columns: 7 }]);
    for (const mark of plan.marks) expect(fake.formatAt("Deal model", 2 + mark.row, 1 + mark.column, "format.font.italic")).toBe(true);
  });

  test("the long title does not widen its column: that column gets a set width fitting the table (autofit fits whole columns)", async () => {
    const { fake } = workbook();
    await insertCalculatorTable(plan, fake.run);
    const sheet = fake.sheet("Deal model");
    const title = String(sheet.cell(2, 1).value);
    const width = sheet.columnWidths.get(1) ?? 0;
    const tableTexts = plan.grid.values.slice(plan.headerRow).map((row) => String(row[0]));
    expect(width).toBeGreaterThanOrEqual(Math.max(...tableTexts.map((t) => textWidthPoints(t))));
    expect(width).toBeLessThan(textWidthPoints(title) / 2);
    // The other columns hold nothing outside the table: they are autofitted.
    expect(
      fake
        .callsOf("autofitColumns")
        .filter((c) => c.sheet === "Deal model")
        .map((c) => c.args[0]),
    ).toEqual(["C4:H7"]);
  });

  test("refuses, writing nothing, when the area holds data", async () => {
    const { fake } = workbook();
    fake.sheet("Deal model").setConstant(5, 6, "keep me");
    const insertion = insertCalculatorTable(plan, fake.run);
    await expect(insertion).rejects.toBeInstanceOf(ExcelWriteError);
    await expect(insertion).rejects.toThrow(
      "The table needs 5 rows × 7 columns of empty cells at 'Deal model'!B3:H7, but some of them hold data. Select an empty cell with room below and to the right, or a new sheet.",
    );
    expect(fake.writes).toEqual([]);
    expect(fake.sheet("Deal model").cell(5, 6).value).toBe("keep me");
  });

  test("refuses when the area overlaps an Excel table, even an empty part of it", async () => {
    const { fake } = workbook();
    // A table of the user's whose rows are still empty: D6:E20.
    const rect = { top: 5, left: 3, rows: 15, columns: 2 };
    fake.sheet("Deal model").tables.push({ name: "Deals", rect, hasHeaders: true, mock: new OfficeMockObject({ name: "Deals" }) });
    await expect(insertCalculatorTable(plan, fake.run)).rejects.toThrow("they overlap the table Deals");
    expect(fake.writes).toEqual([]);
    expect(fake.sheet("Deal model").tables).toHaveLength(1);
  });

  test("dataset text is written as text", async () => {
    const hostile = planCalculatorTable(new Atlas(hostileDataset()), { categoryId: "any", unit: "yuan", language: "en" });
    const { fake } = workbook();
    await insertCalculatorTable(hostile, fake.run);
    const cells = [...fake.sheet("Deal model").cells.values()];
    expect(cells.filter((c) => c.formula !== "" || c.coerced)).toEqual([]);
    const written = INJECTION_STRINGS.filter((s) => cells.some((c) => c.value === s));
    expect(written.length).toBeGreaterThanOrEqual(4);
    for (const c of cells.filter((x) => typeof x.value === "string" && x.value !== "")) expect(c.numberFormat).toBe("@");
  });
});

describe("the pane's actions", () => {
  test("plan with the loaded dataset and write; a bad option is refused before Excel is touched", async () => {
    const { fake } = workbook();
    const result = await insertCalculatorResults({ categoryId: "model", unit: "yuan", language: "zh" }, fake.run);
    expect(result.syncs).toBe(2);
    expect(fake.sheet("Deal model").cell(3, 1).value).toBe("排名");
    const comparison = await insertComparisonSheet(
      { regionIds: ["suzhou"], categoryIds: ["chip"], orientation: "regions-as-rows", mode: "static", unit: "yi", language: "en" },
      fake.run,
    );
    expect(comparison.sheetName).toBe("AI Subsidy Comparison");
    const runs = fake.contexts.length;
    expect(() =>
      insertComparisonSheet(
        { regionIds: ["atlantis"], categoryIds: ["chip"], orientation: "regions-as-rows", mode: "live", unit: "yuan", language: "en" },
        fake.run,
      ),
    ).toThrow("Unknown region id 'atlantis'.");
    expect(fake.contexts.length).toBe(runs);
  });
});
