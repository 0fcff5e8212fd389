/**
 * Where the saved dataset is kept: the storage adapters (localStorage with its quota,
 * OfficeRuntime.storage first, memory last) and the storage budget (OfficeRuntime.storage: 10 MB
 * per domain, shared): what fits gzipped, what is refused without losing the previous copy, and
 * plain JSON where the page cannot gzip.
 */
import { bundledDataset } from "../../src/data/bundled";
import { signedFetch } from "../support/signing";
import { aisubsidy } from "../../src/core/api/formulas";
import { DATASET_KEY, DATASET_STORAGE_BUDGET, readPersistedDataset, restorePersistedDataset, saveDataset } from "../../src/data/persist";
import { RefreshFailure } from "../../src/data/refresh-error";
import { defaultStorage, memoryStorage, webStorage, type KeyValueStorage, type WebStorageLike } from "../../src/data/storage";
import { currentAtlas, resetStoreForTests } from "../../src/data/store";
import { refreshDataset } from "../../src/data/refresh";
import { scaledDataset, variant } from "../support/datasets";
import { PROVENANCE, SAVED, signedProvenance } from "./persist-fixture";

let map: Map<string, string>;
let storage: KeyValueStorage;

beforeEach(async () => {
  resetStoreForTests();
  map = new Map();
  storage = memoryStorage(map);
});

afterAll(() => resetStoreForTests());

describe("storage adapters", () => {
  /** A Web Storage with a quota, like localStorage. */
  function fakeWebStorage(quota = Infinity): WebStorageLike & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => {
        if (v.length > quota) throw new DOMException("exceeded the quota", "QuotaExceededError");
        items.set(k, v);
      },
      removeItem: (k) => void items.delete(k),
    };
  }

  const withGlobal = async (name: string, value: unknown, run: () => Promise<void>): Promise<void> => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, name);
    const get = (): unknown => {
      if (value instanceof Error) throw value; // e.g. localStorage in a sandboxed frame
      return value;
    };
    Object.defineProperty(globalThis, name, { configurable: true, get });
    try {
      await run();
    } finally {
      if (saved) Object.defineProperty(globalThis, name, saved);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  };

  test("localStorage round trip, and a quota error becomes a storage error", async () => {
    const local = webStorage(fakeWebStorage());
    await saveDataset(local, SAVED, signedProvenance(SAVED));
    expect(await readPersistedDataset(local)).toMatchObject({ status: "ok", dataset: { version: "2025.04.01" }, provenance: PROVENANCE });

    const tiny = webStorage(fakeWebStorage(1000));
    const failure = await saveDataset(tiny, SAVED, signedProvenance(SAVED)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RefreshFailure);
    expect((failure as RefreshFailure).error).toMatchObject({ code: "storage", detail: expect.stringContaining("QuotaExceededError") });
  });

  test("defaultStorage prefers OfficeRuntime.storage, then localStorage, then memory", async () => {
    const office = new Map<string, string>();
    const officeStorage = {
      getItem: async (k: string) => office.get(k) ?? null,
      setItem: async (k: string, v: string) => void office.set(k, v),
      removeItem: async (k: string) => void office.delete(k),
    };
    const local = fakeWebStorage();
    await withGlobal("localStorage", local, async () => {
      await withGlobal("OfficeRuntime", { storage: officeStorage }, async () => {
        const s = defaultStorage();
        expect(s.kind).toBe("office-runtime");
        await s.setItem("k", "v");
        expect(office.get("k")).toBe("v");
      });
      const s = defaultStorage();
      expect(s.kind).toBe("local-storage");
      await s.setItem("k", "w");
      expect(local.items.get("k")).toBe("w");
    });
    await withGlobal("localStorage", Object.assign(new Error("access denied"), { name: "SecurityError" }), async () => {
      expect(defaultStorage().kind).toBe("memory");
    });
  });
});

describe("the storage budget (OfficeRuntime.storage: 10 MB per domain, shared)", () => {
  test("today's dataset and one 100× its size fit gzipped, well within the budget", async () => {
    const today = await saveDataset(storage, bundledDataset(), signedProvenance(bundledDataset()));
    const large = await saveDataset(storage, scaledDataset(100), signedProvenance(scaledDataset(100)));
    expect(today.encoding).toBe("gzip-base64");
    expect(today.stored).toBeLessThan(DATASET_STORAGE_BUDGET / 50);
    expect(large.json).toBeGreaterThan(DATASET_STORAGE_BUDGET); // plain, it would not fit
    expect(large.stored).toBeLessThan(DATASET_STORAGE_BUDGET / 2);
    console.log(
      `saved copy: today ${today.json} characters of JSON → ${today.stored} stored; 100× ${large.json} → ${large.stored}; budget ${DATASET_STORAGE_BUDGET}`,
    );
  });

  test("a copy over the budget is not written, the previous copy stays, and the error says why", async () => {
    await saveDataset(storage, SAVED, signedProvenance(SAVED));
    const before = map.get(DATASET_KEY);
    const small = memoryStorage(map, { budget: 2_000 });
    const error = await saveDataset(small, variant("2025.05.01"), signedProvenance(variant("2025.05.01"))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefreshFailure);
    expect((error as RefreshFailure).error).toMatchObject({
      code: "storage-budget",
      detail: expect.stringMatching(
        /saving 2025\.05\.01 \(memory\): \d+ characters \(gzip-base64, from \d+ of JSON\) over the budget of 2000/,
      ),
      message: { en: expect.stringContaining("loaded and in use, but it was not saved"), zh: expect.stringContaining("未能保存") },
    });
    expect(map.get(DATASET_KEY)).toBe(before);
  });

  test("a refresh that does not fit: the new data loads and is used, the user is told, the next start restores the previous copy", async () => {
    await saveDataset(storage, SAVED, signedProvenance(SAVED));
    const newer = variant("2025.05.01");
    const fetchImpl = signedFetch(JSON.stringify(newer));
    const result = await refreshDataset({
      url: "https://data.example.com/atlas.json",
      storage: memoryStorage(map, { budget: 2_000 }),
      fetchImpl,
    });
    expect(result).toMatchObject({ status: "updated", persistence: "not-saved", saveError: { code: "storage-budget" } });
    expect(currentAtlas().dataset.version).toBe("2025.05.01");
    expect(aisubsidy(currentAtlas(), "成都高新区", "model")).toBe(30_000_000);
    resetStoreForTests();
    expect(await restorePersistedDataset(memoryStorage(map))).toMatchObject({ status: "restored" });
    expect(currentAtlas().dataset.version).toBe("2025.04.01");
  });

  test("where the page cannot gzip, plain JSON is saved if it fits, and a larger dataset is refused, not half-written", async () => {
    const scope = globalThis as { CompressionStream?: unknown };
    const original = scope.CompressionStream;
    delete scope.CompressionStream;
    try {
      expect(await saveDataset(storage, SAVED, signedProvenance(SAVED))).toMatchObject({ encoding: "json" });
      expect(map.get(DATASET_KEY)).toMatch(/^AI-POLICY-ATLAS-DATASET\/2 .*"encoding":"json"/);
      expect(await readPersistedDataset(storage)).toMatchObject({ status: "ok", dataset: SAVED });
      const error = await saveDataset(storage, scaledDataset(100), signedProvenance(scaledDataset(100))).catch((e: unknown) => e);
      expect((error as RefreshFailure).error.code).toBe("storage-budget");
      expect(await readPersistedDataset(storage)).toMatchObject({ status: "ok", dataset: SAVED });
    } finally {
      scope.CompressionStream = original;
    }
  });
});
