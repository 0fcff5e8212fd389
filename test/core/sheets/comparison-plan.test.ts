/**
 * The pure sheet plans: layout, formats, marks, notes and Sources rows of a comparison sheet;
 * the calculator table; sheet names; and the helpers the writers rely on.
 */
import { cellAddress, columnLetters, rangeAddress } from "../../../src/core/sheets/a1";
import { Atlas } from "../../../src/core/names/atlas";
import { planCalculatorTable } from "../../../src/core/sheets/calculator-plan";
import { isCnFormula, spillsTable } from "../../../src/core/formula/cn-formula-text";
import { planComparison } from "../../../src/core/sheets/comparison-plan";
import { type ComparisonOptions } from "../../../src/core/sheets/comparison-sheet";
import { isAtlasError } from "../../../src/core/errors";
import { displayText, figureNumberFormat, TEXT_FORMAT } from "../../../src/core/rules/figure-format";
import { explainOutcome } from "../../../src/core/rules/rule-explanation";
import { gridDisplayText } from "../../../src/core/sheets/sheet-grid";
import { safeSheetName, uniqueSheetName } from "../../../src/core/sheets/sheet-names";
import { sourcesBlock, SOURCE_QUOTE_COLUMN } from "../../../src/core/sheets/sources-plan";
import { UNITS } from "../../../src/core/text/units";
import { bundledDataset } from "../../../src/data/bundled";

const atlas = new Atlas(bundledDataset());
const unit = (id: string) => UNITS.find((u) => u.id === id) ?? UNITS[0];

function options(overrides: Partial<ComparisonOptions> = {}): ComparisonOptions {
  return {
    regionIds: ["chengdu-hitech", "suzhou", "zhuhai", "guangdong"],
    categoryIds: ["model", "chip", "general", "any"],
    orientation: "categories-as-rows",
    mode: "live",
    unit: "wan",
    language: "en",
    ...overrides,
  };
}

