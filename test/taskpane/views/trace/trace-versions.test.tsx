/**
 * Trace of a cell in a workbook stamped with another version: the cell's value under the stamped
 * version and the loaded one, with the record behind the difference; the same figure says so; a
 * version that cannot be had says so; nothing when the workbook is stamped with the loaded data.
 */
import { act } from "@testing-library/react";
import { bundledDataset } from "../../../../src/data/bundled";
import { datasetContentHash } from "../../../../src/data/content-hash";
import { memoryStorage } from "../../../../src/data/storage";
import { createDataServices, type DataServices } from "../../../../src/taskpane/host/data-services";
import { changedVersion } from "../../../support/changed-versions";
import { inPanel, mockOperations, renderPane, TEST_DATA_URL } from "../../support/render-pane";

const older = changedVersion("model cap 3500万");
const olderStamp = { version: older.version, hash: datasetContentHash(older) };

function pane(formula: string, value: unknown, found: Awaited<ReturnType<DataServices["findVersion"]>>, stamp: unknown = olderStamp) {
  const operations = mockOperations("excel");
  operations.readTraceSnapshot.mockResolvedValue({ sheet: "Model", address: "B3", formula, value, references: [] });
  operations.readWorkbookStamp.mockResolvedValue(stamp as never);
  const services = { ...createDataServices(memoryStorage(), TEST_DATA_URL), findVersion: jest.fn().mockResolvedValue(found) };
  return renderPane({ view: "trace", operations, services });
}

test("a changed cell: its figure with the workbook's version and with the loaded one, and why", async () => {
  pane('=CN.AISUBSIDY("成都高新区","model")', 30_000_000, { ok: true, dataset: older, from: "kept" });
  expect(
    await inPanel("trace").findByText(
      new RegExp(
        `computed with version ${older.version.replace(/\./g, "\\.")}: this cell was 35,000,000 then; with the loaded version .* it is 30,000,000\\. incentive cdht-model: cap`,
      ),
      undefined,
      { timeout: 10_000 },
    ),
  ).toBeInTheDocument();
});

test("an unchanged cell says it is the same under both versions", async () => {
  pane('=CN.AIFUND("广东")', 10_000_000_000, { ok: true, dataset: older, from: "kept" });
  expect(
    await inPanel("trace").findByText(new RegExp(`The same with version ${older.version.replace(/\./g, "\\.")}`), undefined, {
      timeout: 10_000,
    }),
  ).toBeInTheDocument();
});

test("a stamped version that is not available here is named", async () => {
  pane('=CN.AISUBSIDY("成都高新区","model")', 30_000_000, { ok: false, reason: { en: "x", zh: "x" } });
  expect(await inPanel("trace").findByText(/not available here to compare/, undefined, { timeout: 10_000 })).toBeInTheDocument();
});

test("a workbook stamped with the loaded version shows no note", async () => {
  const loaded = { version: bundledDataset().version, hash: datasetContentHash(bundledDataset()) };
  const { operations } = pane('=CN.AISUBSIDY("成都高新区","model")', 30_000_000, { ok: true, dataset: older, from: "kept" }, loaded);
  expect(await inPanel("trace").findByText("Chengdu Hi-tech Zone (成都高新区)", undefined, { timeout: 10_000 })).toBeInTheDocument();
  await new Promise((r) => setTimeout(r, 50));
  expect(operations.readWorkbookStamp).toHaveBeenCalled();
  expect(inPanel("trace").queryByText(/computed with version|The same with version/)).not.toBeInTheDocument();
});

test("the stamped version is looked up once, not again for each traced cell", async () => {
  const { operations, services } = pane('=CN.AISUBSIDY("成都高新区","model")', 30_000_000, { ok: true, dataset: older, from: "kept" });
  await inPanel("trace").findByText(/this cell was 35,000,000 then/, undefined, { timeout: 10_000 });
  // (Opening the workbook also reads its stamp and checks it in the Data view: count only what tracing adds.)
  await act(async () => {
    await new Promise((r) => setTimeout(r, 100));
  });
  const reads = operations.readWorkbookStamp.mock.calls.length;
  const lookups = (services.findVersion as jest.Mock).mock.calls.length;
  operations.readTraceSnapshot.mockResolvedValue({ sheet: "Model", address: "B4", formula: "", value: "", references: [] });
  await act(async () => {
    operations.watchSelection.mock.calls[0][0]();
    await new Promise((r) => setTimeout(r, 400));
  });
  await inPanel("trace").findByText(/The cell is empty/, undefined, { timeout: 10_000 });
  operations.readTraceSnapshot.mockResolvedValue({
    sheet: "Model",
    address: "B3",
    formula: '=CN.AISUBSIDY("成都高新区","model")',
    value: 30_000_000,
    references: [],
  });
  await act(async () => {
    operations.watchSelection.mock.calls[0][0]();
    await new Promise((r) => setTimeout(r, 400));
  });
  await inPanel("trace").findByText(/this cell was 35,000,000 then/, undefined, { timeout: 10_000 });
  expect(operations.readWorkbookStamp).toHaveBeenCalledTimes(reads);
  expect(services.findVersion).toHaveBeenCalledTimes(lookups);
});
