/**
 * The refresh fault matrix (issue 6), getting the bytes: error statuses, a response that never
 * comes or never ends, a slow drip, an endless stream or a declared size over the limit, a dropped
 * connection, redirects, a URL that must not be requested, nothing listening, and cancelling. For
 * each: the loaded and the saved data are untouched, the user gets the right message in both
 * languages, and nothing hangs.
 */
import { currentAtlas } from "../../src/data/store";
import { startFaultServer } from "../support/fault-server";
import { expectFaultLeavesDataUntouched, useFaultServer, type Fault } from "./refresh-faults-fixture";

const bench = useFaultServer();
const { refreshFrom } = bench;

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
  {
    name: "connection dropped mid-body",
    path: "/dropped.json",
    code: "network",
    en: /connection broke off/,
    zh: /连接中断/,
    detail: /reading/,
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
  test.each(faults)("$name → $code", (fault) => expectFaultLeavesDataUntouched(bench, fault));

  test("the HTTP status is reported with the error", async () => {
    const { result } = await refreshFrom("/500");
    expect(result).toMatchObject({ status: "failed", error: { code: "http", status: 500 } });
  });

  test("an endless stream is cut off at the limit, not read to the end", async () => {
    const { result } = await refreshFrom("/endless", { timeoutMs: 5000 });
    expect(result).toMatchObject({ status: "failed", error: { code: "too-large" } });
    await bench.server.clientGone("/endless");
    const written = bench.server.bytesWritten.get("/endless") ?? 0;
    // The client hung up: the server stops writing. Left alone, it would have sent 16 MB a second for the 5 s timeout.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bench.server.bytesWritten.get("/endless")).toBe(written);
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
    expect(fetchImpl.mock.calls.map(([input]) => String(input))).toEqual([bench.server.url("/redirect-http")]);
    expect(fetchImpl.mock.calls[0][1]).toMatchObject({ redirect: "manual" });
    expect(currentAtlas()).toBe(bench.goodAtlas);
  });

  test("nothing listening at the address → network", async () => {
    const closed = await startFaultServer({});
    const url = closed.url("/atlas.json");
    await closed.close();
    const { result, ms } = await refreshFrom(url);
    expect(result).toMatchObject({ status: "failed", error: { code: "network" } });
    expect(ms).toBeLessThan(1000);
    expect(currentAtlas()).toBe(bench.goodAtlas);
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
    expect(currentAtlas()).toBe(bench.goodAtlas);
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
