/**
 * The CN.* adapters as Excel calls them: the fixture table through each adapter (argument
 * coercion, null optionals, units, errors), the spilled tables, and thousands of random arguments
 * of each declared type (a finite non-negative number, text, a rectangular 2-D array or an
 * #N/A/#VALUE! error; never a raw exception or NaN).
 */
import fc from "fast-check";
import { ExcelError, installCustomFunctionsDouble } from "../support/custom-functions-double";
import { containsTexts, formulaCases } from "../support/formula-fixture";
import { PROTOTYPE_WORDS } from "../support/prototype-words";

installCustomFunctionsDouble();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

/** Adapters by function id, called the way Excel calls them: every declared parameter, null for the omitted ones. */
const byId: Record<string, { fn: (...args: unknown[]) => unknown; arity: number }> = {
  AISUBSIDY: { fn: fns.aiSubsidy as never, arity: 4 },
  AIFUND: { fn: fns.aiFund as never, arity: 4 },
  AIINCENTIVES: { fn: fns.aiIncentives as never, arity: 2 },
  AIFUNDS: { fn: fns.aiFunds as never, arity: 1 },
  AIPOLICIES: { fn: fns.aiPolicies as never, arity: 1 },
  AITARGETS: { fn: fns.aiTargets as never, arity: 2 },
  AIRANK: { fn: fns.aiRank as never, arity: 3 },
  AISOURCE: { fn: fns.aiSource as never, arity: 2 },
  AIREGIONS: { fn: fns.aiRegions as never, arity: 1 },
  AICATEGORIES: { fn: fns.aiCategories as never, arity: 1 },
  AIDATA: { fn: fns.aiData as never, arity: 1 },
};

function callAsExcel(id: string, args: unknown[]): unknown {
  const { fn, arity } = byId[id];
  const full = [...args, ...Array(Math.max(0, arity - args.length)).fill(null)];
  return fn(...full);
}

describe("the fixture table through the adapters", () => {
  test.each(formulaCases().map((c) => [`${c.n} CN.${c.fn}: ${c.clause}`, c]))("%s", (_t, c) => {
    let result: unknown;
    let error: unknown;
    try {
      result = callAsExcel(c.fn, c.args);
    } catch (e) {
      error = e;
    }
    if (c.expected.kind === "error") {
      expect(error).toBeInstanceOf(ExcelError);
      expect((error as ExcelError).code).toBe(c.expected.code);
      expect((error as ExcelError).message).toContain(c.expected.text);
    } else if (c.expected.kind === "contains") {
      expect(error).toBeUndefined();
      expect(containsTexts(result)).toContainEqual(expect.stringContaining(c.expected.text));
    } else {
      expect(error).toBeUndefined();
      expect(result).toBeCloseTo(c.expected.value, 9);
    }
  });
});

describe("spilled tables", () => {
  test.each([
    ["AIINCENTIVES", [], 9],
    ["AIFUNDS", [], 10],
    ["AIPOLICIES", [], 11],
    ["AITARGETS", [], 9],
    ["AITARGETS", ["深圳", "亿"], 9],
    ["AIRANK", ["any"], 7],
    ["AIDATA", [], 2],
  ])("%s has a header row and rectangular rows of %p columns", (id, args, columns) => {
    const table = callAsExcel(id, args) as unknown[][];
    expect(table.length).toBeGreaterThan(1);
    expect(table[0].every((h) => typeof h === "string")).toBe(true);
    for (const row of table) expect(row).toHaveLength(columns);
  });

  test("AIREGIONS and AICATEGORIES are single columns", () => {
    expect((callAsExcel("AIREGIONS", []) as unknown[][]).every((r) => r.length === 1)).toBe(true);
    expect(callAsExcel("AICATEGORIES", ["en"])).toContainEqual(["Large-model R&D subsidy"]);
  });

  test("AIDATA with a field returns that value as a 1×1 table (declared matrix; Excel shows it as a plain value)", () => {
    expect(callAsExcel("AIDATA", ["version"])).toEqual([["2025.03.22.3"]]);
    expect(callAsExcel("AIDATA", ["origin"])).toEqual([["bundled"]]);
    expect(callAsExcel("AIDATA", ["incentives"])).toEqual([[11]]);
  });
});

describe("Object.prototype's names are unknown names, never lookups", () => {
  const expectError = (id: string, args: unknown[], code: string, text: string): void => {
    let error: unknown;
    try {
      callAsExcel(id, args);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExcelError);
    expect([(error as ExcelError).code, (error as ExcelError).message]).toEqual([code, expect.stringContaining(text)]);
  };

  test.each(PROTOTYPE_WORDS)("%s", (word) => {
    expectError("AIREGIONS", [word], "#VALUE!", "Unknown name field");
    expectError("AICATEGORIES", [word], "#VALUE!", "Unknown name field");
    expectError("AIDATA", [word], "#VALUE!", "Unknown field");
    expectError("AISUBSIDY", [word, "model"], "#N/A", "");
    expectError("AISUBSIDY", ["成都高新区", word], "#N/A", "");
    expectError("AISUBSIDY", ["成都高新区", "model", 100, word], "#VALUE!", "Unknown unit");
    expectError("AIFUND", ["广东", null, word], "#VALUE!", "Unknown fund field");
    expectError("AIFUND", ["广东", word], "#N/A", "");
    expectError("AISOURCE", ["成都高新区", word], "#N/A", "");
    expectError("AIRANK", [word], "#N/A", "");
    expectError("AIINCENTIVES", [word], "#N/A", "");
    expectError("AITARGETS", [word], "#N/A", "");
    expectError("AISOURCE", ["深圳", word], "#N/A", "");
  });
});

describe("random arguments never break a function", () => {
  const value = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "成都高新区",
      "苏州",
      "广东",
      "model",
      "rnd",
      "any",
      "chip",
      "万",
      "亿",
      "first",
      "新能源",
      "version",
      "",
      ...PROTOTYPE_WORDS,
    ),
    fc.double(),
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    fc.constant(Number.NaN),
    fc.constant(-1),
    fc.constant(1e300),
  );

  /** A result Excel can show: a finite non-negative number, text, or a rectangular table of those. */
  function wellFormed(result: unknown): boolean {
    if (typeof result === "number") return Number.isFinite(result) && result >= 0;
    if (typeof result === "string") return true;
    if (!Array.isArray(result) || result.length === 0) return false;
    const width = (result[0] as unknown[]).length;
    return result.every(
      (row) =>
        Array.isArray(row) &&
        row.length === width &&
        row.every((c) => typeof c === "string" || (typeof c === "number" && Number.isFinite(c))),
    );
  }

  test.each(Object.keys(byId))("CN.%s", (id) => {
    fc.assert(
      fc.property(fc.array(value, { minLength: byId[id].arity, maxLength: byId[id].arity }), (args) => {
        let result: unknown;
        try {
          result = callAsExcel(id, args);
        } catch (e) {
          expect(e).toBeInstanceOf(ExcelError);
          expect(["#N/A", "#VALUE!"]).toContain((e as ExcelError).code);
          expect((e as ExcelError).message.length).toBeGreaterThan(0);
          return;
        }
        expect(wellFormed(result)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
