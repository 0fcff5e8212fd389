/** The generated Traditional → Simplified table is what OpenCC says today (regenerate: node scripts/gen-t2s-table.cjs). */
import * as fs from "fs";
import * as path from "path";
import { foldToSimplified, traditionalToSimplified } from "../../../src/core/text/normalise";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { t2sPairs, render } = require("../../../scripts/gen-t2s-table.cjs") as { t2sPairs: () => string; render: (pairs: string) => string };

test("the committed table is what the generator writes today", () => {
  expect(fs.readFileSync(path.join(__dirname, "../../../src/core/text/t2s-table.ts"), "utf8")).toBe(render(t2sPairs()));
});

test("the decoded table is exactly OpenCC's pairs", () => {
  const decoded = [...traditionalToSimplified()].map(([traditional, simplified]) => traditional + simplified).join("");
  expect(decoded).toBe(t2sPairs());
  expect(traditionalToSimplified().size).toBeGreaterThan(3000);
  expect(traditionalToSimplified().get("區")).toBe("区");
  expect(traditionalToSimplified().get("区")).toBeUndefined(); // already Simplified: not a key
});

test("it folds the Traditional of the sources", () => {
  expect(foldToSimplified("廣東省推動人工智能與機器人產業創新發展")).toBe("广东省推动人工智能与机器人产业创新发展");
  expect(foldToSimplified("成都高新區")).toBe("成都高新区");
});
