/**
 * Data: the status of the loaded dataset, start-up messages, the refresh settings, and the
 * refresh flow (progress, the change summary, the question before loading older data, failures
 * in the user's language with details), with the network replaced by a mocked refresh.
 */
import { act } from "@testing-library/react";
import { diffDatasets } from "../../../../src/data/diff";
import { fellBackMessage, refreshError, updatedMessage } from "../../../../src/data/messages";
import { saveDataset, saveError } from "../../../../src/data/persist";
import type { RefreshResult } from "../../../../src/data/refresh";
import { memoryStorage } from "../../../../src/data/storage";
import { loadedData } from "../../../../src/data/store";
import { versionOf } from "../../../../src/data/version";
import { createDataServices, type DataServices } from "../../../../src/taskpane/host/data-services";
import { createStartupMonitor } from "../../../../src/taskpane/host/startup";
import { byId, variant } from "../../../support/datasets";
import { inPanel, renderPane, screen, TEST_DATA_URL, within } from "../../support/render-pane";

/** Resolves on a later task, as a download would (not inside the click that started it). */
function later<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), 10));
}

/** Real settings in memory; the refresh itself a mock. */
function services(refresh: jest.Mock<Promise<RefreshResult>, Parameters<DataServices["refresh"]>>): DataServices {
  return { ...createDataServices(memoryStorage(), TEST_DATA_URL), refresh };
}

function updatedResult(): Extract<RefreshResult, { status: "updated" }> {
  const before = loadedData().atlas.dataset;
  const after = variant("2025.04.01", (d) => {
    byId(d.incentives, "cdht-model").cap = 35_000_000;
    byId(d.incentives, "cdht-rnd").rate = 0.12;
  });
  const changes = diffDatasets(before, after);
  return {
    status: "updated",
    from: versionOf(before),
    to: versionOf(after),
    changes,
    loaded: loadedData(),
    persistence: "saved",
    message: updatedMessage(changes.summary),
  };
}

async function refreshButton(): Promise<HTMLElement> {
  const button = inPanel("data").getByRole("button", { name: "Refresh data" });
  // Enabled once the settings are read.
  await screen.findByText(TEST_DATA_URL, { exact: false });
  return button;
}

