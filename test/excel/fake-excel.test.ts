/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read too early on purpose, to see the double refuse as Excel does */
/**
 * The Excel double rejects what Excel rejects (docs/excel-verification.md, "Rules the double
 * enforces", has the evidence for each rule). If one of these passes a call Excel would fail,
 * the writers' tests stop meaning anything.
 */
import { FakeExcelError, FakeWorkbook, WEB_PAYLOAD_LIMIT } from "../support/fake-excel";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(FakeExcelError);
    return (e as FakeExcelError).code;
  }
  throw new Error("expected a rejection");
}

function thrownCode(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    return (e as FakeExcelError).code;
  }
  return "nothing thrown";
}

describe("the Excel double", () => {
  test("values, formulas and number formats must match the range's dimensions (InvalidArgument)", async () => {
    const fake = new FakeWorkbook();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      expect(() => (range.values = [[1, 2]])).toThrow(/InvalidArgument/);
      expect(() => (range.formulas = [["=1"], ["=2"]])).toThrow(/InvalidArgument/);
      expect(() => (range.numberFormat = [["@", "@", "@"]] as string[][])).toThrow(/InvalidArgument/);
      range.values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    expect(fake.sheet("Sheet1").valuesOf({ top: 0, left: 0, rows: 2, columns: 2 })).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const fake = new FakeWorkbook();
    fake.sheet("Sheet1").setConstant(0, 0, "x");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded");
      range.load("address, values");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded"); // loaded, not yet synced
      await context.sync();
      expect(range.values).toEqual([["x"]]);
      expect(range.address).toBe("Sheet1!A1");
      const sheets = context.workbook.worksheets;
      expect(thrownCode(() => sheets.items)).toBe("PropertyNotLoaded");
    });
  });

  test("getSpillingToRange fails the sync on a cell that does not spill; the OrNullObject form gives a null object", async () => {
    const fake = new FakeWorkbook();
    fake
      .sheet("Sheet1")
      .setFormula(0, 0, "=1", 1)
      .setFormula(2, 0, '=CN.AIRANK("model")', "rank", [["rank"], [1]]);
    expect(
      await codeOf(
        fake.run(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().getRange("A1").getSpillingToRange();
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const none = sheet.getRange("A1").getSpillingToRangeOrNullObject();
      const spill = sheet.getRange("A3").getSpillingToRangeOrNullObject();
      none.load("address");
      spill.load("address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(spill.isNullObject).toBe(false);
      expect(spill.address).toBe("Sheet1!A3:A4");
    });
  });

  test("getSelectedRange fails the sync when several areas are selected (InvalidSelection); getActiveCell still works", async () => {
    const fake = new FakeWorkbook();
    fake.selection = { top: 0, left: 0, rows: 2, columns: 1 };
    fake.otherSelectedAreas = [{ top: 5, left: 3, rows: 1, columns: 1 }];
    expect(
      await codeOf(
        fake.run(async (context) => {
          context.workbook.getSelectedRange().load("address");
          await context.sync();
        }),
      ),
    ).toBe("InvalidSelection");
    const address = await fake.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("address");
      await context.sync();
      return cell.address;
    });
    expect(address).toBe("Sheet1!A1");
  });

  test("tables.add with an address without a sheet name lands on the ACTIVE sheet, from either collection", async () => {
    const fake = new FakeWorkbook({ sheets: ["Active", "Other"] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Other").tables.add("A1:B3", true);
      context.workbook.tables.add("D1:E3", true);
      context.workbook.worksheets.getItem("Other").tables.add(context.workbook.worksheets.getItem("Other").getRange("G1:H3"), true);
      await context.sync();
    });
    expect(fake.sheet("Active").tables.map((t) => t.rect.left)).toEqual([0, 3]);
    expect(fake.sheet("Other").tables.map((t) => t.rect.left)).toEqual([6]);
  });

  test("a sync returning more than Excel on the web's 5 MB of cell data fails (ResponsePayloadSizeLimitExceeded)", async () => {
    const fake = new FakeWorkbook();
    const sheet = fake.sheet("Sheet1");
    const text = "x".repeat(200);
    for (let r = 0; r < 15_000; r++) sheet.setConstant(r, 0, text);
    const read = (rows: number) =>
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange(`A1:A${rows}`);
        range.load("values, formulas");
        await context.sync();
        return range.values.length;
      });
    expect(await codeOf(read(15_000))).toBe("ResponsePayloadSizeLimitExceeded");
    expect(await read(5_000)).toBe(5_000);
    expect(fake.responseBytes.at(-1)).toBeLessThan(WEB_PAYLOAD_LIMIT);
  });

  test("autofitColumns fits the whole column, not only the range it is called on (office-js#1017)", async () => {
    const fake = new FakeWorkbook();
    fake.sheet("Sheet1").setConstant(0, 0, "A very long title that sits in A1 and nowhere else").setConstant(1, 0, "ab");
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A2").format.autofitColumns();
      await context.sync();
    });
    expect(fake.sheet("Sheet1").columnWidths.get(0)).toBeGreaterThan(200);
  });
});
