/**
 * The targets sheet (issue 13): the Targets tab's targets on a new sheet as an Excel table, money
 * in the pane's unit, counts as stated, shares as fractions with a percent format; each value
 * links to its own Sources row (the quote stating it), followed by the policies used. Against the
 * strict Excel double: two syncs, a name clash, an existing Sources sheet, and plain values
 * without Range.hyperlink.
 */
import { Atlas } from "../../src/core/names/atlas";
import { displayText } from "../../src/core/rules/figure-format";
import { displayQuote } from "../../src/core/rules/labels";
import { planTargetsSheet, type TargetsOptions } from "../../src/core/sheets/targets-plan";
import { bundledDataset } from "../../src/data/bundled";
import { insertTargetsSheet } from "../../src/excel/targets-writer";
import { FakeWorkbook, type FakeSheet } from "../support/fake-excel";

const atlas = new Atlas(bundledDataset());
const ALL_IDS = atlas.dataset.targets.map((t) => t.id);
const LINKS = { hyperlinks: true };

function options(overrides: Partial<TargetsOptions> = {}): TargetsOptions {
  return { targetIds: ALL_IDS, unit: "yi", language: "en", ...overrides };
}

function workbook(sheets: string[]): { fake: FakeWorkbook; syncs: jest.SpyInstance[] } {
  const fake = new FakeWorkbook({ sheets });
  const syncs = fake.spyOnSyncs();
  return { fake, syncs };
}

/** The value cell of a target's row on the written sheet. */
function valueCell(sheet: FakeSheet, plan: ReturnType<typeof planTargetsSheet>, id: string) {
  const i = plan.rows.findIndex((r) => r.targetId === id);
  return sheet.cell(plan.firstBodyRow + i, plan.valueColumn);
}

describe("planTargetsSheet", () => {
  test("money follows the unit; counts and shares do not (shares as fractions with a percent format)", () => {
    const plan = planTargetsSheet(atlas, options({ unit: "yi" }));
    const value = (id: string) => plan.rows.find((r) => r.targetId === id)?.value;
    expect(value("shenzhen-terminal-scale")).toBe(8000);
    expect(value("shenzhen-ai-companies")).toBe(3000);
    expect(value("shenzhen-growth")).toBe(0.2);
    const i = plan.rows.findIndex((r) => r.targetId === "shenzhen-growth");
    const format = plan.grid.numberFormats[plan.firstBodyRow + i][plan.valueColumn];
    expect(displayText(0.2, format)).toMatch(/^20%/);
    expect(planTargetsSheet(atlas, options({ unit: "wan" })).rows.find((r) => r.targetId === "shenzhen-ai-companies")?.value).toBe(3000);
    expect(plan.grid.values[plan.headerRow]).toEqual([
      "Region",
      "Metric",
      "Value",
      "Unit",
      "Qualifier",
      "Kind",
      "Year",
      "Policy",
      "Source",
    ]);
  });

  test("the Sources block: one row per target in the order shown (its quote), then each policy used once", () => {
    const ids = ["cdht-national-scenarios", "shenzhen-unicorns", "shenzhen-terminal-scale"];
    const plan = planTargetsSheet(atlas, options({ targetIds: ids, language: "zh" }));
    expect(plan.sources.figureRows).toBe(3);
    ids.forEach((id, i) => {
      const t = atlas.dataset.targets.find((x) => x.id === id);
      expect(plan.sources.rows[i][8]).toBe(displayQuote(t?.quotes[0] ?? ""));
    });
    const policyIds = [...new Set(ids.flatMap((id) => atlas.dataset.targets.find((x) => x.id === id)?.policyIds ?? []))];
    expect(plan.sources.rows.slice(3).map((r) => r[2])).toEqual(policyIds.map(() => "政策"));
    expect(plan.sources.rows).toHaveLength(3 + policyIds.length);
    expect(plan.sheetName).toBe("AI目标");
  });

  test("a policy ending within 90 days marks the value's format and the policy cell", () => {
    const plan = planTargetsSheet(atlas, options({ targetIds: ["shenzhen-unicorns"], today: "2026-11-30" }));
    expect(plan.rows[0].policyEnds).toBe(true);
    expect(plan.marks).toEqual([{ row: plan.firstBodyRow, column: plan.valueColumn }]);
    expect(plan.grid.numberFormats[plan.firstBodyRow][plan.valueColumn]).toContain("(ends 2026-12-31)");
    expect(plan.grid.values[plan.firstBodyRow][7]).toMatch(/\(ends 2026-12-31\)$/);
  });

  test("refuses an unknown target, an empty list and an unknown unit", () => {
    expect(() => planTargetsSheet(atlas, options({ targetIds: ["atlantis"] }))).toThrow("Unknown target id 'atlantis'.");
    expect(() => planTargetsSheet(atlas, options({ targetIds: [] }))).toThrow("No target to insert");
    expect(() => planTargetsSheet(atlas, options({ unit: "euro" as never }))).toThrow("Unknown unit 'euro'.");
  });
});