describe("Data", () => {
  test("shows version, as-of date, counts, origin, times and storage", async () => {
    renderPane({ view: "data" });
    await screen.findByText(TEST_DATA_URL, { exact: false });
    const data = inPanel("data");
    expect(data.getByTestId("data-version")).toHaveTextContent("2025.03.22.3");
    expect(data.getByTestId("data-as-of")).toHaveTextContent("2025-03-22 · 618 days old"); // the test clock: 2026-11-30
    expect(data.getByText("9 regions · 15 funds · 9 policies · 11 incentives · 12 targets · 2 sources")).toBeInTheDocument();
    expect(data.getByText("The dataset built into the add-in")).toBeInTheDocument();
    expect(data.getByText("Not refreshed yet")).toBeInTheDocument();
    expect(data.getByText("Memory only (not kept)")).toBeInTheDocument();
  });

  test("a refresh shows its progress, then what changed, and in Excel that CN formulas were recalculated", async () => {
    let finish: (result: RefreshResult) => void = () => undefined;
    const refresh = jest.fn<Promise<RefreshResult>, Parameters<DataServices["refresh"]>>(
      (options) =>
        new Promise((resolve) => {
          options.onProgress?.({ phase: "fetching", bytes: 20_480, totalBytes: 40_960 });
          finish = resolve;
        }),
    );
    const startup = createStartupMonitor({ restore: { status: "kept", reason: "nothing-saved" }, startCheck: { status: "off" } });
    const { user } = renderPane({ view: "data", services: services(refresh), startup });
    await user.click(await refreshButton());
    expect(refresh).toHaveBeenCalledWith(expect.objectContaining({ url: TEST_DATA_URL, allowOlder: false }));
    expect(inPanel("data").getByText("Downloading · 20 KB")).toBeInTheDocument();
    expect(inPanel("data").getByRole("progressbar", { name: "Downloading" })).toHaveAttribute("aria-valuenow", "0.5");
    expect(inPanel("data").getByRole("button", { name: "Refreshing…" })).toHaveAttribute("aria-disabled", "true");

    await act(async () => {
      finish(updatedResult());
      startup.update({ recalculation: { status: "running", version: "2025.04.01" } });
    });
    expect(screen.getByText("Data updated. 2025.03.22.3 → 2025.04.01: 2 incentives changed")).toBeInTheDocument();
    expect(screen.getByText("Recalculating the CN formulas in the workbook…")).toBeInTheDocument();
    await user.click(inPanel("data").getByRole("button", { name: "Show the 2 changes" }));
    expect(screen.getByText("incentive cdht-model: cap 30000000 → 35000000")).toBeInTheDocument();
    act(() => startup.update({ recalculation: { status: "done", version: "2025.04.01", at: new Date().toISOString() } }));
    expect(screen.getByText("CN formulas in the workbook recalculated with version 2025.04.01.")).toBeInTheDocument();
  });

  test("an older dataset is loaded only after the user confirms", async () => {
    const older = variant("2025.01.01");
    const refresh = jest
      .fn<Promise<RefreshResult>, Parameters<DataServices["refresh"]>>()
      .mockResolvedValueOnce({
        status: "older-needs-confirmation",
        loaded: versionOf(loadedData().atlas.dataset),
        offered: versionOf(older),
        message: { en: "The published dataset (version 2025.01.01) is older. Load the older data anyway?", zh: "更旧。仍要加载旧数据吗?" },
      })
      .mockResolvedValueOnce({
        status: "unchanged",
        version: versionOf(older),
        message: { en: "The data is up to date.", zh: "数据已是最新。" },
      });
    const { user } = renderPane({ view: "data", services: services(refresh) });
    await user.click(await refreshButton());
    // Asked inline (a warning with actions), not in a modal dialog: nothing is hidden from the accessibility tree meanwhile.
    const question = await screen.findByRole("group", { name: "Load older data?" });
    expect(within(question).getByText(/is older. Load the older data anyway\?/)).toBeInTheDocument();
    await user.click(within(question).getByRole("button", { name: "Load the older data" }));
    expect(refresh).toHaveBeenLastCalledWith(expect.objectContaining({ allowOlder: true }));
    expect(await screen.findByText("The data is up to date.")).toBeInTheDocument();
  });

  test("keeping the current data closes the question without loading", async () => {
    const refresh = jest.fn<Promise<RefreshResult>, Parameters<DataServices["refresh"]>>(() =>
      later({
        status: "older-needs-confirmation",
        loaded: versionOf(loadedData().atlas.dataset),
        offered: { version: "2025.01.01", asOf: "2025-01-01" },
        message: { en: "Older. Load anyway?", zh: "更旧。" },
      }),
    );
    const { user } = renderPane({ view: "data", services: services(refresh) });
    await user.click(await refreshButton());
    await user.click(await screen.findByRole("button", { name: "Keep the current data" }));
    expect(screen.queryByRole("group", { name: "Load older data?" })).not.toBeInTheDocument();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test("a failure is explained in the user's language, with the technical detail behind a toggle", async () => {
    const error = refreshError("http", "GET https://localhost:3000/data/atlas-dataset.json → 404 Not Found", { status: 404 });
    const refresh = jest.fn<Promise<RefreshResult>, Parameters<DataServices["refresh"]>>().mockResolvedValue({ status: "failed", error });
    const { user } = renderPane({ view: "data", services: services(refresh), displayLanguage: "zh" });
    await screen.findByText(TEST_DATA_URL, { exact: false });
    await user.click(screen.getByRole("button", { name: "刷新数据" }));
    expect(await screen.findByText("刷新失败")).toBeInTheDocument();
    expect(screen.getByText(error.message.zh)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "技术详情" }));
    expect(screen.getByText("GET https://localhost:3000/data/atlas-dataset.json → 404 Not Found")).toBeInTheDocument();
    expect(screen.getByText("http")).toBeInTheDocument();
  });

  test.each([
    ["en", "Refresh data", "Not saved for the next start:", "loaded and in use, but it was not saved for the next start"],
    ["zh", "刷新数据", "未能保存供下次启动使用：", "新数据已加载并正在使用，但未能保存供下次启动使用"],
  ] as const)(
    "a refreshed dataset over the storage budget is used, and the pane says it was not saved (%s)",
    async (language, button, label, text) => {
      // The save error as the data layer makes it: a real save into a store with a 2,000-character budget.
      const thrown = await saveDataset(memoryStorage(new Map(), { budget: 2_000 }), variant("2025.04.01"), {}).catch((e: unknown) => e);
      const notSaved: RefreshResult = { ...updatedResult(), persistence: "not-saved", saveError: saveError(thrown) };
      expect(notSaved.saveError?.code).toBe("storage-budget");
      const refresh = jest.fn<Promise<RefreshResult>, Parameters<DataServices["refresh"]>>().mockResolvedValue(notSaved);
      const { user } = renderPane({ view: "data", services: services(refresh), displayLanguage: language });
      await screen.findByText(TEST_DATA_URL, { exact: false });
      await user.click(screen.getByRole("button", { name: button }));
      const shown = await screen.findByText(
        (_content, element) => element?.textContent?.startsWith(label) === true && element.children.length === 0,
      );
      expect(shown).toBeVisible();
      expect(shown.textContent).toContain(text);
      expect(shown.textContent).toContain(notSaved.saveError?.message[language]);
    },
  );

  test("the refresh address is checked (https only) and saved; the start-up check is a saved switch", async () => {
    const refresh = jest.fn<Promise<RefreshResult>, Parameters<DataServices["refresh"]>>().mockResolvedValue({
      status: "unchanged",
      version: versionOf(loadedData().atlas.dataset),
      message: { en: "Up to date.", zh: "已是最新。" },
    });
    const svc = services(refresh);
    const { user } = renderPane({ view: "data", services: svc });
    await refreshButton();
    const address = inPanel("data").getByLabelText("Dataset address");
    await user.type(address, "http://data.example.com/atlas.json");
    await user.click(inPanel("data").getByRole("button", { name: "Save address" }));
    expect(await screen.findByText(/must start with https:\/\//)).toBeInTheDocument();
    expect(address).toHaveAttribute("aria-invalid", "true");

    await user.clear(address);
    await user.type(address, "https://data.example.com/atlas.json");
    await user.click(inPanel("data").getByRole("button", { name: "Save address" }));
    expect(await screen.findByText("Address saved.")).toBeInTheDocument();
    await user.click(inPanel("data").getByRole("button", { name: "Refresh data" }));
    expect(refresh).toHaveBeenLastCalledWith(expect.objectContaining({ url: "https://data.example.com/atlas.json" }));

    const check = inPanel("data").getByRole("checkbox", { name: "Check for a newer dataset when the add-in starts" });
    expect(check).not.toBeChecked();
    await user.click(check);
    expect(await svc.loadSettings()).toMatchObject({ checkOnStart: true, refreshUrl: "https://data.example.com/atlas.json" });
    expect(check).toBeChecked();
  });

  test("start-up messages: an unusable saved copy and a failed start-up check are shown", async () => {
    const version = versionOf(loadedData().atlas.dataset);
    const startup = createStartupMonitor({
      restore: {
        status: "fell-back",
        reason: "checksum",
        message: fellBackMessage(version),
        detail: "the saved copy's checksum does not match",
      },
      startCheck: { status: "failed", error: refreshError("network", "TypeError: Failed to fetch") },
    });
    renderPane({ view: "data", startup });
    await screen.findByText(TEST_DATA_URL, { exact: false });
    expect(screen.getByText(fellBackMessage(version).en)).toBeInTheDocument();
    expect(screen.getByText(/Could not reach the data server/)).toBeInTheDocument();
  });
});