describe("planComparison", () => {
  const plan = planComparison(atlas, options());
  const display = gridDisplayText(plan.grid);

  test("headers hold the names CN.AISUBSIDY accepts; labels sit beside and above them", () => {
    const { headerRow, labelRow, firstBodyRow } = plan.layout;
    expect(plan.grid.formulas[headerRow]).toEqual(["Category", "Name", "成都高新区", "苏州市", "珠海市", "广东省"]);
    expect(plan.grid.formulas[labelRow].slice(2)).toEqual(["Chengdu Hi-tech Zone", "Suzhou", "Zhuhai", "Guangdong Province"]);
    expect(plan.grid.formulas.slice(firstBodyRow, firstBodyRow + 4).map((r) => r.slice(0, 2))).toEqual([
      ["model", "Large-model R&D subsidy"],
      ["chip", "AI chip subsidy"],
      ["general", "Policy overall cap"],
      ["any", "Any (largest single incentive)"],
    ]);
    expect(plan.layout.addresses).toMatchObject({ table: "A5:F9", body: "C6:F9", freeze: "A1:B5", parameters: "B2:B3" });
  });

  test("each figure's formula reads its row key, its column header and the two parameter cells", () => {
    expect(plan.grid.formulas[6][3]).toBe('=IFNA(CN.AISUBSIDY(D$5,$A7,IF($B$2="","",$B$2),$B$3),"—")');
    const transposed = planComparison(atlas, options({ orientation: "regions-as-rows" }));
    expect(transposed.grid.formulas[6][3]).toBe('=IFNA(CN.AISUBSIDY($A7,D$5,IF($B$2="","",$B$2),$B$3),"—")');
    expect(transposed.highlight).toEqual({ perRow: false, formula: "=AND(ISNUMBER(C6),C6>0,C6=MAX(C$6:C$9))" });
    expect(plan.highlight).toEqual({ perRow: true, formula: "=AND(ISNUMBER(C6),C6>0,C6=MAX($C6:$F6))" });
  });

  test("every text cell has the text format; no formula cell has it", () => {
    plan.grid.formulas.forEach((row, r) =>
      row.forEach((cell, c) => {
        const format = plan.grid.numberFormats[r][c];
        if (plan.grid.roles[r][c] === "figure") expect(format).not.toBe(TEXT_FORMAT);
        else if (typeof cell === "string" && cell !== "") expect(format).toBe(TEXT_FORMAT);
      }),
    );
  });

  test("draft and press-report figures carry their status in the number format, and the legend explains it", () => {
    const chip = plan.figures.find((f) => f.categoryId === "chip" && f.regionId === "suzhou");
    expect(chip).toMatchObject({ value: 10_000, status: "draft-press-report", incentiveId: "suzhou-chip", highlighted: true });
    expect(display[chip?.row ?? 0][chip?.column ?? 0]).toBe("10,000 (draft, press report)");
    const model = plan.figures.find((f) => f.categoryId === "model" && f.regionId === "chengdu-hitech");
    expect(display[model?.row ?? 0][model?.column ?? 0]).toBe("3,000");
    expect(plan.marks.map((f) => `${f.categoryId}/${f.regionId}`)).toEqual(["chip/suzhou", "general/zhuhai", "any/suzhou", "any/zhuhai"]);
    expect(plan.notes).toContain("(draft): from a draft for comment (征求意见稿); the figure may change before the policy is final.");
    expect(plan.notes).toContain("(press report): stated only in a press report, not in an official release.");
    const finalOnly = planComparison(atlas, options({ regionIds: ["chengdu-hitech"], categoryIds: ["model"] }));
    expect(finalOnly.marks).toEqual([]);
    expect(finalOnly.notes.some((n) => n.startsWith("(draft)") || n.startsWith("(press report)"))).toBe(false);
  });

  test("a region without the incentive shows a dash, is not highlighted and has no Sources row", () => {
    const none = plan.figures.filter((f) => f.value === null);
    expect(none.map((f) => f.regionId)).toContain("guangdong");
    for (const f of none) {
      expect(f.highlighted).toBe(false);
      expect(plan.grid.values[f.row][f.column]).toBe("—");
    }
    expect(plan.sources.figureRows).toBe(plan.figures.length - none.length);
  });

  test("the largest figure of each category is highlighted, ties included, zero never", () => {
    const any = plan.figures.filter((f) => f.categoryId === "any");
    expect(any.filter((f) => f.highlighted).map((f) => f.regionId)).toEqual(["suzhou"]);
    const tie = planComparison(atlas, options({ regionIds: ["chengdu-hitech", "zhuhai"], categoryIds: ["any"] }));
    expect(tie.figures.map((f) => [f.value, f.highlighted])).toEqual([
      [3_000, true],
      [3_000, true],
    ]);
    const belowMinimum = planComparison(
      atlas,
      options({ regionIds: ["chengdu-hitech"], categoryIds: ["rnd"], amount: 1_000_000, unit: "yuan" }),
    );
    expect(belowMinimum.figures[0]).toMatchObject({ value: 0, highlighted: false });
  });

  test("the parameter block holds the amount in the unit and a unit spelling; the title names the unit", () => {
    const withAmount = planComparison(atlas, options({ amount: 200_000_000, unit: "yi" }));
    expect(withAmount.grid.formulas[1][1]).toBe(2);
    expect(withAmount.grid.formulas[2][1]).toBe("亿");
    expect(withAmount.grid.formulas[0][0]).toBe("AI subsidy comparison: figures in 100m CNY (亿)");
    expect(withAmount.grid.numberFormats[6][3]).toBe('#,##0.00" (draft, press report)"');
    expect(plan.grid.formulas[1][1]).toBe("");
    const zh = planComparison(atlas, options({ language: "zh" }));
    expect([zh.sheetName, zh.grid.formulas[0][0], zh.grid.formulas[2][1]]).toEqual(["AI补贴对比", "AI补贴对比（金额单位：万元）", "万元"]);
    expect(gridDisplayText(zh.grid).flat()).toContain("10,000（征求意见稿，媒体报道）");
  });

  test("the Sources rows cite each figure: status, rule, verbatim quote, source and date", () => {
    const chip = plan.sources.rows.find((r) => r[2] === "chip (AI chip subsidy)");
    expect(chip).toEqual([
      "苏州市",
      "Suzhou",
      "chip (AI chip subsidy)",
      10_000,
      "10k CNY (万)",
      "DRAFT for comment (征求意见稿), press report",
      "overall cap of 10,000 万 CNY (basis not published)",
      expect.stringContaining("AI Chip Industry (draft for comment)"),
      atlas.dataset.incentives.find((i) => i.id === "suzhou-chip")?.quotes[0],
      expect.stringContaining("廣東+蘇州"),
      "Blog repost (personal blog)",
      "2025-03",
      "",
    ]);
    const block = sourcesBlock(plan.sources, "AI Subsidy Comparison (2)");
    expect(block.formulas[0][0]).toBe(
      "Sources for sheet “AI Subsidy Comparison (2)” — AI Policy Atlas data v2025.03.22.3 (as of 2025-03-22)",
    );
    expect(block.formulas[1][SOURCE_QUOTE_COLUMN]).toBe("Quote");
    expect(block.numberFormats[2]).toEqual(plan.sources.columnFormats);
    expect(block.numberFormats[2].filter((f) => f !== TEXT_FORMAT)).toEqual(["#,##0"]);
  });

  test("duplicate ids are dropped; unknown ids, empty picks and bad amounts are refused with a message", () => {
    expect(planComparison(atlas, options({ regionIds: ["suzhou", "suzhou"], categoryIds: ["chip"] })).figures).toHaveLength(1);
    const refused = (o: Partial<ComparisonOptions>): string => {
      try {
        planComparison(atlas, options(o));
      } catch (e) {
        if (isAtlasError(e)) return e.message;
        throw e;
      }
      return "accepted";
    };
    expect(refused({ regionIds: ["atlantis"] })).toBe("Unknown region id 'atlantis'.");
    expect(refused({ categoryIds: ["crypto"] })).toContain("Unknown category id 'crypto'.");
    expect(refused({ regionIds: [] })).toBe("Pick at least one region.");
    expect(refused({ amount: -5 })).toContain("must be zero or more");
    expect(refused({ unit: "bitcoin" as ComparisonOptions["unit"] })).toBe("Unknown unit 'bitcoin'.");
  });
});

