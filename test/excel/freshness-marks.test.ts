/**
 * Freshness marks on the sheets the add-in writes (PRODUCT.md §8): a figure whose policy period
 * ends within 90 days, or has ended, is marked like a draft (a suffix in its number format, italic
 * orange in the sheet, a legend note) in the comparison and calculator sheets, and the Sources
 * block says so and cites the policies the figures come from. Checked against the fake Excel.
 */
import { Atlas } from "../../src/core/names/atlas";
import { planCalculatorTable } from "../../src/core/sheets/calculator-plan";
import { planComparison } from "../../src/core/sheets/comparison-plan";
import { type ComparisonOptions } from "../../src/core/sheets/comparison-sheet";
import { displayText } from "../../src/core/rules/figure-format";
import { SOURCE_FIGURE_COLUMN } from "../../src/core/sheets/sources-plan";
import { insertCalculatorTable } from "../../src/excel/calculator-writer";
import { insertComparison } from "../../src/excel/comparison-writer";
import { byId, variant } from "../support/datasets";
import { FakeWorkbook } from "../support/fake-excel";

/** The bundled data with Chengdu Hi-tech Zone's policy given a 2025–2026 period (it publishes none). */
const atlas = new Atlas(variant("2025.03.22.9", (d) => (byId(d.policies, "cdht-ai-robotics-policy").period = { from: 2025, to: 2026 })));

function options(today: string | undefined, overrides: Partial<ComparisonOptions> = {}): ComparisonOptions {
  return {
    regionIds: ["chengdu-hitech", "suzhou"],
    categoryIds: ["model", "chip"],
    orientation: "categories-as-rows",
    mode: "static",
    unit: "wan",
    language: "en",
    today,
    ...overrides,
  };
}

const STATUS_COLUMN = 5;

describe("comparison sheet", () => {
  test("a figure whose policy ends within 90 days reads '(ends 2026-12-31)', is marked, and the legend explains it", () => {
    const plan = planComparison(atlas, options("2026-11-30"));
    const model = plan.figures.find((f) => f.regionId === "chengdu-hitech" && f.categoryId === "model")!;
    expect(model.policyEnds?.state).toBe("ending");
    expect(plan.marks).toContain(model);
    expect(displayText(model.value!, plan.grid.numberFormats[model.row][model.column])).toBe("3,000 (ends 2026-12-31)");
    const chip = plan.figures.find((f) => f.regionId === "suzhou" && f.categoryId === "chip")!;
    expect(chip.policyEnds).toBeNull(); // the draft publishes no period: marked as a draft only
    expect(displayText(chip.value!, plan.grid.numberFormats[chip.row][chip.column])).toBe("10,000 (draft, press report)");
    expect(plan.notes).toContain(
      "(ends …) / (ended …): the figure's policy period ends within 90 days of 2026-11-30, or has ended; check for a successor policy before relying on it.",
    );
  });

  test("after the period: '(ended …)'; before the last 90 days, or with no day given: no mark and no legend", () => {
    const ended = planComparison(atlas, options("2027-02-01"));
    const model = ended.figures.find((f) => f.categoryId === "model" && f.value !== null)!;
    expect(displayText(model.value!, ended.grid.numberFormats[model.row][model.column])).toBe("3,000 (ended 2026-12-31)");
    for (const plan of [planComparison(atlas, options("2026-06-01")), planComparison(atlas, options(undefined))]) {
      expect(plan.figures.every((f) => f.policyEnds === null)).toBe(true);
      expect(plan.notes.some((n) => n.includes("(ends …)"))).toBe(false);
    }
  });

  test("in Chinese", () => {
    const plan = planComparison(atlas, options("2026-11-30", { language: "zh" }));
    const model = plan.figures.find((f) => f.categoryId === "model" && f.value !== null)!;
    expect(displayText(model.value!, plan.grid.numberFormats[model.row][model.column])).toBe("3,000（2026-12-31到期）");
    expect(plan.notes.some((n) => n.startsWith("（…到期）"))).toBe(true);
  });

  test("the Sources block gives the period in the figure's status and cites the policies used", () => {
    const plan = planComparison(atlas, options("2026-11-30"));
    const { rows, figureRows } = plan.sources;
    expect(figureRows).toBe(2);
    expect(rows[0][STATUS_COLUMN]).toBe("final; period 2025–2026 ends 2026-12-31 (in 31 days)");
    const policyRows = rows.slice(figureRows);
    expect(policyRows.map((r) => [r[0], r[2], r[STATUS_COLUMN]])).toEqual([
      ["成都高新区", "policy", "final; period 2025–2026 ends 2026-12-31 (in 31 days)"],
      ["苏州市", "policy", "DRAFT for comment (征求意见稿), press report"],
    ]);
    expect(policyRows[0][SOURCE_FIGURE_COLUMN]).toBe(""); // issue 21: the three 1亿 programmes are not the policy's budget
    expect(policyRows[0][8]).toContain("正式发布《关于支持人工智能(机器人)产业高质量发展的若干政策》");
  });

  test("the writer marks the figure in the sheet like a draft", async () => {
    const fake = new FakeWorkbook({ sheets: ["Sheet1"] });
    const plan = planComparison(atlas, options("2026-11-30", { mode: "live" })); // live: the highlight is a conditional format, not a font colour
    const result = await insertComparison(plan, fake.run);
    const model = plan.figures.find((f) => f.categoryId === "model" && f.value !== null)!;
    const cell = fake.sheet(result.sheetName).cell(model.row, model.column);
    expect(cell.numberFormat).toBe(plan.grid.numberFormats[model.row][model.column]);
    expect(fake.formatAt(result.sheetName, model.row, model.column, "format.font.color")).toBe("#9C5700");
    expect(fake.formatAt(result.sheetName, model.row, model.column, "format.font.italic")).toBe(true);
    const noteRow = plan.layout.firstNoteRow + plan.notes.findIndex((n) => n.includes("(ends …)"));
    expect(fake.sheet(result.sheetName).cell(noteRow, 0).value).toContain("ends within 90 days of 2026-11-30");
  });
});

describe("calculator table", () => {
  test("the figure is marked, the status says when the period ends, and the writer formats it", async () => {
    const plan = planCalculatorTable(atlas, { categoryId: "model", unit: "wan", language: "en", today: "2026-11-30" });
    expect(plan.rows.map((r) => [r.regionId, r.policyEnds])).toEqual([["chengdu-hitech", true]]);
    const row = plan.firstBodyRow;
    expect(displayText(plan.grid.values[row][plan.valueColumn] as number, plan.grid.numberFormats[row][plan.valueColumn])).toBe(
      "3,000 (ends 2026-12-31)",
    );
    expect(plan.grid.values[row][STATUS_COLUMN]).toBe("final; period 2025–2026 ends 2026-12-31 (in 31 days)");
    expect(plan.marks).toEqual([{ row, column: plan.valueColumn }]);

    const fake = new FakeWorkbook({ sheets: ["Deal model"] });
    fake.selection = { top: 0, left: 0, rows: 1, columns: 1 };
    await insertCalculatorTable(plan, fake.run);
    expect(fake.formatAt("Deal model", row, plan.valueColumn, "format.font.color")).toBe("#9C5700");

    const early = planCalculatorTable(atlas, { categoryId: "model", unit: "wan", language: "en", today: "2026-06-01" });
    expect(early.marks).toEqual([]);
  });
});
