/**
 * Reading a profile range: every field answers to its id, English and Chinese names and aliases
 * (no two fields share a name); yes/no, fractions, money in the unit; a header row, blank rows
 * and a profile laid out across are read; every mistake is a #VALUE! message naming the fix.
 */
import { AtlasError } from "../../../src/core/errors";
import { PROFILE_FIELDS, profileFieldNamed, profileFieldNames } from "../../../src/core/package/profile-fields";
import { parseProfile } from "../../../src/core/package/profile";
import { lookupKey } from "../../../src/core/text/normalise";
import { parseUnit } from "../../../src/core/text/units";

test("every field answers to each of its names, and no name means two fields", () => {
  const owner = new Map<string, string>();
  for (const field of PROFILE_FIELDS) {
    for (const name of profileFieldNames(field)) {
      expect(profileFieldNamed(name)?.id).toBe(field.id);
      expect(profileFieldNamed(` ${name.toUpperCase()} `)?.id).toBe(field.id);
      const key = lookupKey(name);
      expect([undefined, field.id]).toContain(owner.get(key));
      owner.set(key, field.id);
    }
  }
});

test.each([
  ["yes", true],
  ["Yes", true],
  ["是", true],
  ["TRUE", true],
  [true, true],
  [1, true],
  ["no", false],
  ["否", false],
  ["FALSE", false],
  [false, false],
  [0, false],
])("yes/no: %p reads as %p", (typed, expected) => {
  expect(parseProfile([["modelLeading", typed]]).get("modelLeading")).toBe(expected);
});

test.each(["", null, "unknown", "未知", "?", "-"])("yes/no: %p leaves the field missing (unknown)", (typed) => {
  expect(parseProfile([["modelLeading", typed]]).has("modelLeading")).toBe(false);
});

test.each([
  ["25%", 0.25],
  [" 25 % ", 0.25],
  ["０．２", 0.2],
  [0.2, 0.2],
  ["100%", 1],
])("fraction: %p reads as %p", (typed, expected) => {
  expect(parseProfile([["rndIntensity", typed]]).get("rndIntensity")).toBeCloseTo(expected, 12);
});

test("money takes the unit; text brings its own", () => {
  expect(parseProfile([["rndInput", 5000]], parseUnit("万")).get("rndInput")).toBe(50_000_000);
  expect(parseProfile([["rndInput", "5000万"]], parseUnit("亿")).get("rndInput")).toBe(50_000_000);
  expect(parseProfile([["modelParameters", 1200]], parseUnit("万")).get("modelParameters")).toBe(1200);
});

test("a header row, blank rows and a profile laid out across are read", () => {
  const down = parseProfile([
    ["Field", "Value"],
    ["computeSpend", 8_000_000],
    [null, null],
    ["", ""],
    ["years", 3],
  ]);
  expect([...down]).toEqual([
    ["computeSpend", 8_000_000],
    ["years", 3],
  ]);
  const across = parseProfile([
    ["computeSpend", "years", "modelLeading"],
    [8_000_000, 3, "是"],
  ]);
  expect([...across]).toEqual([
    ["computeSpend", 8_000_000],
    ["years", 3],
    ["modelLeading", true],
  ]);
});

test.each<[string, unknown, string]>([
  ["an unknown field", [["revenue", 1]], "Unknown profile field 'revenue'. Known fields: computeSpend, modelRndCost"],
  [
    "a field given twice",
    [
      ["rndInput", 1],
      ["研发投入", 2],
    ],
    "gives rndInput twice (rows 1 and 2)",
  ],
  ["a value without a field", [["", 5]], "Row 1 of the profile has a value (5) but no field name"],
  ["a single cell", 5, "two-column range (field, value), not the single value 5"],
  [
    "three columns",
    [
      ["a", 1, 2],
      ["b", 1, 2],
      ["c", 1, 2],
    ],
    "3 columns wide",
  ],
  ["intensity as a percentage number", [["rndIntensity", 25]], "Type 25% or 0.25"],
  ["a count with decimals", [["highEndHires", 2.5]], "whole number from 0"],
  ["zero years", [["years", 0]], "whole number from 1 to 50"],
  ["a yes/no field with a guess", [["dataAward", "maybe"]], "yes/no field"],
  ["negative spend", [["computeSpend", -1]], "zero or more"],
  ["spend as TRUE", [["computeSpend", true]], "must be an amount"],
])("%s is a #VALUE! with a message", (_name, range, message) => {
  let thrown: unknown;
  try {
    parseProfile(range);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AtlasError);
  expect((thrown as AtlasError).isNotFound).toBe(false);
  expect((thrown as AtlasError).message).toContain(message);
});
