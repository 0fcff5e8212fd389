/** Freshness (PRODUCT.md §8): the dataset's age and a policy's period against a fixed clock. */
import { Atlas } from "../../../src/core/names/atlas";
import { datasetAge, daysBetween, fixedClock, localDay, policyFreshness, recordFreshness } from "../../../src/core/rules/freshness";
import { aidata, aipolicies, aitargets } from "../../../src/core/api/formulas";
import { POLICY_COLUMNS } from "../../../src/core/api/tables";
import { bundledDataset } from "../../../src/data/bundled";

const atlas = new Atlas(bundledDataset());
const period = (from: number, to: number) => ({ period: { from, to } });

describe("the dataset's age", () => {
  test("days since the as-of date, in words in both languages", () => {
    expect(datasetAge({ asOf: "2025-03-22" }, "2026-11-30")).toEqual({
      asOf: "2025-03-22",
      days: 618,
      en: "as of 2025-03-22 · 618 days old",
      zh: "截至2025-03-22 · 已过618天",
    });
    expect(datasetAge({ asOf: "2025-03-22" }, "2025-03-22").en).toBe("as of 2025-03-22 · today");
    expect(datasetAge({ asOf: "2025-03-22" }, "2025-03-23").en).toBe("as of 2025-03-22 · 1 day old");
    expect(datasetAge({ asOf: "2025-03" }, "2025-03-11").days).toBe(10); // a month-only date counts from its first day
    expect(datasetAge({ asOf: "2025-03-22" }, "2025-01-01").days).toBe(0); // a clock behind the data is not negative
  });

  test("CN.AIDATA gives the age by the clock it is given", () => {
    const info = { origin: "bundled", loadedAt: "2026-01-01T00:00:00.000Z" };
    expect(aidata(atlas, info, "age", fixedClock("2026-11-30"))).toBe(618);
    expect(aidata(atlas, info, "age", fixedClock("2025-03-23"))).toBe(1);
    expect(aidata(atlas, info, "days", fixedClock("2025-03-23"))).toBe(1);
    expect(aidata(atlas, info, null, fixedClock("2026-11-30"))).toContainEqual(["age", 618]);
  });

  test("days are counted across month ends, leap days and time of day", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2026-11-30")).toBe(-31);
    expect(localDay(fixedClock("2026-11-30")())).toBe("2026-11-30");
  });
});

describe("policyFreshness", () => {
  test.each([
    ["2026-06-01", "current", 213, false, "period 2025–2026 ends 2026-12-31 (in 213 days)"],
    ["2026-10-02", "ending", 90, true, "period 2025–2026 ends 2026-12-31 (in 90 days)"],
    ["2026-10-01", "current", 91, false, "period 2025–2026 ends 2026-12-31 (in 91 days)"],
    ["2026-11-30", "ending", 31, true, "period 2025–2026 ends 2026-12-31 (in 31 days)"],
    ["2026-12-31", "ending", 0, true, "period 2025–2026 ends 2026-12-31 (today)"],
    ["2027-01-01", "ended", -1, true, "period 2025–2026 ended 2026-12-31 (1 day ago)"],
  ])("on %s a 2025–2026 plan is %s", (today, state, daysLeft, flagged, en) => {
    expect(policyFreshness(period(2025, 2026), today)).toMatchObject({ state, daysLeft, flagged, en, endsOn: "2026-12-31" });
  });

  test("takes a Date as well as a day, and a policy without a period is open (never flagged)", () => {
    expect(policyFreshness(period(2024, 2026), new Date(2027, 0, 15)).state).toBe("ended");
    expect(policyFreshness({}, "2030-01-01")).toMatchObject({ state: "open", flagged: false, en: "" });
    expect(policyFreshness(undefined, "2030-01-01").state).toBe("open");
    expect(policyFreshness(period(2025, 2026), "2027-01-01").zh).toBe("期限2025–2026年已于2026-12-31结束（1天前）");
  });

  test("a record in two plans takes the more pressing one", () => {
    const plans = new Map([
      ["a", { ...period(2024, 2030) }],
      ["b", { ...period(2020, 2026) }],
    ]);
    const of = (id: string) => plans.get(id) as never;
    expect(recordFreshness(of, { policyIds: ["a", "b"] }, "2027-02-01").state).toBe("ended");
    expect(recordFreshness(of, { policyId: "a" }, "2027-02-01").state).toBe("current");
    expect(recordFreshness(of, {}, "2027-02-01").state).toBe("open");
  });
});

describe("marks in the tables", () => {
  test("CN.AIPOLICIES has a period status column", () => {
    const table = aipolicies(atlas, "深圳", fixedClock("2026-11-30"));
    const column = POLICY_COLUMNS.indexOf("period status");
    expect(table[0][column]).toBe("period status");
    expect(table[1][column]).toBe("ends soon: period 2025–2026 ends 2026-12-31 (in 31 days)");
    expect(aipolicies(atlas, "深圳", fixedClock("2025-06-01"))[1][column]).toBe("current: period 2025–2026 ends 2026-12-31 (in 578 days)");
    expect(aipolicies(atlas, "深圳", fixedClock("2027-01-10"))[1][column]).toBe("ended: period 2025–2026 ended 2026-12-31 (10 days ago)");
    expect(aipolicies(atlas, "广东", fixedClock("2027-01-10"))[1][column]).toBe(""); // no period published
  });

  test("CN.AITARGETS marks the policy cell of a target whose plans end soon, not of a result", () => {
    const policyColumn = 7;
    const soon = aitargets(atlas, "深圳", null, fixedClock("2026-11-30"));
    expect(soon[1][policyColumn]).toMatch(/\(ends 2026-12-31\)$/);
    const early = aitargets(atlas, "深圳", null, fixedClock("2025-06-01"));
    expect(early[1][policyColumn]).not.toContain("ends");
    const later = aitargets(atlas, "成都高新区", null, fixedClock("2027-06-01"));
    expect(later.slice(1).every((row) => !String(row[policyColumn]).includes("ended"))).toBe(true); // their policy has no period
  });
});
