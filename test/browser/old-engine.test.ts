/**
 * The built functions.js in an engine at the floor's gaps (PRODUCT.md §11): a jsdom window whose
 * RegExp rejects what Safari 14.1 rejects (lookbehind, the d and v flags) and from which the APIs
 * the floor lacks are removed (Object.hasOwn, structuredClone, CompressionStream, Array and String
 * `at`, findLast, …). Every function of functions.json registers and answers the formula fixtures
 * (test/fixtures/formula-cases.md) as in Chromium. Regular-expression literals are compiled by the
 * window's own engine, so they are checked on the bundle's text instead (engine-floor.test.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import { containsTexts, formulaCases } from "../support/formula-fixture";
import { DIST } from "./support/browser";
import { FLOOR_ENGINE } from "./support/floor-engine";

interface FloorWindow {
  eval(code: string): unknown;
  __associated: Map<string, (...args: unknown[]) => unknown>;
  __ExcelError: new (code: string, message?: string) => Error & { code: string };
}

const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
  functions: { id: string; parameters: unknown[] }[];
};
let win: FloorWindow;

beforeAll(() => {
  const dom = new JSDOM(`<!doctype html><div id="root"></div>`, {
    url: "https://localhost:3000/taskpane.html",
    runScripts: "outside-only",
  });
  win = dom.window as unknown as FloorWindow;
  win.eval(FLOOR_ENGINE);
  // webpack finds its public path from the running <script>, as it does on the page.
  win.eval(
    'Object.defineProperty(document, "currentScript", { value: { src: "https://localhost:3000/functions.js", tagName: "SCRIPT" } })',
  );
  win.eval(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"));
});

test("the simulated engine has the floor's gaps", () => {
  expect(() => win.eval('new RegExp("(?<=a)b")')).toThrow(/group specifier/);
  expect(win.eval("typeof Object.hasOwn + typeof structuredClone + typeof [].at + typeof CompressionStream")).toBe(
    "undefinedundefinedundefinedundefined",
  );
});

test("every function of functions.json registers", () => {
  expect([...win.__associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(win.__associated.size).toBe(14);
});

describe("the formula fixtures, answered in the simulated engine", () => {
  test.each(formulaCases().map((c) => [`${c.n} CN.${c.fn}: ${c.clause}`, c]))("%s", (_t, c) => {
    const declared = metadata.functions.find((f) => f.id === c.fn);
    if (!declared) throw new Error(`CN.${c.fn} is not in functions.json`);
    const args = [...c.args, ...Array<null>(Math.max(0, declared.parameters.length - c.args.length)).fill(null)];
    let result: unknown;
    let error: (Error & { code?: string }) | undefined;
    try {
      result = win.__associated.get(c.fn)?.(...args);
    } catch (e) {
      error = e as Error & { code?: string };
    }
    if (c.expected.kind === "error") {
      expect(error?.code).toBe(c.expected.code);
      expect(error?.message).toContain(c.expected.text);
    } else if (c.expected.kind === "contains") {
      expect(error).toBeUndefined();
      expect(containsTexts(result)).toContainEqual(expect.stringContaining(c.expected.text));
    } else {
      expect(error).toBeUndefined();
      expect(result).toBeCloseTo(c.expected.value, 9);
    }
  });
});
