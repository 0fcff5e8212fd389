/**
 * CN.AIPACKAGE, CN.AIPACKAGETOTAL and CN.AIPACKAGERANK as Excel calls them (null for omitted
 * optionals, the profile as a matrix): the fixture table's totals and errors as #N/A / #VALUE!
 * with messages, and the spilled tables rectangular with their header and total rows.
 */
import { ExcelError, installCustomFunctionsDouble } from "../support/custom-functions-double";
import { packageCases, WORKED_EXAMPLE } from "../support/package-fixture";

installCustomFunctionsDouble();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

function call(run: () => unknown): { value?: unknown; error?: ExcelError } {
  try {
    return { value: run() };
  } catch (e) {
    if (!(e instanceof ExcelError)) throw e;
    return { error: e };
  }
}

test.each(packageCases().map((c) => [`${c.n}: ${c.clause}`, c]))("CN.AIPACKAGETOTAL, case %s", (_t, c) => {
  for (const [which, expected] of [
    [null, c.eligible],
    ["possible", c.possible],
  ] as const) {
    const { value, error } = call(() => fns.aiPackageTotal(c.region as never, c.profile, which as never, c.unit as never));
    if (expected.kind === "error") {
      expect(error?.code).toBe(expected.code);
      expect(error?.message).toContain(expected.text);
    } else if (expected.kind === "number") {
      expect(error).toBeUndefined();
      expect(value).toBeCloseTo(expected.value, 6);
    }
  }
});

test("CN.AIPACKAGE spills a header, one row per incentive and the two total rows", () => {
  const table = fns.aiPackage("成都高新区" as never, WORKED_EXAMPLE, null as never);
  expect(table[0]).toEqual(["category", "incentive", "status", "amount", "possible", "working", "reason", "marks", "source"]);
  expect(table).toHaveLength(12);
  expect(new Set(table.map((r) => r.length))).toEqual(new Set([9]));
  const model = table.find((r) => r[0] === "model")!;
  expect(model.slice(2, 5)).toEqual(["eligible", 30_000_000, 30_000_000]);
  expect(model[5]).toBe("min(30% × 200,000,000 CNY, 30,000,000 CNY) = 30,000,000 CNY");
  const rnd = table.find((r) => r[0] === "rnd")!;
  expect(rnd[5]).toBe("min(10% × 50,000,000 CNY, 10,000,000 CNY) = 5,000,000 CNY × 3 years = 15,000,000 CNY");
  expect(rnd[6]).toBe("meets rndIntensity ≥ 20%; rndInput ≥ 15,000,000 CNY");
  expect(table[10].slice(0, 4)).toEqual(["total", "eligible (every condition met)", "", 61_000_000]);
  expect(table[11][4]).toBe(69_600_000);
  expect(table[10][6]).toContain("do not state whether these incentives can be combined");
});

test("a failing condition names the profile's value, the threshold and the source's words", () => {
  const profile = WORKED_EXAMPLE.map((r) => (r[0] === "rndIntensity" ? ["rndIntensity", "19%"] : r));
  const rnd = fns.aiPackage("成都高新区" as never, profile, "万" as never).find((r) => r[0] === "rnd")!;
  expect(rnd[2]).toBe("not eligible");
  expect(rnd[3]).toBe(0);
  expect(rnd[6]).toBe("fails rndIntensity ≥ 20% (profile: 19%); source: 关键技术内部研发投入强度达20%以上");
});

test("drafts and press reports are marked in the spill", () => {
  const chip = fns.aiPackage("苏州" as never, WORKED_EXAMPLE, null as never)[1];
  expect(chip.slice(0, 5)).toEqual(["chip", expect.any(String), "unknown", 0, 100_000_000]);
  expect(chip[7]).toBe("DRAFT for comment; press report");
});

test("CN.AIPACKAGERANK ranks by eligible, then possible", () => {
  const table = fns.aiPackageRank(WORKED_EXAMPLE, null as never);
  expect(table.map((r) => r.slice(0, 4))).toEqual([
    ["rank", "region", "eligible", "possible"],
    [1, "成都高新区", 61_000_000, 69_600_000],
    [2, "苏州市", 0, 100_000_000],
    [3, "珠海市", 0, 30_000_000],
  ]);
});

test.each<[string, () => unknown, string, string]>([
  ["an unknown region", () => fns.aiPackage("Atlantis" as never, WORKED_EXAMPLE, null as never), "#N/A", "Unknown region"],
  [
    "a single cell as the profile",
    () => fns.aiPackageTotal("成都高新区" as never, 5 as never, null as never, null as never),
    "#VALUE!",
    "two-column range",
  ],
  [
    "an unknown total",
    () => fns.aiPackageTotal("成都高新区" as never, WORKED_EXAMPLE, "most" as never, null as never),
    "#VALUE!",
    '"possible"',
  ],
  ["an unknown unit", () => fns.aiPackageRank(WORKED_EXAMPLE, "parsecs" as never), "#VALUE!", "Unknown unit"],
])("%s is an Excel error with a message", (_name, run, code, text) => {
  const { error } = call(run);
  expect(error?.code).toBe(code);
  expect(error?.message).toContain(text);
});
