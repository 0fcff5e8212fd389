/** The pane's one-cell actions against office-addin-mock: one sync each, the formula lands in the active cell. */
import { OfficeMockObject } from "office-addin-mock";
import { insertFormulaAtActiveCell, selectedCellAddress } from "../../src/excel";

function mockContext(): { context: Excel.RequestContext; active: { formulas: unknown; address: string } } {
  const active = { formulas: [[""]] as unknown, address: "Sheet1!C4", load: () => undefined };
  const mock = new OfficeMockObject({
    workbook: {
      getActiveCell: () => active,
      getSelectedRange: () => ({ getCell: () => ({ address: "'Deal model'!D7", load: () => undefined }) }),
    },
    sync: () => Promise.resolve(),
  });
  return { context: mock as unknown as Excel.RequestContext, active };
}

test("a formula goes into the active cell in one sync", async () => {
  const { context, active } = mockContext();
  const sync = jest.spyOn(context, "sync");
  const result = await insertFormulaAtActiveCell('=CN.AISUBSIDY(A2,"model",B2)', (batch) => batch(context));
  expect(active.formulas).toEqual([['=CN.AISUBSIDY(A2,"model",B2)']]);
  expect(result).toEqual({ address: "Sheet1!C4" });
  expect(sync).toHaveBeenCalledTimes(1);
});

test("text that is not a formula is refused before touching the workbook", async () => {
  const run = jest.fn();
  await expect(insertFormulaAtActiveCell("CN.AISUBSIDY(A2)", run)).rejects.toThrow("Not a formula");
  expect(run).not.toHaveBeenCalled();
});

test("the selected cell's address", async () => {
  const { context } = mockContext();
  expect(await selectedCellAddress((batch) => batch(context))).toBe("'Deal model'!D7");
});
