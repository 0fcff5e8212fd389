/**
 * index.tsx, the only module that touches Office: with Office.onReady reporting no host it mounts
 * the browser preview; reporting Excel it mounts the Excel pane in Office's language and theme,
 * and wires the start-up services so a dataset swap recalculates the workbook through Excel.run.
 */
import { act, screen, waitFor } from "@testing-library/react";
import type * as Store from "../../src/data/store";
import { variant } from "../support/datasets";

interface FakeOffice {
  onReady: (callback: (info: { host: string | null }) => void) => void;
  HostType: { Excel: string };
  context?: object;
}

const scope = globalThis as unknown as { Office?: FakeOffice; Excel?: { run: jest.Mock } };

/** Loads index.tsx in a fresh module registry with `office` as the global Office; returns that registry's store. */
function startPane(office: FakeOffice): typeof Store {
  document.body.innerHTML = '<div id="root"></div>';
  delete document.documentElement.dataset.paneReady;
  scope.Office = office;
  let store: typeof Store | undefined;
  jest.isolateModules(() => {
    store = jest.requireActual<typeof Store>("../../src/data/store");
    jest.requireActual("../../src/taskpane/index");
  });
  if (!store) throw new Error("store not loaded");
  return store;
}

afterEach(() => {
  delete scope.Office;
  delete scope.Excel;
  localStorage.clear();
});

test("outside Office (no host) the pane mounts as the browser preview", async () => {
  startPane({ onReady: (callback) => callback({ host: null }), HostType: { Excel: "Excel" } });
  await waitFor(() => expect(document.documentElement.dataset.paneReady).toBe("true"), { timeout: 15_000 });
  expect(screen.getAllByText("Browser preview").length).toBeGreaterThan(0);
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("AI Policy Atlas");
});

test("in Excel it follows Office's language and theme, and a dataset swap recalculates the workbook via Excel.run", async () => {
  const calculate = jest.fn();
  const run = jest.fn(async (batch: (context: unknown) => Promise<unknown>) =>
    batch({ workbook: { application: { calculate } }, sync: jest.fn().mockResolvedValue(undefined) }),
  );
  scope.Excel = { run };
  const store = startPane({
    onReady: (callback) => callback({ host: "Excel" }),
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" } },
  });
  await waitFor(() => expect(document.documentElement.dataset.paneReady).toBe("true"), { timeout: 15_000 });
  expect(screen.getByRole("tab", { name: "计算器" })).toBeInTheDocument();
  expect(document.querySelector("[data-theme]")).toHaveAttribute("data-theme", "dark");
  expect(screen.queryByText("浏览器预览")).not.toBeInTheDocument();

  act(() => {
    store.swapDataset(variant("2025.04.01"), "refreshed");
  });
  await waitFor(() => expect(calculate).toHaveBeenCalledWith("Full"));
  expect(run).toHaveBeenCalled();
});
