/**
 * "Changes in this workbook" in the pane: the check lists every changed CN cell (old → new, why,
 * a link that selects it, counts per sheet), says when nothing changed or a version cannot be had,
 * accepts (restamp) or keeps the old figures, opens by itself for a workbook stamped with another
 * version, and in the browser preview compares pasted formulas between two versions.
 */
import { act } from "@testing-library/react";
import type { ReferenceNode } from "../../../../src/core/formula/formula-syntax";
import { Atlas } from "../../../../src/core/names/atlas";
import { planComparison } from "../../../../src/core/sheets/comparison-plan";
import { sourcesBlock } from "../../../../src/core/sheets/sources-plan";
import { bundledDataset } from "../../../../src/data/bundled";
import { datasetContentHash } from "../../../../src/data/content-hash";
import { memoryStorage } from "../../../../src/data/storage";
import { resetStoreForTests, swapDataset } from "../../../../src/data/store";
import { createDataServices, type DataServices } from "../../../../src/taskpane/host/data-services";
import { changedVersion } from "../../../support/changed-versions";
import { inPanel, mockOperations, renderPane, screen, TEST_DATA_URL } from "../../support/render-pane";

const loaded = () => ({ version: bundledDataset().version, hash: datasetContentHash(bundledDataset()) });
/** The workbook was computed with a version whose Chengdu model cap was 3500万; the loaded (bundled) one says 3000万. */
const older = changedVersion("model cap 3500万");
const olderStamp = { version: older.version, hash: datasetContentHash(older) };

function services(found: Awaited<ReturnType<DataServices["findVersion"]>> = { ok: true, dataset: older, from: "kept" }): DataServices {
  return { ...createDataServices(memoryStorage(), TEST_DATA_URL), findVersion: jest.fn().mockResolvedValue(found) };
}

function excelWorkbook(stamp = olderStamp) {
  const operations = mockOperations("excel");
  const values: Record<string, string | number> = { A1: "成都高新区" };
  operations.readWorkbookCnCells.mockResolvedValue({
    formulas: [
      { sheet: "Model", row: 2, column: 1, formula: '=CN.AISUBSIDY(A1,"model")' },
      { sheet: "Model", row: 3, column: 1, formula: '=CN.AIFUND("广东")' },
      { sheet: "IC memo", row: 0, column: 0, formula: '=CN.AISUBSIDY("成都高新区","model",200000000)' },
    ],
    valuesOf: (_sheet: string, ref: ReferenceNode) => [[values[ref.address.replace(/\$/g, "")] ?? ""]],
    sheetStamps: new Map(),
    rowsOf: () => undefined,
  });
  operations.readWorkbookStamp.mockResolvedValue(stamp);
  return operations;
}

afterEach(() => resetStoreForTests());

test("a check lists each changed cell with old → new, why, a link to it and the counts per sheet", async () => {
  const operations = excelWorkbook();
  const { user } = renderPane({ view: "data", operations, services: services() });
  await user.click(await inPanel("data").findByRole("button", { name: "Check this workbook" }));
  expect(await inPanel("data").findByText(`2 cells change from version ${older.version} to ${loaded().version}.`)).toBeInTheDocument();
  const data = inPanel("data");
  expect(data.getByText("Model: 1")).toBeInTheDocument();
  expect(data.getByText("IC memo: 1")).toBeInTheDocument();
  expect(data.getByRole("button", { name: "Go to 'IC memo'!A1" })).toBeInTheDocument();
  expect(data.getAllByText("35,000,000 → 30,000,000")).toHaveLength(2);
  expect(data.getAllByText(/incentive cdht-model: cap 35000000 → 30000000/)).toHaveLength(2);
  await user.click(data.getByRole("button", { name: "Go to Model!B3" }));
  expect(operations.selectCell).toHaveBeenCalledWith("Model", "B3");
  // The fund did not change: it is not listed.
  expect(data.queryByText(/Model!B4/)).not.toBeInTheDocument();
});

test("Accept restamps the workbook with the loaded version", async () => {
  const operations = excelWorkbook();
  const { user } = renderPane({ view: "data", operations, services: services() });
  await user.click(await inPanel("data").findByRole("button", { name: "Check this workbook" }));
  await user.click(await inPanel("data").findByRole("button", { name: "Accept the new figures" }));
  expect(operations.stampWorkbook).toHaveBeenCalledWith(loaded(), []);
  expect(await inPanel("data").findByText(`The workbook now records version ${loaded().version}.`)).toBeInTheDocument();
});

test("Keep the old figures writes the old values of exactly the changed cells, noted with their version", async () => {
  const operations = excelWorkbook();
  operations.keepOldFigures.mockResolvedValue({ kept: 2, sourcesSheetName: "AI Atlas Sources" });
  const { user } = renderPane({ view: "data", operations, services: services() });
  await user.click(await inPanel("data").findByRole("button", { name: "Check this workbook" }));
  await user.click(await inPanel("data").findByRole("button", { name: "Keep the old figures" }));
  const plan = operations.keepOldFigures.mock.calls[0][0];
  expect(plan.cells.map((c) => [c.sheet, c.row, c.column, c.value])).toEqual([
    ["Model", 2, 1, 35_000_000],
    ["IC memo", 0, 0, 35_000_000],
  ]);
  expect(String(plan.note.values[0][0])).toContain(older.version);
  expect(await inPanel("data").findByText("2 old figures kept as values; noted on “AI Atlas Sources”.")).toBeInTheDocument();
});

