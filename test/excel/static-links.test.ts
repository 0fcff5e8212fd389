/**
 * Static sheets explain themselves (PRODUCT.md §8): every figure of a static comparison sheet and
 * of the calculator table links (Range.hyperlink, documentReference) to its own row on the
 * Sources sheet, in the same two syncs, whether the Sources sheet is new or already holds rows.
 * Following each link in the fake workbook lands on a row citing that figure's region, category,
 * value and quote. Without ExcelApi 1.7 the figures are plain and the Sources sheet is still
 * written. Trace's reader recognises a linked figure and reads its Sources row.
 */
import { Atlas } from "../../src/core/names/atlas";
import { planCalculatorTable } from "../../src/core/sheets/calculator-plan";
import { planComparison } from "../../src/core/sheets/comparison-plan";
import { type ComparisonOptions } from "../../src/core/sheets/comparison-sheet";
import { displayQuote } from "../../src/core/rules/labels";
import { traceCell } from "../../src/core/trace/trace";
import { planTargetsSheet } from "../../src/core/sheets/targets-plan";
import { bundledDataset } from "../../src/data/bundled";
import { insertCalculatorTable } from "../../src/excel/calculator-writer";
import { insertComparison } from "../../src/excel/comparison-writer";
import { insertTargetsSheet } from "../../src/excel/targets-writer";
import { readTraceSnapshot } from "../../src/excel/trace-reader";
import { FakeWorkbook } from "../support/fake-excel";

const atlas = new Atlas(bundledDataset());
const LINKS = { hyperlinks: true };
const ALL = { followSelection: true, hyperlinks: true, spills: true };

function options(overrides: Partial<ComparisonOptions> = {}): ComparisonOptions {
  return {
    regionIds: atlas.dataset.regions.map((r) => r.id),
    categoryIds: [...atlas.dataset.categories.map((c) => c.id), "any"],
    orientation: "categories-as-rows",
    mode: "static",
    unit: "wan",
    language: "en",
    ...overrides,
  };
}

function workbook(sheets?: string[]): { fake: FakeWorkbook; syncs: jest.SpyInstance[] } {
  const fake = new FakeWorkbook({ sheets });
  const syncs = fake.spyOnSyncs();
  return { fake, syncs };
}

describe("static comparison sheets link each figure to its Sources row", () => {
  test.each([
    ["a new Sources sheet", [] as string[]],
    ["a Sources sheet holding earlier rows", ["AI Atlas Sources"]],
  ])("every figure (%s): the row names its region and category and quotes its rule; still two syncs", async (_, extra) => {
    const { fake, syncs } = workbook(["Sheet1", ...extra]);
    if (extra.length) fake.sheet("AI Atlas Sources").setConstant(0, 0, "Earlier").setConstant(14, 2, "earlier row");
    const plan = planComparison(atlas, options());
    const result = await insertComparison(plan, fake.run, LINKS);
    expect(syncs[0]).toHaveBeenCalledTimes(2);
    const withValue = plan.figures.filter((f) => f.value !== null);
    expect(withValue.length).toBeGreaterThan(10);
    expect(result.linkedFigures).toBe(withValue.length);
    const sheet = fake.sheet(result.sheetName);
    for (const figure of plan.figures) {
      const cell = sheet.cell(figure.row, figure.column);
      if (figure.value === null) {
        expect(cell.hyperlink).toBeUndefined();
        continue;
      }
      expect(cell.value).toBe(figure.value); // the link keeps the number a number
      const row = fake.followLink(sheet, figure.row, figure.column);
      const region = atlas.regionOf(figure.regionId);
      const incentive = atlas.dataset.incentives.find((i) => i.id === figure.incentiveId);
      expect({ region: row[0], category: String(row[2]).split(" ")[0], figure: row[3], quote: row[8] }).toEqual({
        region: region?.name.zhHans,
        category: figure.categoryId,
        figure: figure.value,
        quote: displayQuote(incentive?.quotes[0] ?? ""),
      });
    }
    if (extra.length) expect(fake.sheet("AI Atlas Sources").cell(14, 2).value).toBe("earlier row");
  });

  test("live sheets carry formulas, not links; without Range.hyperlink (ExcelApi 1.7) the figures are plain and Sources is still written", async () => {
    const live = workbook();
    const livePlan = planComparison(atlas, options({ mode: "live" }));
    expect((await insertComparison(livePlan, live.fake.run, LINKS)).linkedFigures).toBe(0);
    const plain = workbook();
    const plan = planComparison(atlas, options());
    const result = await insertComparison(plan, plain.fake.run, { hyperlinks: false });
    expect(result.linkedFigures).toBe(0);
    expect(plain.fake.callsOf("hyperlink")).toEqual([]);
    expect(plain.fake.sheet("AI Atlas Sources").cell(2, 3).value).toBe(plan.sources.rows[0][3]);
  });
});

describe("the calculator table links each figure to its Sources row", () => {
  test("the ranked rows cite their own incentive; the Sources block goes below existing content", async () => {
    const { fake, syncs } = workbook(["Deal model", "AI数据来源"]);
    fake.sheet("AI数据来源").setConstant(3, 0, "older block");
    fake.selection = { top: 2, left: 1, rows: 1, columns: 1 };
    const plan = planCalculatorTable(atlas, { categoryId: "any", unit: "yi", language: "zh" });
    const result = await insertCalculatorTable(plan, fake.run, LINKS);
    expect(syncs[0]).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ sourcesSheetName: "AI数据来源", linkedFigures: plan.rows.length });
    const sheet = fake.sheet("Deal model");
    plan.rows.forEach((r, i) => {
      const row = fake.followLink(sheet, 2 + plan.firstBodyRow + i, 1 + plan.valueColumn);
      const incentive = atlas.dataset.incentives.find((x) => x.id === r.incentiveId);
      expect([row[0], row[3], row[8]]).toEqual([
        atlas.regionOf(r.regionId)?.name.zhHans,
        r.value,
        displayQuote(incentive?.quotes[0] ?? ""),
      ]);
    });
    expect(sheet.cell(2 + plan.firstBodyRow, 1 + plan.valueColumn).hyperlink?.documentReference).toBe("'AI数据来源'!A8");
  });
});

