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
  const syncs = fake.spyOnSyncs();
  return { fake, sheet, syncs };
}

describe("convertCnFormulasToValues", () => {
  test("on the sheet: CN formulas become their values; every other formula, constant and sheet is kept", async () => {
    const { fake, sheet, syncs } = mixedWorkbook();
    const other = fake.sheet("Other").snapshot();
    const result = await convertCnFormulasToValues("sheet", fake.run);

    // Syncs: the range's size, one chunk of cells, the spill lookup, the writes.
    expect(result).toEqual({ converted: 5, spilledTables: 1, address: "Model!A1:J10", chunks: 1, syncs: 4 });
    expect(syncs[0]).toHaveBeenCalledTimes(4);
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
    // After convert-to-values the spilled table's text cells are text ("@"), its numbers keep their format (issue 22).
    const formats = RANK.map((row, r) => row.map((_v, c) => sheet.cell(r, 3 + c).numberFormat));
    RANK.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string") expect(formats[r][c]).toBe("@");
        else expect(formats[r][c]).not.toBe("@");
      }),
    );
    // Only CN cells were written (and the spilled table's formats, whole).
    const cnCells = new Set(["1,1", "5,1", "6,1", "7,1"]);
    const spillFormat = fake.writes.filter((x) => x.property === "numberFormat" && x.rect.rows * x.rect.columns > 1);
    expect(spillFormat.map((w) => w.rect)).toEqual([{ top: 0, left: 3, rows: 2, columns: 7 }]);
    for (const w of fake.writes.filter((x) => x.property !== "copyFrom" && !spillFormat.includes(x))) {
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

  test("a selection holding no CN formula writes nothing after reading it; an empty sheet stops after one sync", async () => {
    const { fake } = mixedWorkbook();
    fake.selection = { top: 2, left: 1, rows: 3, columns: 1 }; // B3:B5
    expect(await convertCnFormulasToValues("selection", fake.run)).toEqual({
      converted: 0,
      spilledTables: 0,
      address: "Model!B3:B5",
      chunks: 1,
      syncs: 2,
    });
    const empty = new FakeWorkbook();
    expect(await convertCnFormulasToValues("sheet", empty.run)).toEqual({
      converted: 0,
      spilledTables: 0,
      address: "",
      chunks: 0,
      syncs: 1,
    });
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

describe("convertCnFormulasToValues in real-Excel conditions", () => {
  test("a table formula that does not spill (blocked by #SPILL!, or one cell) is converted as a cell; the batch goes on", async () => {
    const { fake, sheet } = mixedWorkbook();
    // Shows "rank" (the table's first cell) but has no spill range: getSpillingToRange would fail the whole sync.
    sheet.setFormula(12, 0, '=CN.AIRANK("chip")', "rank");
    const result = await convertCnFormulasToValues("sheet", fake.run);
    expect(result).toMatchObject({ converted: 6, spilledTables: 1 });
    expect(sheet.cell(12, 0)).toMatchObject({ value: "rank", formula: "" });
    expect(sheet.cell(1, 1)).toMatchObject({ value: 30_000_000, formula: "" });
    expect(sheet.valuesOf({ top: 0, left: 3, rows: 2, columns: 7 })).toEqual(RANK);
  });

  test("several selected areas get a clear refusal and nothing is written", async () => {
    const { fake, sheet } = mixedWorkbook();
    const before = sheet.snapshot();
    fake.selection = { top: 0, left: 1, rows: 2, columns: 1 };
    fake.otherSelectedAreas = [{ top: 5, left: 1, rows: 1, columns: 1 }];
    const conversion = convertCnFormulasToValues("selection", fake.run);
    await expect(conversion).rejects.toMatchObject({ name: "ExcelWriteError", reason: "multipleAreas" });
    await expect(conversion).rejects.toThrow("Several areas are selected. Select one range");
    expect(sheet.snapshot()).toEqual(before);
    // The whole sheet still converts with several areas selected.
    expect(await convertCnFormulasToValues("sheet", fake.run)).toMatchObject({ converted: 5 });
  });

  test("on a host without ExcelApi 1.12 it refuses before touching the workbook, saying what is needed", async () => {
    const { fake, sheet } = mixedWorkbook();
    const old = new FakeWorkbook({ sheets: ["Model"], excelApi: "1.11" });
    old.sheets[0] = sheet;
    old.active = sheet;
    const before = sheet.snapshot();
    const conversion = convertCnFormulasToValues("sheet", old.run);
    await expect(conversion).rejects.toMatchObject({ reason: "apiSetUnsupported" });
    await expect(conversion).rejects.toThrow("needs a newer Excel (ExcelApi 1.12");
    expect(sheet.snapshot()).toEqual(before);
    expect(old.responseBytes).toEqual([]);
    expect(fake.writes).toEqual([]);
  });

  test("a big sheet is read in chunks under Excel on the web's 5 MB response limit, with the same result as one read", async () => {
    const build = (options: { responseLimit?: number }) => {
      const fake = new FakeWorkbook({ sheets: ["Big"], ...options });
      const sheet = fake.sheet("Big");
      const note = "Chengdu Hi-tech Zone model subsidy, see the policy text for the conditions ".repeat(1);
      for (let r = 0; r < 12_000; r++) {
        sheet.setConstant(r, 0, `${note}${r}`).setConstant(r, 1, r).setConstant(r, 2, `${note}`);
        if (r % 40 === 0) sheet.setFormula(r, 3, `=CN.AISUBSIDY("成都高新区","model",${r})`, r * 0.3);
        else if (r % 40 === 1) sheet.setFormula(r, 3, `=CN.AISOURCE("成都高新区","model")`, `=quote ${r}`);
        else sheet.setFormula(r, 3, `=B${r + 1}*2`, r * 2);
      }
      sheet.setFormula(12_000, 0, '=CN.AIRANK("model")', "rank", RANK);
      return { fake, sheet };
    };
    const chunked = build({});
    const result = await convertCnFormulasToValues("sheet", chunked.fake.run);
    expect(result.converted).toBe(601);
    expect(result.spilledTables).toBe(1);
    expect(result.chunks).toBeGreaterThan(1);
    expect(Math.max(...chunked.fake.responseBytes)).toBeLessThan(2.5 * 1024 * 1024);
    // One read of the whole range is over the limit: Excel on the web would refuse it.
    expect(chunked.fake.responseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * 1024 * 1024);

    const whole = build({ responseLimit: Infinity });
    const unchunked = await convertCnFormulasToValues("sheet", whole.fake.run, { chunkCells: Number.MAX_SAFE_INTEGER });
    expect(unchunked.chunks).toBe(1);
    expect({ ...result, chunks: 0, syncs: 0 }).toEqual({ ...unchunked, chunks: 0, syncs: 0 });
    expect(chunked.sheet.snapshot()).toEqual(whole.sheet.snapshot());
  });

  test("a chunk Excel still refuses as too large (very long text) is read again in halves", async () => {
    const fake = new FakeWorkbook({ sheets: ["Long"], responseLimit: 400_000 });
    const sheet = fake.sheet("Long");
    for (let r = 0; r < 400; r++) sheet.setConstant(r, 0, "长".repeat(2_000)).setFormula(r, 1, `=CN.AISUBSIDY("苏州","chip",${r})`, r);
    const result = await convertCnFormulasToValues("sheet", fake.run);
    expect(result.converted).toBe(400);
    const refused = fake.responseBytes.filter((bytes) => bytes > 400_000);
    expect(refused.length).toBeGreaterThan(0); // the first chunk was refused, then read in halves
    expect(result.syncs).toBe(fake.responseBytes.length); // every sync, the refused ones included
    expect(sheet.cell(399, 1)).toMatchObject({ value: 399, formula: "" });
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
