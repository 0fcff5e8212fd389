/**
 * The saved dataset: a round trip through storage keeps the data and its provenance; start-up
 * restore loads it only when valid and not older than the bundled dataset; every kind of damage
 * (truncation, a changed character, a broken header, a valid checksum over an invalid dataset,
 * an unreadable store) falls back to the bundled dataset and says so; the storage adapters.
 */
import { bundledDataset } from "../../src/data/bundled";
import { sha256Hex } from "../../src/data/checksum";
import { gunzipBase64 } from "../../src/data/compression";
import { aisubsidy } from "../../src/core/formulas";
import {
  DATASET_KEY,
  DATASET_STORAGE_BUDGET,
  clearPersistedDataset,
  readPersistedDataset,
  restorePersistedDataset,
  saveDataset,
  saveIfStillLoaded,
} from "../../src/data/persist";
import { RefreshFailure } from "../../src/data/refresh-error";
import { defaultStorage, memoryStorage, webStorage, type KeyValueStorage, type WebStorageLike } from "../../src/data/storage";
import { currentAtlas, loadedData, resetStoreForTests, swapDataset } from "../../src/data/store";
import { refreshDataset } from "../../src/data/refresh";
import { byId, scaledDataset, variant } from "../support/datasets";

const SAVED = variant("2025.04.01", (d) => {
  byId(d.incentives, "cdht-model").cap = 35_000_000;
});
const PROVENANCE = { url: "https://data.example.com/atlas.json", refreshedAt: "2025-04-02T08:00:00.000Z" };

let map: Map<string, string>;
let storage: KeyValueStorage;

beforeEach(async () => {
  resetStoreForTests();
  map = new Map();
  storage = memoryStorage(map);
});

afterAll(() => resetStoreForTests());

/** The stored value with one base64 character of its compressed data changed, half-way through. */
function changeOneCharacter(stored: string): string {
  const at = stored.indexOf("\n") + Math.floor((stored.length - stored.indexOf("\n")) / 2);
  return `${stored.slice(0, at)}${stored[at] === "A" ? "B" : "A"}${stored.slice(at + 1)}`;
}

/** A stored value in the first format (plain JSON) with a correct header over any text. */
async function envelope(json: string, header: Partial<Record<string, unknown>> = {}): Promise<string> {
  const h = {
    sha256: await sha256Hex(json),
    length: json.length,
    version: "2025.04.01",
    asOf: "2025-04-01",
    savedAt: "2025-04-02T08:00:00.000Z",
    ...header,
  };
  return `AI-POLICY-ATLAS-DATASET/1 ${JSON.stringify(h)}\n${json}`;
}

