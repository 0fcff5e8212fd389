/** The generated Traditional → Simplified table is what OpenCC says today (regenerate: node scripts/gen-t2s-table.cjs). */
import { T2S_PAIRS } from "../../src/core/t2s-table";
import { foldToSimplified } from "../../src/core/text";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { t2sPairs } = require("../../scripts/gen-t2s-table.cjs");

test("the committed table matches OpenCC", () => {
  expect(T2S_PAIRS).toBe(t2sPairs());
});

test("it folds the Traditional of the sources", () => {
  expect(foldToSimplified("廣東省推動人工智能與機器人產業創新發展")).toBe("广东省推动人工智能与机器人产业创新发展");
  expect(foldToSimplified("成都高新區")).toBe("成都高新区");
});
