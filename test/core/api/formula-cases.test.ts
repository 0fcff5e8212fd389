/**
 * The fixture table (test/fixtures/formula-cases.md) against the pure formula core.
 */
import { Atlas } from "../../../src/core/names/atlas";
import { isAtlasError } from "../../../src/core/errors";
import { fixedClock } from "../../../src/core/rules/freshness";
import { aifund, aifunds, aiincentives, aipolicies, aisource, aisubsidy, aitargets } from "../../../src/core/api/formulas";
import { bundledDataset } from "../../../src/data/bundled";
import { containsTexts, formulaCases } from "../../support/formula-fixture";

const atlas = new Atlas(bundledDataset());
const core: Record<string, (...args: unknown[]) => unknown> = {
  AISUBSIDY: (...a) => aisubsidy(atlas, ...(a as [unknown, unknown])),
  AIFUND: (...a) => aifund(atlas, ...(a as [unknown])),
  AISOURCE: (...a) => aisource(atlas, ...(a as [unknown, unknown])),
  AITARGETS: (...a) => aitargets(atlas, a[0], a[1], fixedClock("2026-11-30")),
  AIFUNDS: (...a) => aifunds(atlas, a[0]),
  AIINCENTIVES: (...a) => aiincentives(atlas, a[0], a[1]),
  AIPOLICIES: (...a) => aipolicies(atlas, a[0], fixedClock("2026-11-30")),
};

const cases = formulaCases();

test("the fixture has at least 40 cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

test.each(cases.map((c) => [`${c.n} ${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(", ")}): ${c.clause}`, c]))("%s", (_title, c) => {
  const run = (): unknown => core[c.fn](...c.args);
  if (c.expected.kind === "error") {
    let thrown: unknown;
    try {
      run();
    } catch (e) {
      thrown = e;
    }
    expect(isAtlasError(thrown)).toBe(true);
    if (!isAtlasError(thrown)) return;
    expect(thrown.isNotFound ? "#N/A" : "#VALUE!").toBe(c.expected.code);
    expect(thrown.message).toContain(c.expected.text);
  } else if (c.expected.kind === "contains") {
    expect(containsTexts(run())).toContainEqual(expect.stringContaining(c.expected.text));
  } else {
    expect(run()).toBeCloseTo(c.expected.value, 9);
  }
});
