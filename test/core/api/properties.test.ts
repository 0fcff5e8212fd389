/**
 * Property tests (fast-check): thousands of random arguments never produce a raw exception, NaN,
 * a negative amount or a value above the cap; results grow with the amount; names resolve
 * whatever the case, width, spacing or script.
 */
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { Atlas } from "../../../src/core/names/atlas";
import { isAtlasError } from "../../../src/core/errors";
import { fixedClock } from "../../../src/core/rules/freshness";
import { aicategories, aidata, aifund, airegions, aisubsidy, aitargets } from "../../../src/core/api/formulas";
import { bundledDataset } from "../../../src/data/bundled";
import { PROTOTYPE_WORDS } from "../../support/prototype-words";

const atlas = new Atlas(bundledDataset());
const regions = atlas.dataset.regions;
const categories = [...atlas.dataset.categories.map((c) => c.id), "any"];
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

const region = fc.constantFrom(...regions);
const category = fc.constantFrom(...categories);
const amount = fc.oneof(fc.double({ min: 0, max: 1e15, noNaN: true }), fc.integer({ min: 0, max: 1e12 }), fc.constant(0));
const unit = fc.constantFrom(null, "万", "亿元", "CNY", "yuan", "10k", "100m", "million");
/** Names a plain-object lookup would find on Object.prototype: each must be an unknown name. */
const prototypeWord = fc.constantFrom(...PROTOTYPE_WORDS);

/** Runs a formula; returns its value or the AtlasError it threw. Any other throw fails the test. */
function outcome(run: () => number): number | "error" {
  try {
    return run();
  } catch (e) {
    if (isAtlasError(e)) return "error";
    throw e;
  }
}

test("AISUBSIDY is finite, non-negative and never above the largest cap", () => {
  fc.assert(
    fc.property(region, category, fc.option(amount, { nil: null }), unit, (r, c, a, u) => {
      const value = outcome(() => aisubsidy(atlas, r.id, c, a, u));
      if (value === "error") return;
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      const cap = aisubsidy(atlas, r.id, c, null, u);
      expect(value).toBeLessThanOrEqual(cap * (1 + 1e-12));
    }),
    { numRuns: 3000 },
  );
});

test("AISUBSIDY never decreases as the amount grows", () => {
  fc.assert(
    fc.property(region, category, amount, amount, (r, c, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const low = outcome(() => aisubsidy(atlas, r.id, c, lo));
      const high = outcome(() => aisubsidy(atlas, r.id, c, hi));
      expect(low === "error").toBe(high === "error");
      if (low !== "error" && high !== "error") expect(low).toBeLessThanOrEqual(high);
    }),
    { numRuns: 3000 },
  );
});

test("the unit scales the amount and the result alike", () => {
  fc.assert(
    fc.property(region, category, fc.integer({ min: 0, max: 1e9 }), (r, c, wan) => {
      const inWan = outcome(() => aisubsidy(atlas, r.id, c, wan, "万"));
      const inYuan = outcome(() => aisubsidy(atlas, r.id, c, wan * 1e4));
      if (inWan === "error" || inYuan === "error") return expect(inWan).toBe(inYuan);
      expect(inWan * 1e4).toBeCloseTo(inYuan, 2);
    }),
    { numRuns: 2000 },
  );
});

test("random arguments of any type give a number or a typed error, never a raw exception", () => {
  const anything = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.double(),
    fc.constant(null),
    fc.constantFrom(...regions.map((r) => r.name.zhHans)),
    fc.constantFrom(...categories),
    prototypeWord,
    prototypeWord.map((w) => ` ${w.toUpperCase()} `),
  );
  fc.assert(
    fc.property(anything, anything, anything, anything, (a, b, c, d) => {
      const values = [outcome(() => aisubsidy(atlas, a, b, c, d)), outcome(() => aifund(atlas, a, b, c, d) as number)];
      for (const v of values) if (v !== "error" && typeof v !== "string") expect(Number.isFinite(v) && v >= 0).toBe(true);
    }),
    { numRuns: 5000 },
  );
});

/** A name as a careless or far-away user might type it. */
const respell = (name: string): fc.Arbitrary<string> =>
  fc.record({ upper: fc.boolean(), wide: fc.boolean(), spaces: fc.boolean(), traditional: fc.boolean() }).map((o) => {
    let s = o.traditional ? toTraditional(name) : name;
    if (o.upper) s = s.toUpperCase();
    if (o.spaces) s = ` ${s.split("").join(" ")} `;
    if (o.wide) s = s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
    return s;
  });

test("region names resolve whatever the case, width, spacing or script", () => {
  const named = region.chain((r) =>
    fc
      .constantFrom(r.id, r.name.zhHans, r.name.zhHant, r.name.en, r.pinyin, ...r.aliases)
      .chain((n) => respell(n).map((s) => [r, s] as const)),
  );
  fc.assert(
    fc.property(named, ([r, typed]) => {
      expect(atlas.region(typed).id).toBe(r.id);
    }),
    { numRuns: 3000 },
  );
});

test("category names resolve whatever the case, width, spacing or script", () => {
  const named = fc
    .constantFrom(...atlas.dataset.categories)
    .chain((c) => fc.constantFrom(c.id, c.name.zh, c.name.en, ...c.aliases).chain((n) => respell(n).map((s) => [c, s] as const)));
  fc.assert(
    fc.property(named, ([c, typed]) => {
      expect(atlas.category(typed).id).toBe(c.id);
    }),
    { numRuns: 3000 },
  );
});

test("Object.prototype's names are unknown regions, categories, funds, fields and units, whatever their spelling", () => {
  const typed = fc.oneof(
    prototypeWord,
    prototypeWord.chain((w) => respell(w)),
  );
  const rejects = (run: () => unknown): void => {
    expect(outcome(() => Number(run()))).toBe("error");
  };
  fc.assert(
    fc.property(typed, region, category, (word, r, c) => {
      rejects(() => atlas.region(word));
      rejects(() => atlas.category(word));
      rejects(() => aisubsidy(atlas, word, c));
      rejects(() => aisubsidy(atlas, r.id, word));
      rejects(() => aisubsidy(atlas, r.id, c, 100, word));
      rejects(() => aifund(atlas, r.id, word));
      rejects(() => aifund(atlas, r.id, null, word));
      rejects(() => airegions(atlas, word));
      rejects(() => aicategories(atlas, word));
      rejects(() => aidata(atlas, { origin: "bundled", loadedAt: "" }, word, fixedClock("2026-11-30")));
      rejects(() => aitargets(atlas, word, null, fixedClock("2026-11-30")));
      rejects(() => aitargets(atlas, r.id, word, fixedClock("2026-11-30")));
    }),
    { numRuns: 500 },
  );
});
