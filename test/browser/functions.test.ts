/**
 * The built runtime page in Chromium with an Office.js double that records
 * CustomFunctions.associate: every function of the built functions.json registers (before the
 * pane's UI chunk loads), and registered functions answer as Excel would call them (every declared
 * parameter, null for omitted ones).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { addinContext, DIST, launchChromium, openPane, type Traffic } from "./support/browser";

let browser: Browser;
let page: Page;
let traffic: Traffic;
const metadata = () =>
  JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string; parameters: unknown[] }[] };

beforeAll(async () => {
  browser = await launchChromium();
  const made = await addinContext(browser, "excel-double");
  traffic = made.traffic;
  page = await openPane(made.context);
  await page.waitForFunction(() => Object.keys((window as unknown as { __atlas: { associated: object } }).__atlas.associated).length >= 10);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Calls a registered function in the page the way Excel does. */
async function call(id: string, args: unknown[]): Promise<{ value?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    ([fnId, fnArgs]) => {
      const fn = (window as unknown as { __atlas: { associated: Record<string, (...a: unknown[]) => unknown> } }).__atlas.associated[
        fnId as string
      ];
      try {
        return { value: fn(...(fnArgs as unknown[])) };
      } catch (e) {
        const err = e as { code: string; message: string };
        return { error: { code: err.code, message: err.message } };
      }
    },
    [id, args] as const,
  );
}

test("every function in the built functions.json is registered", async () => {
  const registered = await page.evaluate(() =>
    Object.keys((window as unknown as { __atlas: { associated: object } }).__atlas.associated).sort(),
  );
  expect(registered).toEqual(
    metadata()
      .functions.map((f) => f.id)
      .sort(),
  );
});

test("registration does not wait for the pane's UI chunk", async () => {
  const order = await page.evaluate(() => {
    const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const pane = entries.find((e) => /\/pane\.[0-9a-f]+\.js$/.test(e.name));
    const times = Object.values((window as unknown as { __atlas: { associateTimes: Record<string, number> } }).__atlas.associateTimes);
    return { lastAssociate: Math.max(...times), paneRequested: pane?.startTime ?? null };
  });
  expect(order.paneRequested).not.toBeNull();
  expect(order.lastAssociate).toBeLessThan(order.paneRequested as number);
});

test.each([
  ["AISUBSIDY", ["成都高新区", "model", 200000000, null], 30000000],
  ["AISUBSIDY", ["Chengdu Hi-tech Zone", "rnd", 2000, "万"], 200],
  ["AIFUND", ["广东", null, "first", "亿"], 20],
  ["AIDATA", ["version"], [["2025.03.22.3"]]],
])("%s(%j) → %j", async (id, args, expected) => {
  expect(await call(id, args)).toEqual({ value: expected });
});

test("errors reach Excel as #N/A / #VALUE! with a message", async () => {
  expect(await call("AISUBSIDY", ["Chengduu", "model", null, null])).toEqual({
    error: { code: "#N/A", message: expect.stringContaining("Did you mean 'Chengdu (成都市)'") },
  });
  expect(await call("AISUBSIDY", ["成都高新区", "model", -5, null])).toEqual({
    error: { code: "#VALUE!", message: expect.stringContaining("zero or more") },
  });
});

test("a spilled table comes back as rows with a header", async () => {
  const result = await call("AIINCENTIVES", ["苏州", null]);
  expect((result.value as unknown[][])[0]).toEqual(["region", "category", "cap", "rate", "basis", "period", "status", "policy", "source"]);
  expect((result.value as unknown[][])[1].slice(0, 3)).toEqual(["苏州市", "chip", 100000000]);
});

test("targets and their citations, registered like the rest", async () => {
  const targets = (await call("AITARGETS", ["深圳", "亿"])).value as unknown[][];
  expect(targets[0]).toEqual(["region", "metric", "value", "unit", "qualifier", "kind", "year", "policy", "source"]);
  expect(targets[1].slice(0, 7)).toEqual([
    "深圳市",
    "人工智能终端产业规模 (AI terminal industry output)",
    8000,
    "100m CNY (亿)",
    "at-least",
    "target",
    2026,
  ]);
  expect(await call("AISOURCE", ["深圳", "独角兽"])).toEqual({ value: expect.stringContaining("獨角獸企業超10家") });
  expect(await call("AIDATA", ["age"])).toEqual({ value: [[expect.any(Number)]] }); // declared a matrix: a 1×1 result
});

test("the page fetched nothing off the machine but Office.js", () => {
  expect(traffic.aborted).toEqual([]);
});
