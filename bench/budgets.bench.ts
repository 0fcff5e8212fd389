/**
 * The input budgets of issue 22: what hostile or oversized input costs now. A 32,767-character
 * argument to each CN adapter (refused with #VALUE! before any lookup); the heap after 5,000
 * distinct long names (the filled-down `REPT("a",32000)&ROW()` of the review); the old and the
 * new rndIntensity check on '1'×32767+'x'; and a dataset at the schema's limits: building its
 * Atlas, the first unknown name (which builds the "did you mean" trie), and 100 more.
 */
import { Atlas } from "../src/core/names/atlas";
import { installCustomFunctionsDouble } from "../test/support/custom-functions-double";
import { datasetAtLimits, word } from "../test/support/limit-datasets";
import { medianMs, report, scaled, type Figure } from "./report";

installCustomFunctionsDouble();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../src/functions/functions") as typeof import("../src/functions/functions");

function refused(run: () => unknown): void {
  try {
    run();
  } catch {
    return;
  }
  throw new Error("a long argument was not refused");
}

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  const long = "a".repeat(32_767);
  const profile = [["rndIntensity", `${"1".repeat(32_766)}x`]];
  const figures: Figure[] = [
    {
      name: "AISUBSIDY with a 32,767-character region",
      value: await medianMs(() => refused(() => fns.aiSubsidy(long as never, "model" as never, null, null as never))),
      unit: "ms",
    },
    {
      name: "AIPACKAGETOTAL with a 32,767-character rndIntensity",
      value: await medianMs(() => refused(() => fns.aiPackageTotal("成都高新区" as never, profile, null as never, null as never))),
      unit: "ms",
      note: "1.1 s per call before",
    },
    {
      name: "AISOURCE with a 32,767-character figure",
      value: await medianMs(() => refused(() => fns.aiSource("成都高新区" as never, long))),
      unit: "ms",
    },
  ];
  const text = `${"1".repeat(32_767)}x`;
  figures.push(
    {
      name: "old rndIntensity regex /^\\d*\\.?\\d+$/ on '1'×32767+'x'",
      value: await medianMs(() => /^\d*\.?\d+$/.test(text), scaled(3, 1)),
      unit: "ms",
    },
    { name: "new rndIntensity regex on '1'×32767+'x'", value: await medianMs(() => /^(?:\d+(?:\.\d+)?|\.\d+)$/.test(text)), unit: "ms" },
  );
  const names = scaled(5_000, 500);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let row = 0; row < names; row++)
    refused(() => fns.aiSubsidy(`${"a".repeat(32_000)}${row}` as never, "model" as never, null, null as never));
  (globalThis as { gc?: () => void }).gc?.();
  figures.push({
    name: `heap growth after ${names} distinct 32,000-character regions`,
    value: Math.round((process.memoryUsage().heapUsed - before) / 1024 / 1024),
    unit: "MB",
    note: "+3.1 GiB for 3,000 before",
  });

  const dataset = datasetAtLimits();
  let atlas = new Atlas(dataset);
  figures.push({
    name: "at the limits: build the Atlas (2,000 regions × 16 aliases)",
    value: await medianMs(() => (atlas = new Atlas(dataset)), scaled(3, 1)),
    unit: "ms",
  });
  figures.push({
    name: "at the limits: first unknown name (builds the did-you-mean trie)",
    value: await medianMs(() => refused(() => new Atlas(dataset).region("zhangweiqux")), scaled(3, 1)),
    unit: "ms",
    note: "includes building the Atlas",
  });
  refused(() => atlas.region("zhangweiqux"));
  let round = 0;
  figures.push({
    name: "at the limits: 100 distinct unknown names with suggestions",
    value: await medianMs(() => {
      round++;
      for (let i = 0; i < 100; i++) refused(() => atlas.region(`${word(50_000 + round * 1000 + i * 7)}x`));
    }),
    unit: "ms",
    note: "3.7 s per cell before, for 100,000 aliases on one region",
  });
  report("budgets", figures);
}
