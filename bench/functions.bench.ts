/**
 * CN.AISUBSIDY throughput, alias resolution included, against a bare Map lookup of the same typed
 * names measured in the same run (PRODUCT.md §7: a call costs no more than a few times a Map
 * lookup). Each loop is its own function so neither pays for a shared, polymorphic call site.
 */
import { Atlas } from "../src/core/names/atlas";
import { aisubsidy } from "../src/core/api/formulas";
import { bundledDataset } from "../src/data/bundled";
import { report, scaled } from "./report";

const atlas = new Atlas(bundledDataset());
// The names as users type them: Simplified, English, Traditional, a short alias.
const regions = ["成都高新区", "Chengdu Hi-tech Zone", "成都高新區", "苏州"];
const categories = ["model", "rnd", "算力", "chip"];
const amounts = [200_000_000, 20_000_000, 1_000_000, 50_000_000];
const map = new Map(regions.map((r, i) => [r, i]));

function mapLoop(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += map.get(regions[i & 3]) ?? 0;
  return sum;
}

function subsidyLoop(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += aisubsidy(atlas, regions[i & 3], categories[i & 3], amounts[i & 3], null);
  return sum;
}

function nsPerCall(loop: (n: number) => number, n: number): number {
  loop(n / 10);
  const start = process.hrtime.bigint();
  loop(n);
  return Number(process.hrtime.bigint() - start) / n;
}

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  const calls = scaled(5_000_000, 20_000);
  const rounds = Array.from({ length: scaled(3, 1) }, () => ({ map: nsPerCall(mapLoop, calls), subsidy: nsPerCall(subsidyLoop, calls) }));
  const best = { map: Math.min(...rounds.map((r) => r.map)), subsidy: Math.min(...rounds.map((r) => r.subsidy)) };
  report("functions", [
    { name: "bare Map.get of the typed region name", value: best.map, unit: "ns/call" },
    { name: "CN.AISUBSIDY core call (resolution + rule)", value: best.subsidy, unit: "ns/call" },
    { name: "CN.AISUBSIDY calls per second", value: Math.round(1e9 / best.subsidy), unit: "calls/s" },
    { name: "cost of one CN.AISUBSIDY call in Map lookups", value: best.subsidy / best.map, unit: "×", note: "best of 3 rounds" },
  ]);
}