test("a workbook stamped with the loaded version: nothing changed", async () => {
  const operations = excelWorkbook(loaded());
  const { user } = renderPane({ view: "data", operations, services: services() });
  await user.click(await inPanel("data").findByRole("button", { name: "Check this workbook" }));
  expect(
    await inPanel("data").findByText(
      `Nothing in this workbook changed: its 3 CN formulas give the same figures with version ${loaded().version}.`,
    ),
  ).toBeInTheDocument();
});

test("a stamped version neither kept nor published: the cells that cannot be compared, and why", async () => {
  const reason = { en: `Data version ${older.version} is not kept on this computer and could not be fetched from x: HTTP 404.`, zh: "…" };
  const operations = excelWorkbook();
  const { user } = renderPane({ view: "data", operations, services: services({ ok: false, reason }) });
  await user.click(await inPanel("data").findByRole("button", { name: "Check this workbook" }));
  expect(await inPanel("data").findByText("3 CN cells on Model, IC memo cannot be compared:")).toBeInTheDocument();
  expect(inPanel("data").getByText(reason.en)).toBeInTheDocument();
  expect(inPanel("data").queryByRole("button", { name: "Accept the new figures" })).not.toBeInTheDocument();
});

test("opening a workbook stamped with another version opens the Data view and lists its changes by itself", async () => {
  const operations = excelWorkbook();
  renderPane({ view: "explore", operations, services: services() });
  expect(await screen.findByText(`2 cells change from version ${older.version} to ${loaded().version}.`)).toBeInTheDocument();
  expect(screen.getByRole("tab", { name: /Data/ })).toHaveAttribute("aria-selected", "true");
});

test("the browser preview compares pasted formulas between the version before the refresh and the loaded one", async () => {
  const { user } = renderPane({ view: "data", host: "preview", services: services() });
  act(() => {
    swapDataset(older, "refreshed");
  });
  await user.click(await inPanel("data").findByRole("button", { name: "Compare formulas between versions" }));
  await user.type(
    await inPanel("data").findByLabelText(/CN formulas to compare/),
    '=CN.AISUBSIDY("成都高新区","model"){enter}=CN.AIFUND("广东")',
  );
  await user.click(inPanel("data").getByRole("button", { name: "Compare" }));
  expect(await inPanel("data").findByText(`1 cell changes from version ${loaded().version} to ${older.version}.`)).toBeInTheDocument();
  expect(inPanel("data").getByText("30,000,000 → 35,000,000")).toBeInTheDocument();
});

test("a static figure whose record changed is listed with the new figure, and nothing is said to be unchanged", async () => {
  // A static comparison computed with the older version, cited on its Sources sheet; no CN formulas.
  const plan = planComparison(new Atlas(older), {
    regionIds: ["chengdu-hitech"],
    categoryIds: ["model"],
    orientation: "categories-as-rows",
    mode: "static",
    unit: "yuan",
    language: "en",
  });
  const sources = sourcesBlock(plan.sources, plan.sheetName).values;
  const operations = mockOperations("excel");
  operations.readWorkbookCnCells.mockResolvedValue({
    formulas: [],
    valuesOf: () => undefined,
    sheetStamps: new Map(),
    rowsOf: (sheet: string) => (sheet === "AI Atlas Sources" ? sources : undefined),
  });
  operations.readWorkbookStamp.mockResolvedValue(olderStamp);
  const { user } = renderPane({ view: "data", operations, services: services() });
  await user.click(await inPanel("data").findByRole("button", { name: "Check this workbook" }));
  expect(await inPanel("data").findByText(/Static figures of “AI Subsidy Comparison” \(version 2026\.12\.01\)/)).toBeInTheDocument();
  expect(inPanel("data").getByText("35,000,000 → 30,000,000")).toBeInTheDocument();
  expect(inPanel("data").queryByText(/Nothing in this workbook changed|has no CN formulas/)).not.toBeInTheDocument();
  expect(inPanel("data").getByRole("button", { name: "Accept the new figures" })).toBeInTheDocument();
});

test("the version several Sources blocks name is looked up once per check", async () => {
  const block = (sheetName: string) =>
    sourcesBlock(
      planComparison(new Atlas(older), {
        regionIds: ["chengdu-hitech"],
        categoryIds: ["model"],
        orientation: "categories-as-rows",
        mode: "static",
        unit: "yuan",
        language: "en",
      }).sources,
      sheetName,
    ).values;
  const rows = [...block("Memo 1"), [], ...block("Memo 2"), [], ...block("Memo 3")];
  const operations = mockOperations("excel");
  operations.readWorkbookCnCells.mockResolvedValue({
    formulas: [],
    valuesOf: () => undefined,
    sheetStamps: new Map(),
    rowsOf: (sheet: string) => (sheet === "AI Atlas Sources" ? rows : undefined),
  });
  operations.readWorkbookStamp.mockResolvedValue(olderStamp);
  const found = services();
  // Stamped with another version: the check runs by itself when the workbook opens.
  renderPane({ view: "data", operations, services: found });
  expect(await inPanel("data").findByText(/Static figures of “Memo 3”/)).toBeInTheDocument();
  expect(inPanel("data").getAllByText("35,000,000 → 30,000,000")).toHaveLength(3);
  expect(found.findVersion).toHaveBeenCalledTimes(1);
});
