/**
 * The budget on worksheet arguments (issue 22): every CN adapter given a 32,767-character text
 * (Excel's longest cell text) in any argument returns #VALUE! quickly, before any lookup; and
 * 5,000 distinct long names do not grow the heap by more than 50 MB (the bench measures it).
 */
import { ExcelError, installCustomFunctionsDouble } from "../support/custom-functions-double";
import { keyCacheCharacters } from "../../src/core/text/normalise";

installCustomFunctionsDouble();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const PROFILE = [
  ["computeSpend", 8_000_000],
  ["rndIntensity", 0.25],
];
const ADAPTERS: [string, (...args: unknown[]) => unknown, unknown[]][] = [
  ["AISUBSIDY", fns.aiSubsidy as never, ["成都高新区", "model", 200_000_000, null]],
  ["AIFUND", fns.aiFund as never, ["广东", null, null, null]],
  ["AIINCENTIVES", fns.aiIncentives as never, [null, null]],
  ["AIFUNDS", fns.aiFunds as never, [null]],
  ["AIPOLICIES", fns.aiPolicies as never, [null]],
  ["AITARGETS", fns.aiTargets as never, [null, null]],
  ["AIRANK", fns.aiRank as never, ["model", null, null]],
  ["AISOURCE", fns.aiSource as never, ["成都高新区", "model"]],
  ["AIREGIONS", fns.aiRegions as never, [null]],
  ["AICATEGORIES", fns.aiCategories as never, [null]],
  ["AIDATA", fns.aiData as never, [null]],
  ["AIPACKAGE", fns.aiPackage as never, ["成都高新区", PROFILE, null]],
  ["AIPACKAGETOTAL", fns.aiPackageTotal as never, ["成都高新区", PROFILE, null, null]],
  ["AIPACKAGERANK", fns.aiPackageRank as never, [PROFILE, null]],
];
const LONG = "a".repeat(32_767);

test.each(ADAPTERS)("%s: a 32,767-character argument in any position is #VALUE! within a few ms", (_id, fn, good) => {
  expect(() => fn(...good)).not.toThrow();
  for (let i = 0; i < good.length; i++) {
    const args = [...good];
    args[i] = Array.isArray(good[i]) ? [["rndIntensity", `${"1".repeat(32_766)}x`]] : LONG;
    const start = performance.now();
    let thrown: unknown;
    try {
      fn(...args);
    } catch (error) {
      thrown = error;
    }
    expect(performance.now() - start).toBeLessThan(50);
    expect(thrown).toBeInstanceOf(ExcelError);
    expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/longer than the 255/) });
  }
});

/** A real garbage collection (jest runs without --expose-gc): what the heap keeps, not what the test itself allocated. */
function collectGarbage(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("v8").setFlagsFromString("--expose-gc");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("vm").runInNewContext("gc") as () => void)();
}

test("5,000 distinct long names keep nothing: no key is cached, and the heap grows by well under 50 MB", () => {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const cached = keyCacheCharacters();
  for (let row = 0; row < 5_000; row++) {
    expect(() => fns.aiSubsidy(`${"a".repeat(32_000)}${row}` as never, "model" as never, null, null as never)).toThrow(ExcelError);
  }
  expect(keyCacheCharacters()).toBe(cached);
  collectGarbage();
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
});
