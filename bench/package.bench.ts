/**
 * The company package: CN.AIPACKAGETOTAL calls per second through the core (profile range parsed
 * every call, as Excel passes it), and 1,000 package cells (CN.AIPACKAGETOTAL over varied
 * profiles, each its own 2-column range) built and evaluated in HyperFormula, every cell checked
 * against the core.
 */
import type { RawCellContent } from "hyperformula";
import { Atlas } from "../src/core/names/atlas";
import { aipackagetotal } from "../src/core/package/package-formulas";
import { bundledDataset } from "../src/data/bundled";
import { engineWithSheet } from "../test/support/hyperformula-cn";
import { medianMs, report, scaled } from "./report";

const atlas = new Atlas(bundledDataset());
const CELLS = scaled(1_000, 64); // at least 64 rows: the eight profiles stack in A1:B64

/** The worked example of PRODUCT.md §9, with the R&D input varied by `n`. */
function profile(n: number): (string | number)[][] {
  return [
    ["computeSpend", 8_000_000 + (n % 7) * 1_000_000],
    ["modelRndCost", 200_000_000],
    ["modelParameters", 120_000_000_000],
    ["modelLeading", n % 5 === 0 ? "no" : "yes"],
    ["rndInput", 10_000_000 + (n % 11) * 5_000_000],
    ["rndIntensity", "25%"],
    ["highEndHires", n % 9],
    ["years", 1 + (n % 3)],
  ];
}

const REGIONS = ["成都高新区", "苏州", "Zhuhai"];

function callLoop(n: number): number {
  const profiles = [0, 1, 2, 3, 4, 5, 6, 7].map(profile);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += aipackagetotal(atlas, REGIONS[i % 3], profiles[i & 7], i & 1 ? "possible" : null, null);
  return sum;
}

/**
 * A sheet of 1,000 package cells: eight scenario profiles stacked in A:B (8 rows each), and in
 * each row a region (C) and a CN.AIPACKAGETOTAL over one of the profiles (D), eligible or possible.
 */
function sheet(): { content: RawCellContent[][]; expected: number[] } {
  const content: RawCellContent[][] = Array.from({ length: CELLS }, () => [null, null, null, null]);
  const profiles = [0, 1, 2, 3, 4, 5, 6, 7].map(profile);
  profiles.forEach((p, k) => p.forEach((r, i) => ((content[k * 8 + i][0] = r[0]), (content[k * 8 + i][1] = r[1]))));
  const expected: number[] = [];
  for (let n = 0; n < CELLS; n++) {
    const k = n % 8;
    const region = REGIONS[n % 3];
    const which = n % 2 ? "possible" : "eligible";
    content[n][2] = region;
    content[n][3] = `=CN.AIPACKAGETOTAL(C${n + 1},$A$${k * 8 + 1}:$B$${k * 8 + 8},"${which}")`;
    expected.push(aipackagetotal(atlas, region, profiles[k], which, null));
  }
  return { content, expected };
}

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  const n = scaled(200_000, 2_000);
  callLoop(n / 10);
  const start = process.hrtime.bigint();
  callLoop(n);
  const nsPerCall = Number(process.hrtime.bigint() - start) / n;

  const { content, expected } = sheet();
  const { hf, sheet: id } = engineWithSheet(atlas, content);
  const wrong = expected.filter((v, i) => hf.getCellValue({ sheet: id, row: i, col: 3 }) !== v).length;
  if (wrong > 0) throw new Error(`${wrong} of ${CELLS} package cells disagree with the core`);
  const ms = await medianMs(() => engineWithSheet(atlas, content), 5);
  report("package", [
    { name: "CN.AIPACKAGETOTAL core call (8-field profile parsed each call)", value: nsPerCall / 1000, unit: "µs" },
    { name: "CN.AIPACKAGETOTAL calls per second", value: Math.round(1e9 / nsPerCall), unit: "calls/s" },
    {
      name: `${CELLS.toLocaleString("en-US")} CN.AIPACKAGETOTAL cells built and evaluated (HyperFormula)`,
      value: ms,
      unit: "ms",
      note: "every cell equal to the core",
    },
  ]);
}
