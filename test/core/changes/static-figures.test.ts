/**
 * Static figures on a Sources sheet checked against a new version: the block names its sheet and
 * version; a figure whose incentive changed is listed with the new figure (the new cap, or the new
 * rule on the same amount); an unchanged one is not; a heading of another tool is not a block.
 */
import { sourcesBlocks, staticFigureChanges } from "../../../src/core/changes/static-figures";
import { Atlas } from "../../../src/core/names/atlas";
import { planComparison } from "../../../src/core/sheets/comparison-plan";
import { sourcesBlock } from "../../../src/core/sheets/sources-plan";
import { bundledDataset } from "../../../src/data/bundled";
import { diffDatasets } from "../../../src/data/diff";
import { changedVersion } from "../../support/changed-versions";

const before = new Atlas(bundledDataset());

/** The Sources sheet a static comparison of Chengdu and Suzhou would get, in `language`, for an amount (or caps). */
function sourcesSheet(language: "en" | "zh", amount?: number) {
  const plan = planComparison(before, {
    regionIds: ["chengdu-hitech", "suzhou"],
    categoryIds: ["model", "chip"],
    orientation: "categories-as-rows",
    mode: "static",
    unit: "wan",
    amount,
    language,
  });
  const grid = sourcesBlock(plan.sources, plan.sheetName);
  return [["a heading of the user's own"], [], ...grid.values];
}

test.each(["en", "zh"] as const)("(%s) a changed cap: the figure is listed with the new cap; the unchanged one is not", (language) => {
  const [block] = sourcesBlocks(sourcesSheet(language));
  expect(block.version).toBe(before.dataset.version);
  expect(block.forSheet).toMatch(/AI|对比/);
  expect(block.rows.length).toBe(2);
  const next = changedVersion("model cap 3500万");
  const changes = staticFigureChanges("AI Atlas Sources", block, {
    before,
    after: new Atlas(next),
    records: diffDatasets(bundledDataset(), next).records,
  });
  expect(changes.map((c) => [c.before, c.after, c.causes.map((k) => k.id).join()])).toEqual([[3000, 3500, "cdht-model"]]);
  expect(changes[0].address).toBe(`D${block.rows[0].row + 1}`);
});

test("a figure below its cap: the new rule on the same amount", () => {
  const [block] = sourcesBlocks(sourcesSheet("en", 50_000_000));
  const next = changedVersion("model rate 25%");
  const changes = staticFigureChanges("AI Atlas Sources", block, {
    before,
    after: new Atlas(next),
    records: diffDatasets(bundledDataset(), next).records,
  });
  expect(changes.map((c) => [c.before, c.after])).toEqual([[1500, 1250]]);
});

test("an incentive that is gone: the figure is listed as #N/A in the new version", () => {
  const [block] = sourcesBlocks(sourcesSheet("en"));
  const next = changedVersion("Suzhou chip removed");
  const [change] = staticFigureChanges("AI Atlas Sources", block, {
    before,
    after: new Atlas(next),
    records: diffDatasets(bundledDataset(), next).records,
  });
  expect([change.before, change.after]).toEqual([10000, expect.objectContaining({ error: "#N/A" })]);
});

test("rows that are not a block's figures are ignored", () => {
  expect(sourcesBlocks([["Sources for sheet “x” — something else"], ["a", "b", "c", 12]])).toEqual([]);
});
