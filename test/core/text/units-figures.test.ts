/** Units, amounts and the figure scanner, case by case. */
import { isAtlasError } from "../../../src/core/errors";
import { parseAmountText, parseChineseNumeral, scanFigures } from "../../../src/core/text/figures";
import { fromYuan, parseAmount, parseUnit } from "../../../src/core/text/units";

describe("parseUnit", () => {
  test.each([
    [null, 1],
    ["", 1],
    ["元", 1],
    ["CNY", 1],
    ["yuan", 1],
    ["万", 1e4],
    ["万元", 1e4],
    ["萬元", 1e4],
    ["10k", 1e4],
    ["１０Ｋ", 1e4],
    ["亿", 1e8],
    ["億元", 1e8],
    ["100m", 1e8],
    ["100M", 1e8],
    ["million", 1e6],
    [" Million ", 1e6],
    ["billion", 1e9],
    [10000, 1e4],
  ])("%p is %p yuan", (input, multiplier) => {
    expect(parseUnit(input).multiplier).toBe(multiplier);
  });

  test.each([["bitcoin"], ["USD"], [true], [7], [{}]])("%p is refused with a message listing the units", (input) => {
    expect(() => parseUnit(input)).toThrow(/Unknown unit .*万\/万元\/10k/);
  });
});

describe("parseAmount", () => {
  test.each([
    [200000000, null, 200000000],
    [2, "亿", 200000000],
    [1.2, "亿", 120000000],
    [0.3, "万", 3000],
    ["200,000,000", null, 200000000],
    ["2亿", null, 200000000],
    ["2 亿元", null, 200000000],
    ["500万元", "亿", 5000000],
    ["１５００万", null, 15000000],
    ["1.5万亿", null, 1.5e12],
    ["3", "万", 30000],
  ])("%p in %p is %p yuan", (input, unit, yuan) => {
    expect(parseAmount(input, parseUnit(unit))).toBe(yuan);
  });

  test.each([null, undefined, ""])("%p means no amount", (input) => {
    expect(parseAmount(input, parseUnit(null))).toBeUndefined();
  });

  test.each([
    [-1, "zero or more", null],
    [Number.NaN, "finite", null],
    [Number.POSITIVE_INFINITY, "finite", null],
    [2e15, "over 1,000万亿", null],
    [20_000_000, "over 1,000万亿", "亿"],
    ["abc", "not an amount", null],
    ["2亿亿", "not an amount", null],
    [true, "TRUE/FALSE", null],
  ])("%p is refused (%s)", (input: unknown, message: string, unit: string | null) => {
    let error: unknown;
    try {
      parseAmount(input, parseUnit(unit));
    } catch (e) {
      error = e;
    }
    expect(isAtlasError(error) && error.kind).toBe("bad-amount");
    expect((error as Error).message).toContain(message);
  });

  test("fromYuan converts to the unit", () => {
    expect(fromYuan(30_000_000, parseUnit("万"))).toBe(3000);
    expect(fromYuan(30_000_000, parseUnit("亿"))).toBeCloseTo(0.3, 12);
  });
});

describe("Chinese numerals and the figure scanner", () => {
  test.each([
    ["十", 10],
    ["十四", 14],
    ["二十五", 25],
    ["两", 2],
    ["百", 100],
    ["千", 1000],
    ["三千五百", 3500],
    ["一二", Number.NaN],
    ["亿", Number.NaN],
  ])("%s = %p", (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toEqual(value);
  });

  test("reads money, counts, percentages, periods and fractions, not years or dates", () => {
    const found = scanFigures("2025年3月22日,计划3年投入12亿元,近千亿元,最高500万元,30%,十项措施,10余个,超三分之一,1万亿元,1,500万元").map(
      (f) => [f.kind, f.value],
    );
    expect(found).toEqual([
      ["years", 3],
      ["money", 1.2e9],
      ["money", 1e11],
      ["money", 5e6],
      ["percent", 0.3],
      ["count", 10],
      ["count", 10],
      ["fraction", 1 / 3],
      ["money", 1e12],
      ["money", 1.5e7],
    ]);
  });

  test("reads a target's deadline (到2027年, 2026年前) and an N位一体 count, still not a plain year or date", () => {
    const found = scanFigures("力争到2027年成为高地,2026年前完成,至 2030 年,2025年3月22日发布,四位一体模式,一位负责人").map((f) => [
      f.kind,
      f.value,
      f.text,
    ]);
    expect(found).toEqual([
      ["deadline", 2027, "到2027年"],
      ["deadline", 2026, "2026年前"],
      ["deadline", 2030, "至 2030 年"],
      ["count", 4, "四位"],
    ]);
  });

  test("parseAmountText names its unit or none", () => {
    expect(parseAmountText("2亿")).toEqual({ value: 2, multiplier: 1e8 });
    expect(parseAmountText("2,000")).toEqual({ value: 2000, multiplier: undefined });
    expect(parseAmountText("two")).toBeUndefined();
  });
});
