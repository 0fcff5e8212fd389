/**
 * Converting CN formulas to values on a mixed sheet (every other formula kept, spilled tables
 * converted whole, text results kept as text) and recalculating after a refresh, against
 * office-addin-mock through the fake workbook.
 */
import { convertCnFormulasToValues, recalculateCnFormulas } from "../../src/excel/cn-formulas";
import { ExcelWriteError } from "../../src/excel/excel-run";
import { FakeWorkbook, type FakeSheet } from "../support/fake-excel";

const RANK = [
  ["rank", "region", "subsidy", "category", "rule", "status", "policy"],
  [
    1,
    "成都高新区",
    30_000_000,
    "model",
    "30% of model R&D cost, up to 30,000,000",
    "final",
    "关于支持人工智能(机器人)产业高质量发展的若干政策",
  ],
];
const HOSTILE_QUOTE = '=HYPERLINK("http://example.invalid","x")';

/** A sheet mixing CN formulas, other formulas, a spilled CN table and text that looks like a formula. */
function mixedWorkbook(): { fake: FakeWorkbook; sheet: FakeSheet; syncs: jest.SpyInstance[] } {
  const fake = new FakeWorkbook({ sheets: ["Model", "Other"] });
  const sheet = fake.sheet("Model");
  sheet
    .setConstant(0, 0, "Region")
    .setFormula(1, 1, '=CN.AISUBSIDY("成都高新区","model")', 30_000_000) // B2
    .setFormula(2, 1, "=SUM(B2,1)", 30_000_001) // B3
    .setFormula(3, 1, "=B2*2", 60_000_000) // B4
    .setConstant(4, 1, '=CN.AISUBSIDY("x")', "@") // B5: text, not a formula
    .setFormula(5, 1, '=IFNA(CN.AISUBSIDY("广东省","model"),"—")', "—") // B6
    .setFormula(6, 1, '=CN.AISOURCE("成都高新区","model")', HOSTILE_QUOTE) // B7: a text result that starts with =
    .setFormula(7, 1, '=CN.AISUBSIDY("atlantis","model")', "#N/A") // B8
    .setFormula(8, 1, '=VLOOKUP("x",A1:A2,1,FALSE)', "#N/A") // B9
    .setFormula(0, 3, '=CN.AIRANK("model")', "rank", RANK) // D1, spills to D1:J2
    .setFormula(9, 3, "=SUM(F2,1)", 30_000_001); // D10 reads the spilled table
  fake.sheet("Other").setFormula(0, 0, '=CN.AISUBSIDY("苏州","chip")', 100_000_000);
  const syncs: jest.SpyInstance[] = [];
  fake.onContext = (context) => syncs.push(jest.spyOn(context as unknown as { sync: () => Promise<void> }, "sync"));
  return { fake, sheet, syncs };
}

