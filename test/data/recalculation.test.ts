/**
 * When a dataset swap recalculates the workbook (src/data/recalculation.ts): only when CN cells
 * may show other content than what is now loaded. What the functions read is noted by the store.
 */
import { Atlas } from "../../src/core/names/atlas";
import { bundledDataset } from "../../src/data/bundled";
import { recalculationAfterSwap } from "../../src/data/recalculation";
import { currentAtlas, lastServedData, loadedData, resetStoreForTests, servedData, type LoadedData } from "../../src/data/store";
import { variant } from "../support/datasets";

afterEach(() => resetStoreForTests());

const loaded = (dataset = bundledDataset(), origin: LoadedData["origin"] = "refreshed"): LoadedData => ({
  atlas: new Atlas(dataset),
  origin,
  loadedAt: "2025-04-01T00:00:00Z",
});

describe("what the functions served", () => {
  test("a worksheet function's read is noted; the pane's and the data layer's reads of loadedData are not", () => {
    loadedData();
    expect(lastServedData()).toBeUndefined();
    currentAtlas();
    expect(lastServedData()).toBe(loadedData());
    resetStoreForTests();
    expect(servedData()).toBe(lastServedData());
  });
});

describe("the decision after a swap", () => {
  test("nothing computed in this runtime: a restore needs none, a refresh recalculates", async () => {
    expect(await recalculationAfterSwap(loaded(variant("2025.04.01"), "stored"), undefined)).toEqual({
      recalculate: false,
      reason: "nothing-served",
    });
    expect(await recalculationAfterSwap(loaded(variant("2025.04.01"), "refreshed"), undefined)).toEqual({
      recalculate: true,
      reason: "refreshed",
    });
  });

  test("cells computed from other content recalculate; from equal content (another copy) they do not", async () => {
    const served = loaded(bundledDataset(), "bundled");
    expect(await recalculationAfterSwap(loaded(variant("2025.04.01"), "stored"), served)).toEqual({
      recalculate: true,
      reason: "served-other-content",
    });
    expect(await recalculationAfterSwap(loaded(structuredClone(bundledDataset()), "stored"), served)).toEqual({
      recalculate: false,
      reason: "same-content",
    });
    const oneCapChanged = variant("2025.03.22.1", (d) => {
      d.incentives[0].cap = (d.incentives[0].cap ?? 0) + 1;
    });
    expect((await recalculationAfterSwap(loaded(oneCapChanged), served)).recalculate).toBe(true);
  });

  test("where the content cannot be compared (no Web Crypto), it recalculates", async () => {
    const scope = globalThis as { crypto?: unknown };
    const original = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      expect(scope.crypto).toBeUndefined();
      expect(await recalculationAfterSwap(loaded(variant("2025.04.01")), loaded(variant("2025.04.02")))).toEqual({
        recalculate: true,
        reason: "served-other-content",
      });
    } finally {
      if (original) Object.defineProperty(globalThis, "crypto", original);
    }
  });
});
