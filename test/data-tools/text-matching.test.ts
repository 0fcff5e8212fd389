/**
 * The pieces under the checks: the nearest passage of a quote (approximate substring matching),
 * the normalised text's map back to the source's own script, and the numeric fields a record
 * states (where a new field is one line).
 */
import { nearestPassage } from "../../tools/data/nearest-passage";
import { readableNumber } from "../../tools/data/readable";
import { numbersAt } from "../../tools/data/record-figures";
import { displaySlice, normalizeWithOrigins } from "../../tools/data/source-text";

describe("nearestPassage", () => {
  const text = "总规模100亿元,首期规模20亿元,重点投资人工智能。";

  test.each([
    ["an exact passage", "首期规模20亿元", "首期规模20亿元", 0],
    ["one character changed", "首期规模30亿元", "首期规模20亿元", 1],
    ["one character missing", "首期规20亿元", "首期规模20亿元", 1],
    ["one character extra", "首期规模模20亿元", "首期规模20亿元", 1],
    ["two changed", "首次规模30亿元", "首期规模20亿元", 2],
  ])("%s", (_name, quote, passage, edits) => {
    const near = nearestPassage(quote, text);
    expect([text.slice(near.start, near.end), near.distance]).toEqual([passage, edits]);
  });

  test("finds a mistyped long quote in a long source", () => {
    const filler = "成都高新区人工智能产业政策".repeat(400);
    const passage = "对关键技术内部研发投入强度达20%以上且年度研发投入1500万元(含)以上的企业,按照企业年度研发投入的10%给予补助";
    const source = `${filler}${passage}${filler}`;
    const near = nearestPassage(passage.replace("1500万元", "1050万元"), source);
    expect([near.start, near.end, near.distance]).toEqual([filler.length, filler.length + passage.length, 2]);
  });
});

describe("normalizeWithOrigins", () => {
  const source = normalizeWithOrigins("正式發(fā)布，首期規(guī)模２０億元\n第二行");

  test("the matching form: pinyin stripped, Simplified, width and punctuation folded, no spaces", () => {
    expect(source.text).toBe("正式发布,首期规模20亿元第二行");
  });

  test("maps back to the source's own script, without the pinyin", () => {
    const at = source.text.indexOf("规模20亿元");
    expect(displaySlice(source, at, at + "规模20亿元".length)).toBe("規模２０億元");
    expect(displaySlice(source, source.text.indexOf("元"), source.text.length)).toBe("元 第二行");
  });
});

describe("numbersAt", () => {
  const record = { cap: 5, conditions: [{ value: 1 }, { zh: "无数值" }, { value: 0.2 }], budget: { amount: 7 } };

  test.each([
    ["cap", [{ path: "cap", value: 5 }]],
    ["budget.amount", [{ path: "budget.amount", value: 7 }]],
    [
      "conditions[].value",
      [
        { path: "conditions[0].value", value: 1 },
        { path: "conditions[2].value", value: 0.2 },
      ],
    ],
    ["minimum", []],
    ["toString", []],
  ])("%s", (field, expected) => {
    expect(numbersAt(record, field)).toEqual(expected);
  });
});

describe("readableNumber", () => {
  test.each([
    [3_000_000, "3000000 (300万)"],
    [120_000_000, "120000000 (1.2亿)"],
    [1_000_000_000_000, "1000000000000 (1万亿)"],
    [0.3, "0.3 (30%)"],
    [14, "14"],
    [2027, "2027"],
  ])("%p reads %p", (value, text) => {
    expect(readableNumber(value)).toBe(text);
  });
});
