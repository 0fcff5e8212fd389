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

test("CN.AIPACKAGE spills a header, one row per incentive and the firm, eligible and possible total rows", () => {
  const table = fns.aiPackage("成都高新区" as never, WORKED_EXAMPLE, null as never);
  expect(table[0]).toEqual([
    "category",
    "incentive",
    "status",
    "certainty",
    "firm",
    "eligible",
    "possible",
    "working",
    "reason",
    "marks",
    "source",
  ]);
  expect(table).toHaveLength(13);
  expect(new Set(table.map((r) => r.length))).toEqual(new Set([11]));
  const model = table.find((r) => r[0] === "model")!;
  expect(model.slice(2, 7)).toEqual(["eligible", "firm", 30_000_000, 30_000_000, 30_000_000]);
  expect(model[7]).toBe("min(30% × 200,000,000 CNY, 30,000,000 CNY) = 30,000,000 CNY");
  const rnd = table.find((r) => r[0] === "rnd")!;
  expect(rnd[7]).toBe("min(10% × 50,000,000 CNY, 10,000,000 CNY) = 5,000,000 CNY × 3 years = 15,000,000 CNY");
  expect(rnd[8]).toBe("meets rndIntensity ≥ 20%; rndInput ≥ 15,000,000 CNY");
  const compute = table.find((r) => r[0] === "compute")!;
  expect(compute.slice(3, 7)).toEqual(["up to", "", 15_000_000, 15_000_000]);
  expect(table[10].slice(0, 5)).toEqual([
    "total",
    "firm (conditions met, amount set by a published rate or fixed award)",
    "",
    "firm",
    45_000_000,
  ]);
  expect(table[11][5]).toBe(61_000_000);
  expect(table[12][6]).toBe(69_100_000);
  expect(table[10][8]).toContain("do not state whether these incentives can be combined");
});

test("a failing condition names the profile's value, the threshold and the source's words", () => {
  const profile = WORKED_EXAMPLE.map((r) => (r[0] === "rndIntensity" ? ["rndIntensity", "19%"] : r));
  const rnd = fns.aiPackage("成都高新区" as never, profile, "万" as never).find((r) => r[0] === "rnd")!;
  expect(rnd[2]).toBe("not eligible");
  expect(rnd[4]).toBe(0);
  expect(rnd[8]).toBe("fails rndIntensity ≥ 20% (profile: 19%); source: 关键技术内部研发投入强度达20%以上");
});

test("drafts and press reports are marked in the spill; a chip-only draft is not the company's unless it makes AI chips", () => {
  const chip = fns.aiPackage("苏州" as never, WORKED_EXAMPLE, null as never)[1];
  expect(chip.slice(0, 7)).toEqual(["chip", expect.any(String), "unknown", "up to", "", "", ""]);
  expect(chip[9]).toMatch(/^only for AI chip companies .*: summed when makesAiChips = yes; DRAFT for comment; press report$/);
  const maker = fns.aiPackage("苏州" as never, [...WORKED_EXAMPLE, ["makesAiChips", true]], null as never)[1];
  expect(maker.slice(4, 7)).toEqual(["", 0, 100_000_000]);
  expect(maker[9]).toBe("DRAFT for comment; press report");
});

test("CN.AIPACKAGERANK ranks by eligible, then possible, and shows the three totals", () => {
  const table = fns.aiPackageRank(WORKED_EXAMPLE, null as never);
  expect(table.map((r) => r.slice(0, 5))).toEqual([
    ["rank", "region", "firm", "eligible (upper bound)", "possible"],
    [1, "成都高新区", 45_000_000, 61_000_000, 69_100_000],
    [2, "珠海市", 0, 0, 30_000_000],
    [3, "苏州市", 0, 0, 0],
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
