/**
 * No parser of user input backtracks (issue 22): every parser a worksheet argument, a profile cell,
 * a pasted formula or a typed name reaches is given `'1'×n+'x'`, `' '×n+'x'` and `'('×n` at
 * n = 32,767 (Excel's longest cell text) and must answer, or refuse, within a generous budget.
 * `/^\d*\.?\d+$/` (the old rndIntensity check) took 1.1 s on the first of these. Also: the key
 * cache stays within its character budget whatever the names.
 */
import { parseFormula } from "../../../src/core/formula/formula-syntax";
import { tokenize } from "../../../src/core/formula/formula-tokens";
import { isCnFormula, spillsTable } from "../../../src/core/formula/cn-formula-text";
import { parseProfile, parseProfileValue } from "../../../src/core/package/profile";
import { PROFILE_FIELDS } from "../../../src/core/package/profile-fields";
import { KEY_CACHE_BUDGET, keyCacheCharacters, lookupKey } from "../../../src/core/text/normalise";
import { parseAmount, parseUnit, YUAN } from "../../../src/core/text/units";
import { hasCnCall } from "../../../src/core/trace/trace";
import { sourceUrlProblem } from "../../../src/core/text/links";
import { Atlas } from "../../../src/core/names/atlas";
import { bundledDataset } from "../../../src/data/bundled";

const N = 32_767;
const HOSTILE: [string, string][] = [
  ["'1'×n+'x'", `${"1".repeat(N)}x`],
  ["' '×n+'x'", `${" ".repeat(N)}x`],
  ["'('×n", "(".repeat(N)],
  ["'1.'×n", "1.".repeat(N / 2)],
  ["'=CN.A('×n", "=CN.A(".repeat(N / 6)],
];
const atlas = new Atlas(bundledDataset());

const PARSERS: [string, (text: string) => unknown][] = [
  ["parseUnit", (t) => parseUnit(t)],
  ["parseAmount", (t) => parseAmount(t, YUAN)],
  ...PROFILE_FIELDS.map((f): [string, (text: string) => unknown] => [`profile ${f.id}`, (t) => parseProfileValue(f, t)]),
  ["parseProfile", (t) => parseProfile([[t, t]])],
  ["lookupKey", (t) => lookupKey(t)],
  ["region lookup with suggestions", (t) => atlas.regions.suggest(t)],
  ["tokenize", (t) => tokenize(t, 0)],
  ["parseFormula", (t) => parseFormula(`=${t}`)],
  ["hasCnCall", (t) => hasCnCall(`=${t}`)],
  ["isCnFormula", (t) => isCnFormula(`=${t}`, 1)],
  ["spillsTable", (t) => spillsTable(`=${t}`, [[1]])],
  ["sourceUrlProblem", (t) => sourceUrlProblem(`https://a.example/${t}`)],
];

describe.each(PARSERS)("%s", (_name, parse) => {
  test.each(HOSTILE)("%s answers or refuses within 250 ms", (_input, text) => {
    const start = performance.now();
    try {
      parse(text);
    } catch (error) {
      expect(error).not.toBeInstanceOf(RangeError); // a refusal, not a blown stack
    }
    expect(performance.now() - start).toBeLessThan(250);
  });
});

test("the key cache is bounded by characters: 5,000 distinct long names keep none, short ones stay within the budget", () => {
  const before = keyCacheCharacters();
  for (let i = 0; i < 5_000; i++) lookupKey(`${"名".repeat(1_000)}${i}`);
  expect(keyCacheCharacters()).toBe(before);
  for (let i = 0; i < 20_000; i++) lookupKey(`${"x".repeat(200)}${i}`);
  expect(keyCacheCharacters()).toBeLessThanOrEqual(KEY_CACHE_BUDGET);
});
