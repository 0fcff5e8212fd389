/**
 * A refresh while formulas are being evaluated: every evaluation reads one Atlas, so each answer
 * (a cap, the version, a spilled table) belongs wholly to the old dataset or wholly to the new,
 * the switch happens once, and two overlapping refreshes cannot leave an older dataset loaded or
 * saved over a newer one.
 */
import { aidata, aiincentives, aisubsidy } from "../../src/core/api/formulas";
import { systemClock } from "../../src/core/rules/freshness";
import { DATASET_KEY, readPersistedDataset } from "../../src/data/persist";
import { refreshDataset } from "../../src/data/refresh";
import { memoryStorage } from "../../src/data/storage";
import { currentAtlas, loadedData, onDatasetSwap, resetStoreForTests } from "../../src/data/store";
import { byId, variant } from "../support/datasets";
import { serve, slowly, startFaultServer, type FaultServer } from "../support/fault-server";

const NEWER = variant("2025.04.01", (d) => {
  byId(d.incentives, "cdht-model").cap = 35_000_000;
  d.incentives.push({ ...structuredClone(byId(d.incentives, "cdht-model")), id: "cdht-model-plus", cap: 1_000_000 });
});
const NEWEST = variant("2025.04.02", (d) => {
  byId(d.incentives, "cdht-model").cap = 40_000_000;
});

let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer({
    "/slow-newer.json": slowly(JSON.stringify(NEWER), 10, 200),
    "/newest.json": serve(JSON.stringify(NEWEST)),
  });
});

afterAll(async () => {
  await server.close();
  resetStoreForTests();
});

beforeEach(() => resetStoreForTests());

/** One formula evaluation: a scalar, the version and a spilled table, all from one Atlas read. */
function evaluate(): string {
  const atlas = currentAtlas();
  const cap = aisubsidy(atlas, "成都高新区", "model", 200_000_000);
  const version = aidata(atlas, { origin: "x", loadedAt: "x" }, "version", systemClock);
  const table = aiincentives(atlas, "成都高新区", "model");
  const tableCaps = table
    .slice(1)
    .map((row) => row[2])
    .join("+");
  return `${version}|${cap}|${tableCaps}`;
}

test("evaluations during a refresh see all-old or all-new values, switching once", async () => {
  const old = evaluate();
  expect(old).toBe("2025.03.22.3|30000000|30000000");
  const seen: string[] = [];
  let running = true;
  const evaluations = (async () => {
    while (running) {
      for (let i = 0; i < 50; i++) seen.push(evaluate());
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const result = await refreshDataset({ url: server.url("/slow-newer.json"), storage: memoryStorage() });
  for (let i = 0; i < 50; i++) seen.push(evaluate());
  running = false;
  await evaluations;

  expect(result).toMatchObject({ status: "updated" });
  const now = "2025.04.01|35000000|35000000+1000000";
  expect(evaluate()).toBe(now);
  expect(new Set(seen)).toEqual(new Set([old, now]));
  const firstNew = seen.indexOf(now);
  expect(firstNew).toBeGreaterThan(0); // evaluations ran while the download was in flight
  expect(seen.slice(firstNew).every((v) => v === now)).toBe(true);
});

test("a swap listener (the recalculation hook) runs once, after the new data is readable", async () => {
  const calls: string[] = [];
  onDatasetSwap((next, previous) => calls.push(`${previous.atlas.dataset.version}→${next.atlas.dataset.version}:${evaluate()}`));
  await refreshDataset({ url: server.url("/newest.json") });
  expect(calls).toEqual(["2025.03.22.3→2025.04.02:2025.04.02|40000000|40000000"]);
});

test("overlapping refreshes: the newer wins, and the saved copy is the loaded one", async () => {
  const map = new Map<string, string>();
  const storage = memoryStorage(map);
  const [slow, fast] = await Promise.all([
    refreshDataset({ url: server.url("/slow-newer.json"), storage }),
    refreshDataset({ url: server.url("/newest.json"), storage }),
  ]);
  expect(fast).toMatchObject({ status: "updated", to: { version: "2025.04.02" }, persistence: "saved" });
  // The slow one finished second and found a newer dataset loaded: it asks instead of swapping.
  expect(slow).toMatchObject({ status: "older-needs-confirmation", loaded: { version: "2025.04.02" }, offered: { version: "2025.04.01" } });
  expect(loadedData().atlas.dataset.version).toBe("2025.04.02");
  const saved = await readPersistedDataset(storage);
  expect(saved).toMatchObject({ status: "ok", dataset: { version: "2025.04.02" } });
  expect(map.has(DATASET_KEY)).toBe(true);
});

test("overlapping saves never leave the older one saved over the newer", async () => {
  const map = new Map<string, string>();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slowFirstSave = memoryStorage(map);
  let writes = 0;
  const storage = {
    ...slowFirstSave,
    setItem: async (key: string, value: string) => {
      if (writes++ === 0) await gate; // the first save is slow (a busy disk)
      await slowFirstSave.setItem(key, value);
    },
  };
  const first = refreshDataset({ url: server.url("/slow-newer.json"), storage, allowOlder: true, timeoutMs: 3000 });
  // Wait until the first refresh has swapped and is saving, then refresh again.
  await new Promise<void>((resolve) => {
    const stop = onDatasetSwap(() => {
      stop();
      resolve();
    });
  });
  const second = refreshDataset({ url: server.url("/newest.json"), storage });
  await new Promise((resolve) => setTimeout(resolve, 50));
  release();
  const [a, b] = await Promise.all([first, second]);
  expect(a).toMatchObject({ status: "updated", to: { version: "2025.04.01" } });
  expect(b).toMatchObject({ status: "updated", to: { version: "2025.04.02" }, persistence: "saved" });
  expect(await readPersistedDataset(storage)).toMatchObject({ status: "ok", dataset: { version: "2025.04.02" } });
});