describe("saving and restoring", () => {
  test("a saved dataset is restored after a restart, with its provenance", async () => {
    await saveDataset(storage, SAVED, PROVENANCE);
    resetStoreForTests();
    const result = await restorePersistedDataset(memoryStorage(map));
    expect(result).toMatchObject({
      status: "restored",
      message: {
        en: "Loaded the saved dataset (version 2025.04.01, as of 2025-04-01, downloaded 2025-04-02T08:00:00.000Z).",
        zh: "已加载保存的数据集（版本 2025.04.01，截至 2025-04-01，下载于 2025-04-02T08:00:00.000Z）。",
      },
    });
    expect(loadedData()).toMatchObject({ origin: "stored", ...PROVENANCE });
    expect(currentAtlas().dataset).toEqual(SAVED);
  });

  test("the stored value is a header line and the dataset's JSON, gzipped and base64-encoded", async () => {
    const size = await saveDataset(storage, SAVED, PROVENANCE);
    const raw = map.get(DATASET_KEY) ?? "";
    const [head, payload] = [raw.slice(0, raw.indexOf("\n")), raw.slice(raw.indexOf("\n") + 1)];
    const json = await gunzipBase64(payload);
    expect(JSON.parse(json)).toEqual(SAVED);
    expect(head).toMatch(
      /^AI-POLICY-ATLAS-DATASET\/2 \{"sha256":"[0-9a-f]{64}","length":\d+,"encoding":"gzip-base64","storedLength":\d+,"version":"2025.04.01"/,
    );
    expect(head).toContain(await sha256Hex(json));
    expect(size).toEqual({ json: json.length, stored: raw.length, encoding: "gzip-base64" });
    expect(size.stored).toBeLessThan(size.json / 2);
  });

  test("a copy saved by the previous version (plain JSON) is still restored", async () => {
    map.set(DATASET_KEY, await envelope(JSON.stringify(SAVED)));
    expect(await restorePersistedDataset(storage)).toMatchObject({ status: "restored" });
    expect(currentAtlas().dataset).toEqual(SAVED);
  });

  test("nothing saved: the bundled dataset stays", async () => {
    expect(await restorePersistedDataset(storage)).toEqual({ status: "kept", reason: "nothing-saved" });
    expect(loadedData().origin).toBe("bundled");
  });

  test("a saved dataset older than the bundled one is not loaded, and the user is told", async () => {
    await saveDataset(storage, variant("2025.03.01"), PROVENANCE);
    const result = await restorePersistedDataset(storage);
    expect(result).toMatchObject({
      status: "kept",
      reason: "not-newer",
      stored: { version: "2025.03.01" },
      message: {
        en: expect.stringContaining("older than the one built into the add-in (version 2025.03.22.2)"),
        zh: expect.stringContaining("更旧"),
      },
    });
    expect(loadedData().origin).toBe("bundled");
    expect(map.has(DATASET_KEY)).toBe(true);
  });

  test("a saved copy identical to the bundled one changes nothing", async () => {
    await saveDataset(storage, bundledDataset(), PROVENANCE);
    const before = currentAtlas();
    expect(await restorePersistedDataset(storage)).toMatchObject({ status: "kept", reason: "not-newer" });
    expect(currentAtlas()).toBe(before);
  });

  test("a dataset refreshed before restore finished is never replaced by the saved copy", async () => {
    await saveDataset(storage, SAVED, PROVENANCE);
    swapDataset(variant("2025.05.01"), "refreshed", { url: "https://x.example/a.json" });
    expect(await restorePersistedDataset(storage)).toMatchObject({ status: "kept", reason: "refreshed-already" });
    expect(currentAtlas().dataset.version).toBe("2025.05.01");
  });

  test("a save that is no longer the loaded dataset is skipped", async () => {
    const first = swapDataset(SAVED, "refreshed");
    swapDataset(variant("2025.05.01"), "refreshed");
    expect(await saveIfStillLoaded(storage, first)).toBe("superseded");
    expect(map.has(DATASET_KEY)).toBe(false);
  });

  test("clearing forgets the saved dataset", async () => {
    await saveDataset(storage, SAVED, PROVENANCE);
    await clearPersistedDataset(storage);
    expect(await readPersistedDataset(storage)).toEqual({ status: "none" });
  });
});

describe("a damaged or invalid saved copy falls back to the bundled dataset and says why", () => {
  const damage: [string, (good: string, json: string) => Promise<string> | string, RegExp][] = [
    ["cut short", (good) => good.slice(0, good.length - 500), /characters long/],
    ["one character of the compressed data changed", (good) => changeOneCharacter(good), /cannot be decompressed/],
    [
      "one character of a plain copy changed",
      (_good, json) => envelope(json).then((v) => v.replace('"cap":35000000', '"cap":95000000')),
      /checksum does not match/,
    ],
    ["not ours at all", () => "hello", /no valid header/],
    ["a header that is not JSON", (good) => good.replace(/^(AI-POLICY-ATLAS-DATASET\/2 )\{/, "$1{{"), /header is not JSON/],
    ["a compressed copy without its encoding", (good) => good.replace('"encoding":"gzip-base64",', ""), /header is invalid \(encoding\)/],
    ["a header missing its checksum", (good) => good.replace(/"sha256":"[0-9a-f]+",/, ""), /header is invalid/],
    [
      "a valid checksum over an invalid dataset",
      (_good, json) => envelope(json.replace('"cap":35000000', '"cap":-1')),
      /not a valid dataset for this version of the add-in: incentives\[2\]\.cap/,
    ],
    ["a valid checksum over JSON that is not a dataset", () => envelope('{"hello":1}'), /not a valid dataset/],
    ["a header that does not match its dataset", (_good, json) => envelope(json, { version: "2025.09.09" }), /header does not match/],
  ];

  test.each(damage)("%s", async (_name, corrupt, reason) => {
    await saveDataset(storage, SAVED, PROVENANCE);
    const good = map.get(DATASET_KEY) ?? "";
    map.set(DATASET_KEY, await corrupt(good, JSON.stringify(SAVED)));
    resetStoreForTests();
    const bundled = currentAtlas();
    const result = await restorePersistedDataset(memoryStorage(map));
    expect(result).toMatchObject({
      status: "fell-back",
      reason: expect.stringMatching(reason),
      detail: expect.stringMatching(reason),
      message: {
        en: "The saved copy of the data could not be used (it is unreadable, damaged or invalid), so the dataset built into the add-in (version 2025.03.22.2, as of 2025-03-22) is loaded instead. Refresh to get the latest data.",
        zh: expect.stringContaining("内置的数据集（版本 2025.03.22.2"),
      },
    });
    expect(currentAtlas()).toBe(bundled);
    expect(loadedData().origin).toBe("bundled");
    expect(map.has(DATASET_KEY)).toBe(false); // the damaged copy is dropped; the next refresh saves a good one
  });

  test("an unreadable store falls back too", async () => {
    const broken: KeyValueStorage = {
      ...memoryStorage(),
      getItem: async () => {
        throw new Error("storage is locked");
      },
    };
    const result = await restorePersistedDataset(broken);
    expect(result).toMatchObject({ status: "fell-back", reason: expect.stringContaining("storage is locked") });
    expect(loadedData().origin).toBe("bundled");
  });

  test("prototype-shaped keys in a saved copy are refused and pollute nothing", async () => {
    const json = JSON.stringify(SAVED).replace('{"schemaVersion":2', '{"__proto__":{"polluted":"yes"},"schemaVersion":2');
    map.set(DATASET_KEY, await envelope(json));
    expect(await restorePersistedDataset(storage)).toMatchObject({ status: "fell-back", reason: expect.stringContaining("__proto__") });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

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
    await saveDataset(local, SAVED, PROVENANCE);
    expect(await readPersistedDataset(local)).toMatchObject({ status: "ok", dataset: { version: "2025.04.01" }, provenance: PROVENANCE });

    const tiny = webStorage(fakeWebStorage(1000));
    const failure = await saveDataset(tiny, SAVED, PROVENANCE).catch((e: unknown) => e);
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
    const today = await saveDataset(storage, bundledDataset(), PROVENANCE);
    const large = await saveDataset(storage, scaledDataset(100), PROVENANCE);
    expect(today.encoding).toBe("gzip-base64");
    expect(today.stored).toBeLessThan(DATASET_STORAGE_BUDGET / 50);
    expect(large.json).toBeGreaterThan(DATASET_STORAGE_BUDGET); // plain, it would not fit
    expect(large.stored).toBeLessThan(DATASET_STORAGE_BUDGET / 2);
    console.log(
      `saved copy: today ${today.json} characters of JSON → ${today.stored} stored; 100× ${large.json} → ${large.stored}; budget ${DATASET_STORAGE_BUDGET}`,
    );
  });

  test("a copy over the budget is not written, the previous copy stays, and the error says why", async () => {
    await saveDataset(storage, SAVED, PROVENANCE);
    const before = map.get(DATASET_KEY);
    const small = memoryStorage(map, { budget: 2_000 });
    const error = await saveDataset(small, variant("2025.05.01"), PROVENANCE).catch((e: unknown) => e);
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
    await saveDataset(storage, SAVED, PROVENANCE);
    const newer = variant("2025.05.01");
    const fetchImpl = jest.fn(
      async () => new Response(JSON.stringify(newer), { status: 200, headers: { "content-type": "application/json" } }),
    );
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
      expect(await saveDataset(storage, SAVED, PROVENANCE)).toMatchObject({ encoding: "json" });
      expect(map.get(DATASET_KEY)).toMatch(/^AI-POLICY-ATLAS-DATASET\/2 .*"encoding":"json"/);
      expect(await readPersistedDataset(storage)).toMatchObject({ status: "ok", dataset: SAVED });
      const error = await saveDataset(storage, scaledDataset(100), PROVENANCE).catch((e: unknown) => e);
      expect((error as RefreshFailure).error.code).toBe("storage-budget");
      expect(await readPersistedDataset(storage)).toMatchObject({ status: "ok", dataset: SAVED });
    } finally {
      scope.CompressionStream = original;
    }
  });
});
