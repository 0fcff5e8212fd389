/**
 * A dataset 100× today's size validates and swaps (the timing is in bench/refresh.bench.ts, not
 * asserted here), and its cloned regions answer the functions like the originals.
 */
import { aisubsidy } from "../../src/core/api/formulas";
import { diffDatasets } from "../../src/data/diff";
import { parseDatasetText } from "../../src/data/parse-dataset";
import { currentAtlas, resetStoreForTests, swapDataset } from "../../src/data/store";
import { scaledDataset } from "../support/datasets";

afterAll(() => resetStoreForTests());

test("a 100× dataset passes validation and swaps in", () => {
  const big = scaledDataset(100);
  expect(big.incentives).toHaveLength(100 * scaledDataset(1).incentives.length);
  const validated = parseDatasetText(JSON.stringify(big));
  const before = currentAtlas().dataset;
  swapDataset(validated, "refreshed");
  expect(aisubsidy(currentAtlas(), "成都高新区 57", "model", 200_000_000)).toBe(30_000_000);
  expect(aisubsidy(currentAtlas(), "chengdu-hitech-x99", "model", 200_000_000)).toBe(30_000_000);
  expect(diffDatasets(before, validated).counts.incentive.added).toBe(99 * before.incentives.length);
});
