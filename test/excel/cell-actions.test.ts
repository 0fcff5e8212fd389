/** The pane's one-cell actions against the Excel double: one sync each, the formula lands in the active cell. */
import { insertFormulaAtActiveCell, selectedCellAddress } from "../../src/excel";
import { FakeWorkbook } from "../support/fake-excel";

function workbook(): { fake: FakeWorkbook; syncs: jest.SpyInstance[] } {
  const fake = new FakeWorkbook({ sheets: ["Deal model", "Sheet1"] });
  fake.selection = { top: 6, left: 3, rows: 3, columns: 2 }; // D7:E9, active cell D7
  const syncs = fake.spyOnSyncs();
  return { fake, syncs };
}

test("a formula goes into the active cell in one sync", async () => {
  const { fake, syncs } = workbook();
  const result = await insertFormulaAtActiveCell('=CN.AISUBSIDY(A2,"model",B2)', fake.run);
  expect(fake.sheet("Deal model").cell(6, 3).formula).toBe('=CN.AISUBSIDY(A2,"model",B2)');
  expect(result).toEqual({ address: "'Deal model'!D7" });
  expect(syncs[0]).toHaveBeenCalledTimes(1);
});

test("text that is not a formula is refused before touching the workbook", async () => {
  const run = jest.fn();
  await expect(insertFormulaAtActiveCell("CN.AISUBSIDY(A2)", run)).rejects.toThrow("Not a formula");
  expect(run).not.toHaveBeenCalled();
});

test("the selected cell's address, also when several areas are selected (getSelectedRange would fail there)", async () => {
  const { fake } = workbook();
  expect(await selectedCellAddress(fake.run)).toBe("'Deal model'!D7");
  fake.otherSelectedAreas = [{ top: 20, left: 0, rows: 1, columns: 1 }];
  expect(await selectedCellAddress(fake.run)).toBe("'Deal model'!D7");
});
