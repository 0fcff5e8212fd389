/**
 * The saved dataset: a round trip through storage keeps the data and its provenance; start-up
 * restore loads it only when valid and not older than the bundled dataset; every kind of damage
 * (truncation, a changed character, a broken header, a valid checksum over an invalid dataset,
 * an unreadable store) falls back to the bundled dataset and says so. The storage adapters and
 * the storage budget are in persist-storage.test.ts.
 */
import { bundledDataset } from "../../src/data/bundled";
import { sha256Hex } from "../../src/data/checksum";
import { gunzipBase64 } from "../../src/data/compression";
import {
  DATASET_KEY,
  clearPersistedDataset,
  readPersistedDataset,
  restorePersistedDataset,
  saveDataset,
  saveIfStillLoaded,
} from "../../src/data/persist";
import { memoryStorage, type KeyValueStorage } from "../../src/data/storage";
import { currentAtlas, loadedData, resetStoreForTests, swapDataset } from "../../src/data/store";
import { variant } from "../support/datasets";
import { PROVENANCE, SAVED, signedProvenance } from "./persist-fixture";
import { signatureFor } from "../support/signing";

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
    signature: signatureFor(json),
    ...header,
  };
  return `AI-POLICY-ATLAS-DATASET/1 ${JSON.stringify(h)}\n${json}`;
}

describe("saving and restoring", () => {
  test("a saved dataset is restored after a restart, with its provenance", async () => {
    await saveDataset(storage, SAVED, signedProvenance(SAVED));
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
    const size = await saveDataset(storage, SAVED, signedProvenance(SAVED));
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
    await saveDataset(storage, variant("2025.03.01"), signedProvenance(variant("2025.03.01")));
    const result = await restorePersistedDataset(storage);
    expect(result).toMatchObject({
      status: "kept",
      reason: "not-newer",
      stored: { version: "2025.03.01" },
      message: {
        en: expect.stringContaining("older than the one built into the add-in (version 2025.03.22.3)"),
        zh: expect.stringContaining("更旧"),
      },
    });
    expect(loadedData().origin).toBe("bundled");
    expect(map.has(DATASET_KEY)).toBe(true);
  });

  test("a saved copy identical to the bundled one changes nothing", async () => {
    await saveDataset(storage, bundledDataset(), signedProvenance(bundledDataset()));
    const before = currentAtlas();
    expect(await restorePersistedDataset(storage)).toMatchObject({ status: "kept", reason: "not-newer" });
    expect(currentAtlas()).toBe(before);
  });

  test("a dataset refreshed before restore finished is never replaced by the saved copy", async () => {
    await saveDataset(storage, SAVED, signedProvenance(SAVED));
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
    await saveDataset(storage, SAVED, signedProvenance(SAVED));
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
    await saveDataset(storage, SAVED, signedProvenance(SAVED));
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
        en: "The saved copy of the data could not be used (it is unreadable, damaged or invalid), so the dataset built into the add-in (version 2025.03.22.3, as of 2025-03-22) is loaded instead. Refresh to get the latest data.",
        zh: expect.stringContaining("内置的数据集（版本 2025.03.22.3"),
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
