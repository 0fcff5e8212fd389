/**
 * The loaded-dataset store: a swap is one step that every listener hears about, a listener that
 * throws neither undoes the swap nor silences the others (its error surfaces on its own turn),
 * and a UI progress callback that throws does not break a refresh.
 */
import { refreshDataset } from "../../src/data/refresh";
import { signedFetch } from "../support/signing";
import { currentAtlas, loadedData, onDatasetSwap, resetStoreForTests, swapDataset } from "../../src/data/store";
import { variant } from "../support/datasets";

beforeEach(() => resetStoreForTests());
afterEach(() => {
  jest.useRealTimers();
  resetStoreForTests();
});

test("a throwing listener: the swap stands, the other listeners run, the error is rethrown later", () => {
  jest.useFakeTimers();
  const heard: string[] = [];
  onDatasetSwap(() => {
    throw new Error("recalculation failed");
  });
  onDatasetSwap((next) => heard.push(next.atlas.dataset.version));
  const loaded = swapDataset(variant("2025.04.01"), "refreshed", { url: "https://x.example/a.json" });
  expect(loadedData()).toBe(loaded);
  expect(currentAtlas().dataset.version).toBe("2025.04.01");
  expect(heard).toEqual(["2025.04.01"]);
  expect(() => jest.runOnlyPendingTimers()).toThrow("recalculation failed");
});

test("unsubscribing stops the notifications", () => {
  const heard: string[] = [];
  const stop = onDatasetSwap((next) => heard.push(next.atlas.dataset.version));
  swapDataset(variant("2025.04.01"), "refreshed");
  stop();
  swapDataset(variant("2025.04.02"), "refreshed");
  expect(heard).toEqual(["2025.04.01"]);
});

test("a progress callback that throws does not stop the refresh", async () => {
  jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask", "setImmediate"] });
  const body = JSON.stringify(variant("2025.04.01"));
  const fetchImpl = signedFetch(body);
  const result = await refreshDataset({
    url: "https://data.example.com/atlas.json",
    fetchImpl,
    onProgress: () => {
      throw new Error("the pane is gone");
    },
  });
  expect(result).toMatchObject({ status: "updated", to: { version: "2025.04.01" } });
  expect(() => jest.runOnlyPendingTimers()).toThrow("the pane is gone");
});