describe("planCalculatorTable", () => {
  test("regions ranked best first, in the unit, with the rule worked out, the status and the source", () => {
    const plan = planCalculatorTable(atlas, { categoryId: "any", amount: 200_000_000, unit: "wan", language: "en" });
    expect(plan.grid.formulas[0][0]).toBe(
      "Any (largest single incentive) (any): subsidy on 20,000 万 CNY of spend by region (AI Policy Atlas v2025.03.22.3)",
    );
    expect(plan.grid.formulas[1]).toEqual(["Rank", "Region", "Region (English)", "Subsidy (10k CNY (万))", "Rule", "Status", "Source"]);
    expect(plan.rows.map((r) => [r.rank, r.regionId, r.value])).toEqual([
      [1, "suzhou", 10_000],
      [2, "chengdu-hitech", 3_000],
      [2, "zhuhai", 3_000],
    ]);
    expect(plan.grid.formulas[3][4]).toBe(
      "30% of model R&D cost, up to 3,000 万 CNY: 30% × 20,000 万 CNY = 6,000 万 CNY, capped at 3,000 万 CNY",
    );
    expect(plan.grid.numberFormats[2][3]).toBe('#,##0" (draft, press report)"');
    expect(plan.marks).toEqual([
      { row: 2, column: 3 },
      { row: 4, column: 3 },
    ]);
    expect(plan.grid.roles[2].map((role, c) => (role === "figure" ? c : -1)).filter((c) => c >= 0)).toEqual([0, 3]);
  });

  test("in Chinese, and refusing a category no region has", () => {
    const zh = planCalculatorTable(atlas, { categoryId: "rnd", amount: 10_000_000, unit: "wan", language: "zh" });
    expect(zh.grid.formulas[2][4]).toBe("按企业年度研发投入的10%补助，最高1,000万元/年：1,000万元低于门槛1,500万元，不予补助");
    expect(() => planCalculatorTable(atlas, { categoryId: "extra", unit: "yuan", language: "en" })).toThrow("Unknown category id 'extra'.");
  });
});

