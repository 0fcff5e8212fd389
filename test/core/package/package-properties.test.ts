/**
 * Property tests of the company package (fast-check): for random profiles (any field present or
 * missing) in every region with incentives, totals equal the sum of their lines, eligible ≤
 * possible, nothing is negative or non-finite, totals never fall when a spend, count, intensity
 * or parameter count rises, and the unit changes only the scale. Random junk profiles give an
 * AtlasError, never a raw exception.
 */
import fc from "fast-check";
import { Atlas } from "../../../src/core/names/atlas";
import { isAtlasError } from "../../../src/core/errors";
import { companyPackage, rankPackages } from "../../../src/core/package/package";
import { aipackage, aipackagetotal } from "../../../src/core/package/package-formulas";
import { PROFILE_FIELDS } from "../../../src/core/package/profile-fields";
import { profileOf, type ProfileValue } from "../../../src/core/package/profile";
import type { ProfileFieldId } from "../../../src/core/rules/schema";
import { bundledDataset } from "../../../src/data/bundled";

const atlas = new Atlas(bundledDataset());
const withRules = atlas.dataset.regions.filter((r) => atlas.dataset.incentives.some((i) => i.regionId === r.id));
const region = fc.constantFrom(...withRules);

const valueOf: Record<string, fc.Arbitrary<ProfileValue>> = {
  money: fc.oneof(fc.integer({ min: 0, max: 1e10 }), fc.constantFrom(0, 15_000_000, 14_999_999, 50_000_000)),
  fraction: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.2, 0.19, 0.25)),
  count: fc.integer({ min: 0, max: 50 }),
  number: fc.oneof(fc.integer({ min: 0, max: 2e11 }), fc.constantFrom(1e11, 1e11 + 1)),
  "yes-no": fc.boolean(),
  years: fc.integer({ min: 1, max: 10 }),
};

/** A profile with each field present (random value) or missing. */
const profileValues = fc.record(
  Object.fromEntries(PROFILE_FIELDS.map((f) => [f.id, fc.option(valueOf[f.kind], { nil: undefined })])) as Record<
    ProfileFieldId,
    fc.Arbitrary<ProfileValue | undefined>
  >,
);
const numericFields = PROFILE_FIELDS.filter((f) => f.kind !== "yes-no").map((f) => f.id);

test("totals are the sums of their lines; eligible ≤ possible; nothing negative or non-finite", () => {
  fc.assert(
    fc.property(region, profileValues, (r, values) => {
      const pkg = companyPackage(atlas, r, profileOf(values));
      const sum = (f: (l: (typeof pkg.lines)[number]) => number): number => pkg.lines.reduce((s, l) => s + f(l), 0);
      expect(pkg.eligible).toBeCloseTo(
        sum((l) => l.amount),
        2,
      );
      expect(pkg.possible).toBeCloseTo(
        sum((l) => l.possible),
        2,
      );
      expect(pkg.eligible).toBeLessThanOrEqual(pkg.possible);
      for (const l of pkg.lines) {
        expect(Number.isFinite(l.amount) && Number.isFinite(l.possible)).toBe(true);
        expect(l.amount).toBeGreaterThanOrEqual(0);
        expect(l.amount).toBeLessThanOrEqual(l.possible);
        if (l.status !== "eligible") expect(l.amount).toBe(0);
        if (l.noBasis) expect(l.status).toBe("unknown");
      }
    }),
    { numRuns: 400 },
  );
});

test("monotone: raising any spend, count, intensity, parameter count or horizon never lowers a total", () => {
  fc.assert(
    fc.property(
      region,
      profileValues,
      fc.constantFrom(...numericFields),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (r, values, field, bump) => {
        const before = values[field];
        if (typeof before !== "number") return;
        const kind = PROFILE_FIELDS.find((f) => f.id === field)!.kind;
        const raised =
          kind === "fraction" ? before + (1 - before) * bump : kind === "count" || kind === "years" ? before + 1 : before * (1 + bump) + 1;
        const low = companyPackage(atlas, r, profileOf(values));
        const high = companyPackage(atlas, r, profileOf({ ...values, [field]: raised }));
        expect(high.eligible).toBeGreaterThanOrEqual(low.eligible);
        expect(high.possible).toBeGreaterThanOrEqual(low.possible);
      },
    ),
    { numRuns: 400 },
  );
});

test("unit-consistent: money in 万 in, 万 out, equals yuan in, yuan out, divided by 10,000", () => {
  fc.assert(
    fc.property(region, profileValues, fc.constantFrom("eligible", "possible"), (r, values, which) => {
      const rows = (scale: number): (string | number | boolean)[][] =>
        PROFILE_FIELDS.filter((f) => values[f.id] !== undefined).map((f) => {
          const v = values[f.id] as ProfileValue;
          return [f.id, f.kind === "money" && typeof v === "number" ? v / scale : v];
        });
      const yuan = aipackagetotal(atlas, r.id, [["field", "value"], ...rows(1)], which, null);
      const wan = aipackagetotal(atlas, r.id, [["field", "value"], ...rows(1e4)], which, "万");
      expect(wan * 1e4).toBeCloseTo(yuan, 0);
    }),
    { numRuns: 300 },
  );
});

test("a package ranking is ordered by eligible, then possible", () => {
  fc.assert(
    fc.property(profileValues, (values) => {
      const ranked = rankPackages(atlas, profileOf(values));
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1].pkg, ranked[i].pkg];
        expect(a.eligible > b.eligible || (a.eligible === b.eligible && a.possible >= b.possible)).toBe(true);
      }
    }),
    { numRuns: 200 },
  );
});

test("junk profiles give an AtlasError or a rectangular table, never a raw exception", () => {
  const junk = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.integer());
  fc.assert(
    fc.property(region, fc.array(fc.array(junk, { minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 5 }), (r, range) => {
      try {
        const table = aipackage(atlas, r.id, range, null);
        expect(new Set(table.map((row) => row.length)).size).toBe(1);
      } catch (e) {
        if (!isAtlasError(e)) throw e;
      }
    }),
    { numRuns: 500 },
  );
});