describe("Trace's reader on a written sheet", () => {
  test("a static figure: the link and its Sources row, in two syncs; Trace shows that row", async () => {
    const { fake, syncs } = workbook(["Sheet1"]);
    const plan = planComparison(atlas, options({ regionIds: ["chengdu-hitech"], categoryIds: ["model"] }));
    const written = await insertComparison(plan, fake.run, LINKS);
    fake.active = fake.sheet(written.sheetName);
    fake.selection = { top: 5, left: 2, rows: 1, columns: 1 };
    const snapshot = await readTraceSnapshot(ALL, fake.run);
    expect(syncs[1]).toHaveBeenCalledTimes(2);
    expect(snapshot).toMatchObject({ address: "C6", value: 3000, link: "'AI Atlas Sources'!A3" });
    const trace = traceCell(atlas, snapshot);
    expect(trace.kind === "linked" && trace.row?.[0]).toBe("成都高新区");
  });

  test("a target's value on a targets sheet: Trace shows the Sources row citing that target, with the passage stating it", async () => {
    const { fake } = workbook(["Sheet1"]);
    const plan = planTargetsSheet(atlas, { targetIds: atlas.dataset.targets.map((t) => t.id), unit: "yi", language: "en" });
    const written = await insertTargetsSheet(plan, fake.run, LINKS);
    const i = plan.rows.findIndex((r) => r.targetId === "shenzhen-unicorns");
    const target = atlas.dataset.targets.find((t) => t.id === "shenzhen-unicorns");
    fake.active = fake.sheet(written.sheetName);
    fake.selection = { top: plan.firstBodyRow + i, left: plan.valueColumn, rows: 1, columns: 1 };
    const snapshot = await readTraceSnapshot(ALL, fake.run);
    expect(snapshot).toMatchObject({ value: 10, link: `'AI Atlas Sources'!A${3 + i}` });
    const trace = traceCell(atlas, snapshot);
    if (trace.kind !== "linked") throw new Error(`expected a linked figure, got ${trace.kind}`);
    expect([trace.row?.[0], trace.row?.[2], trace.row?.[3]]).toEqual(["深圳市", `target: ${target?.metric.en}`, 10]);
    expect(String(trace.row?.[8])).toContain("獨角獸企業超10家"); // the passage stating the figure (the source is Traditional), not only "到2026年"
  });

  test("a live figure: the references its CN call reads, in two syncs; one sync for a cell with nothing to read", async () => {
    const { fake, syncs } = workbook(["Sheet1"]);
    const written = await insertComparison(
      planComparison(atlas, options({ mode: "live", regionIds: ["chengdu-hitech"], categoryIds: ["rnd"] })),
      fake.run,
    );
    const sheet = fake.sheet(written.sheetName);
    sheet.setConstant(1, 1, 5000); // the amount cell, in 万
    sheet.setFormula(5, 2, String(sheet.cell(5, 2).formula), 500);
    fake.active = sheet;
    fake.selection = { top: 5, left: 2, rows: 1, columns: 1 };
    const snapshot = await readTraceSnapshot(ALL, fake.run);
    expect(syncs[1]).toHaveBeenCalledTimes(2);
    expect(snapshot.references.map((r) => [r.address, r.values])).toEqual([
      ["C5", [["成都高新区"]]],
      ["A6", [["rnd"]]],
      ["B2", [[5000]]],
      ["B3", [["万"]]],
    ]);
    const trace = traceCell(atlas, snapshot);
    const call = trace.kind === "cn" ? trace.calls[0] : undefined;
    expect(call?.subject?.kind === "subsidy" && call.subject.result).toBe(500);

    fake.selection = { top: 0, left: 0, rows: 1, columns: 1 };
    await readTraceSnapshot(ALL, fake.run);
    expect(syncs[2]).toHaveBeenCalledTimes(1);
  });

  test("a cell in a spilled table: the anchor's formula and the row offset", async () => {
    const { fake } = workbook(["Sheet1"]);
    const sheet = fake.sheet("Sheet1");
    sheet.setFormula(0, 0, '=CN.AIRANK("model")', "rank", [
      ["rank", "region"],
      [1, "成都高新区"],
    ]);
    fake.selection = { top: 1, left: 1, rows: 1, columns: 1 };
    const snapshot = await readTraceSnapshot(ALL, fake.run);
    expect(snapshot.spill).toEqual({ sheet: "Sheet1", address: "A1", formula: '=CN.AIRANK("model")', rowOffset: 1, columnOffset: 1 });
    const trace = traceCell(atlas, snapshot);
    expect(trace.kind === "cn" && trace.calls[0].subject?.kind).toBe("rank-row");
  });

  test("a reference to a sheet that no longer exists is named, not thrown", async () => {
    const { fake } = workbook(["Sheet1"]);
    fake.sheet("Sheet1").setFormula(0, 0, '=CN.AISUBSIDY(Old!A1,"model")', "#REF!");
    const snapshot = await readTraceSnapshot(ALL, fake.run);
    expect(snapshot.references).toEqual([{ sheet: "Old", address: "A1", problem: "the sheet 'Old' does not exist" }]);
  });
});