describe("explainOutcome", () => {
  test("each kind of working, in both languages", () => {
    const cdht = atlas.regionOf("chengdu-hitech");
    if (!cdht) throw new Error("dataset");
    const explain = (category: string, amount: number | undefined, language: "en" | "zh") =>
      explainOutcome(atlas.subsidy(cdht, atlas.category(category), amount), unit("yuan"), language);
    expect(explain("compute", 1_000_000, "en")).toBe(
      "a tiered subsidy (tiers not published) on spend on intelligent compute used to train AI models, up to 5,000,000 CNY a year: up to 1,000,000 CNY (no more than the 1,000,000 CNY spent; an upper bound, not a payment)",
    );
    expect(explain("compute", 9_000_000, "zh")).toBe(
      "就使用智能算力训练AI模型的费用补贴（分档，档位未公布），最高5,000,000元/年：最高5,000,000元（9,000,000元超过上限；为上限，并非确定金额）",
    );
    expect(explain("talent", 1, "en")).toBe("up to 250,000 CNY per person (the amount does not change it)");
    expect(explain("model", undefined, "zh")).toBe("按模型研发成本的30%补助，最高30,000,000元");
  });
});

describe("sheet names", () => {
  test("a clash takes the next free number, case-insensitively, within 31 characters", () => {
    expect(uniqueSheetName("AI Subsidy Comparison", ["Sheet1"])).toBe("AI Subsidy Comparison");
    expect(uniqueSheetName("AI Subsidy Comparison", ["ai subsidy comparison", "AI Subsidy Comparison (2)"])).toBe(
      "AI Subsidy Comparison (3)",
    );
    const long = "A".repeat(31);
    expect(uniqueSheetName(long, [long])).toBe(`${"A".repeat(27)} (2)`);
    expect(safeSheetName("'Q1: [draft] a/b?'")).toBe("Q1   draft  a b");
  });
});

describe("A1 addresses and cell display", () => {
  test("columns, anchors and ranges", () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(cellAddress(4, 2, { row: true })).toBe("C$5");
    expect(cellAddress(5, 0, { column: true })).toBe("$A6");
    expect(rangeAddress(2, 1, 2, 1)).toBe("B3");
    expect(() => columnLetters(16_384)).toThrow(RangeError);
  });

  test("the text a formatted cell shows", () => {
    expect(displayText(1_234_567.891, "#,##0")).toBe("1,234,568");
    expect(displayText(1.5, "#,##0.00")).toBe("1.50");
    expect(displayText(2, figureNumberFormat(unit("wan"), "draft", "en"))).toBe("2 (draft)");
    expect(displayText("—", "#,##0")).toBe("—");
    expect(displayText(0.1234, "#,##0.000")).toBe("0.123");
  });
});

describe("recognising CN formulas", () => {
  test.each([
    ["=CN.AISUBSIDY(A1,B1)", 5, true],
    ['=IFNA(cn.aisubsidy("成都高新区","model"),"—")', "—", true],
    ["=SUM(A1:A3)", 6, false],
    ['="CN.AISUBSIDY("', "CN.AISUBSIDY(", false],
    ["=MYCN.AISUBSIDY(1)", 1, false],
    ["=CN.AISUBSIDY(A1)", "=CN.AISUBSIDY(A1)", false], // text that only looks like a formula
    [42, 42, false],
  ])("%p → %p", (formula, value, expected) => {
    expect(isCnFormula(formula, value)).toBe(expected);
  });

  test("which CN formulas spill a table", () => {
    expect(spillsTable('=CN.AIRANK("model")', "rank")).toBe(true);
    expect(spillsTable('=CN.AIRANK("nothing")', "#N/A")).toBe(false);
    expect(spillsTable("=CN.AIDATA()", "field")).toBe(true);
    expect(spillsTable('=CN.AIDATA("version")', "2025.03.22.3")).toBe(false);
    expect(spillsTable('=CN.AISUBSIDY("苏州","chip")', 100_000_000)).toBe(false);
    expect(spillsTable('=INDEX(CN.AIRANK("model"),2,3)', 30_000_000)).toBe(false);
  });
});