describe("convertCnFormulasToValues", () => {
  test("on the sheet: CN formulas become their values; every other formula, constant and sheet is kept", async () => {
    const { fake, sheet, syncs } = mixedWorkbook();
    const other = fake.sheet("Other").snapshot();
    const result = await convertCnFormulasToValues("sheet", fake.run);

    expect(result).toEqual({ converted: 5, spilledTables: 1, address: "Model!A1:J10", syncs: 2 });
    expect(syncs[0]).toHaveBeenCalledTimes(2);
    const at = (row: number, column: number) => sheet.cell(row, column);
    expect(at(1, 1)).toMatchObject({ value: 30_000_000, formula: "" });
    expect(at(5, 1)).toMatchObject({ value: "—", formula: "", numberFormat: "@" });
    expect(at(6, 1)).toMatchObject({ value: HOSTILE_QUOTE, formula: "", numberFormat: "@" });
    expect(at(7, 1)).toMatchObject({ value: "#N/A", formula: "" });
    // Kept: other formulas (including one that reads the converted table), and text that looks like a formula.
    expect(at(2, 1).formula).toBe("=SUM(B2,1)");
    expect(at(3, 1).formula).toBe("=B2*2");
    expect(at(8, 1).formula).toBe('=VLOOKUP("x",A1:A2,1,FALSE)');
    expect(at(9, 3).formula).toBe("=SUM(F2,1)");
    expect(at(4, 1)).toMatchObject({ value: '=CN.AISUBSIDY("x")', formula: "", numberFormat: "@" });
    // The spilled table is values now, all of it.
    expect(sheet.spills.size).toBe(0);
    expect(sheet.valuesOf({ top: 0, left: 3, rows: 2, columns: 7 })).toEqual(RANK);
    expect(
      sheet
        .formulasOf({ top: 0, left: 3, rows: 2, columns: 7 })
        .flat()
        .some((f) => String(f).startsWith("=")),
    ).toBe(false);
    expect(fake.sheet("Other").snapshot()).toEqual(other);
    // Only CN cells were written.
    const cnCells = new Set(["1,1", "5,1", "6,1", "7,1"]);
    for (const w of fake.writes.filter((x) => x.property !== "copyFrom")) {
      expect(w.rect.rows * w.rect.columns).toBe(1);
      expect(cnCells.has(`${w.rect.top},${w.rect.left}`)).toBe(true);
    }
    expect(fake.callsOf("delete", "range.delete", "clear", "insert")).toEqual([]);
  });

  test("on the selection: only the CN formulas inside it (a spilled table whose anchor is inside converts whole)", async () => {
    const { fake, sheet } = mixedWorkbook();
    fake.selection = { top: 0, left: 1, rows: 2, columns: 3 }; // B1:D2
    const result = await convertCnFormulasToValues("selection", fake.run);
    expect(result).toMatchObject({ converted: 2, spilledTables: 1, address: "Model!B1:D2" });
    expect(sheet.cell(1, 1).formula).toBe("");
    expect(sheet.cell(5, 1).formula).toBe('=IFNA(CN.AISUBSIDY("广东省","model"),"—")');
    expect(sheet.valuesOf({ top: 0, left: 3, rows: 2, columns: 7 })).toEqual(RANK);
  });

  test("a whole selected column reads only its used part", async () => {
    const { fake } = mixedWorkbook();
    fake.selection = { top: 0, left: 1, rows: 1_048_576, columns: 1 };
    const result = await convertCnFormulasToValues("selection", fake.run);
    expect(result).toMatchObject({ converted: 4, spilledTables: 0, address: "Model!B1:B10" });
  });

  test("a selection holding no CN formula, or an empty sheet, writes nothing and stops after one sync", async () => {
    const { fake } = mixedWorkbook();
    fake.selection = { top: 2, left: 1, rows: 3, columns: 1 }; // B3:B5
    expect(await convertCnFormulasToValues("selection", fake.run)).toEqual({
      converted: 0,
      spilledTables: 0,
      address: "Model!B3:B5",
      syncs: 1,
    });
    const empty = new FakeWorkbook();
    expect(await convertCnFormulasToValues("sheet", empty.run)).toEqual({ converted: 0, spilledTables: 0, address: "", syncs: 1 });
    expect([...fake.writes, ...empty.writes]).toEqual([]);
  });

  test("refuses, writing nothing, while a CN formula is still calculating", async () => {
    const { fake, sheet } = mixedWorkbook();
    sheet.setFormula(10, 1, '=CN.AIFUND("广东")', "#BUSY!");
    const conversion = convertCnFormulasToValues("sheet", fake.run);
    await expect(conversion).rejects.toBeInstanceOf(ExcelWriteError);
    await expect(conversion).rejects.toThrow("1 CN formula is still calculating in Model!A1:J11; nothing was converted.");
    expect(fake.writes).toEqual([]);
  });
});

describe("recalculateCnFormulas", () => {
  test("asks Excel for one full calculation, in one sync", async () => {
    const { fake, syncs } = mixedWorkbook();
    expect(await recalculateCnFormulas(fake.run)).toEqual({ calculation: "full", syncs: 1 });
    expect(fake.callsOf("calculate").map((c) => c.args)).toEqual([["Full"]]);
    expect(syncs[0]).toHaveBeenCalledTimes(1);
    expect(fake.writes).toEqual([]);
  });
});
