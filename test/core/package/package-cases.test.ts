/**
 * The company package against the analyst-readable fixture table (test/fixtures/package-cases.md):
 * each case's lines (status, amount, the failing or missing field) and the three totals (firm, eligible, possible), through the
 * same pure functions CN.AIPACKAGE and CN.AIPACKAGETOTAL call.
 */
import { Atlas } from "../../../src/core/names/atlas";
import { isAtlasError } from "../../../src/core/errors";
import { packageFor, aipackagetotal } from "../../../src/core/package/package-formulas";
import { parseUnit } from "../../../src/core/text/units";
import { bundledDataset } from "../../../src/data/bundled";
import type { Expected } from "../../support/formula-fixture";
import { packageCases } from "../../support/package-fixture";

const atlas = new Atlas(bundledDataset());
const cases = packageCases();

function outcome(compute: () => number): { value?: number; error?: string; message?: string } {
  try {
    return { value: compute() };
  } catch (e) {
    if (!isAtlasError(e)) throw e;
    return { error: e.isNotFound ? "#N/A" : "#VALUE!", message: e.message };
  }
}

function expectResult(actual: ReturnType<typeof outcome>, expected: Expected): void {
  if (expected.kind === "number") {
    expect(actual.error).toBeUndefined();
    expect(actual.value).toBeCloseTo(expected.value, 6);
  } else if (expected.kind === "error") {
    expect(actual.error).toBe(expected.code);
    expect(actual.message).toContain(expected.text);
  }
}

test("the fixture holds at least 25 readable cases, the worked example first", () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
  expect(cases[0]).toMatchObject({
    n: 1,
    region: "成都高新区",
    firm: { kind: "number", value: 45_000_000 },
    eligible: { kind: "number", value: 61_000_000 },
    possible: { kind: "number", value: 69_100_000 },
  });
});

describe.each(cases)("case $n: $clause", (c) => {
  test("totals", () => {
    expectResult(
      outcome(() => aipackagetotal(atlas, c.region, c.profile, "firm", c.unit)),
      c.firm,
    );
    expectResult(
      outcome(() => aipackagetotal(atlas, c.region, c.profile, null, c.unit)),
      c.eligible,
    );
    expectResult(
      outcome(() => aipackagetotal(atlas, c.region, c.profile, "possible", c.unit)),
      c.possible,
    );
  });

  if (c.lines.length > 0 && c.eligible.kind === "number") {
    test("lines", () => {
      const unit = parseUnit(c.unit);
      const pkg = packageFor(atlas, c.region, c.profile, unit, {});
      for (const expected of c.lines) {
        const line = pkg.lines.find((l) => l.incentive.category === expected.category);
        expect(line).toBeDefined();
        expect(line!.status).toBe(expected.status);
        if (expected.status === "eligible") {
          const shown = (line!.working.perUnit * line!.working.times) / unit.multiplier;
          expect(shown).toBeCloseTo(expected.amount, 6);
          // A line paid to a team or person is shown with its amount but never summed.
          expect(line!.amount).toBe(line!.paidToOther ? 0 : line!.working.perUnit * line!.working.times);
        } else if (expected.status === "not-eligible") {
          expect(line!.failed?.condition.field ?? line!.zeroField).toBe(expected.field);
          expect(line!.amount).toBe(0);
        } else {
          if (expected.field === "no basis") expect(line!.noBasis).toBe(true);
          else expect([...line!.missing, ...line!.toConfirm.map((c) => c.condition.field)]).toContain(expected.field);
          expect(line!.amount).toBe(0);
        }
      }
    });
  }
});