describe("insertTargetsSheet", () => {
  test("a new sheet with the table, in two syncs; each value links to the Sources row citing it", async () => {
    const { fake, syncs } = workbook(["Deal model"]);
    const plan = planTargetsSheet(atlas, options());
    const result = await insertTargetsSheet(plan, fake.run, LINKS);
    expect(result).toEqual({
      sheetName: "AI Targets",
      address: `'AI Targets'!A1:I${plan.grid.rows}`,
      sourcesSheetName: "AI Atlas Sources",
      linkedFigures: ALL_IDS.length,
      syncs: 2,
    });
    expect(syncs).toHaveLength(1);
    expect(syncs[0]).toHaveBeenCalledTimes(2);
    const sheet = fake.sheet("AI Targets");
    expect(sheet.tables.map((t) => t.rect)).toEqual([{ top: 1, left: 0, rows: ALL_IDS.length + 1, columns: 9 }]);
    expect(valueCell(sheet, plan, "shenzhen-terminal-scale").value).toBe(8000);
    expect(valueCell(sheet, plan, "shenzhen-ai-companies").value).toBe(3000);
    expect(valueCell(sheet, plan, "shenzhen-growth").value).toBe(0.2);
    expect(valueCell(sheet, plan, "shenzhen-growth").numberFormat).toMatch(/^0%/);
    plan.rows.forEach((r, i) => {
      const t = atlas.dataset.targets.find((x) => x.id === r.targetId);
      const row = fake.followLink(sheet, plan.firstBodyRow + i, plan.valueColumn);
      expect([row[0], row[2], row[3], row[8]]).toEqual([
        atlas.regionOf(t?.regionId ?? "")?.name.zhHans,
        `target: ${t?.metric.en}`,
        r.value,
        displayQuote(t?.quotes[0] ?? ""),
      ]);
    });
    // The share's Sources row shows 20%, not 0: its own format, not the unit's.
    const growth = plan.rows.findIndex((r) => r.targetId === "shenzhen-growth");
    expect(fake.sheet("AI Atlas Sources").cell(2 + growth, 3).numberFormat).toBe("0%");
    expect(fake.sheet("AI Atlas Sources").cell(2, 3).numberFormat).toBe("#,##0.00");
    // A new Sources sheet: heading, headers, then the first target's row on row 3.
    expect(sheet.cell(plan.firstBodyRow, plan.valueColumn).hyperlink?.documentReference).toBe("'AI Atlas Sources'!A3");
    for (const mark of plan.marks) expect(fake.formatAt("AI Targets", mark.row, mark.column, "format.font.italic")).toBe(true);
  });

  test("a name clash gets ' (2)' and leaves the existing sheet alone; an existing Sources sheet is appended to", async () => {
    const { fake, syncs } = workbook(["AI目标", "AI数据来源"]);
    fake.sheet("AI目标").setConstant(0, 0, "mine");
    fake.sheet("AI数据来源").setConstant(3, 0, "older block");
    const plan = planTargetsSheet(atlas, options({ targetIds: ["shenzhen-growth", "cdht-industry-scale"], unit: "wan", language: "zh" }));
    const result = await insertTargetsSheet(plan, fake.run, LINKS);
    expect(syncs[0]).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ sheetName: "AI目标 (2)", sourcesSheetName: "AI数据来源", linkedFigures: 2, syncs: 2 });
    expect(fake.sheet("AI目标").cell(0, 0).value).toBe("mine");
    expect(fake.sheet("AI目标").tables).toEqual([]);
    const sheet = fake.sheet("AI目标 (2)");
    // The block starts two rows below row 4 (index 3): heading on row 6, headers row 7, first figure row 8.
    expect(sheet.cell(plan.firstBodyRow, plan.valueColumn).hyperlink?.documentReference).toBe("'AI数据来源'!A8");
    expect(sheet.cell(plan.firstBodyRow + 1, plan.valueColumn).hyperlink?.documentReference).toBe("'AI数据来源'!A9");
    expect(fake.followLink(sheet, plan.firstBodyRow + 1, plan.valueColumn)[3]).toBe(10_000_000); // 1000亿 in 万
    expect(sheet.cell(plan.firstBodyRow, 3).value).toBe("比例");
    expect(sheet.cell(plan.firstBodyRow + 1, 3).value).toBe("万元");
    expect(fake.sheet("AI数据来源").cell(3, 0).value).toBe("older block");
  });

  test("without Range.hyperlink the values are plain and Sources is still written", async () => {
    const { fake } = workbook(["Sheet1"]);
    const plan = planTargetsSheet(atlas, options({ targetIds: ["shenzhen-unicorns"] }));
    const result = await insertTargetsSheet(plan, fake.run, { hyperlinks: false });
    expect(result).toMatchObject({ linkedFigures: 0, syncs: 2 });
    expect(fake.callsOf("hyperlink")).toEqual([]);
    expect(fake.sheet("AI Atlas Sources").cell(2, 8).value).toBe(
      displayQuote(atlas.dataset.targets.find((t) => t.id === "shenzhen-unicorns")?.quotes[0] ?? ""),
    );
  });
});
