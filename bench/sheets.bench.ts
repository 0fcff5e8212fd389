/**
 * Comparison sheets (PRODUCT.md §7, Sheets): the time to plan a 50-region × 20-category sheet and
 * to write it (with its Sources block) against office-addin-mock, and the syncs each insertion
 * takes. The mock applies every write to an in-memory workbook, so the write time is the add-in's
 * own work plus the mock's, not Excel's.
 */
import { Atlas } from "../src/core/names/atlas";
import { planComparison } from "../src/core/sheets/comparison-plan";
import { type ComparisonOptions } from "../src/core/sheets/comparison-sheet";
import { insertComparison } from "../src/excel/comparison-writer";
import { wideDataset } from "../test/support/comparison-datasets";
import { FakeWorkbook } from "../test/support/fake-excel";
import { medianMs, report } from "./report";

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  const atlas = new Atlas(wideDataset(50, 20));
  const all: ComparisonOptions = {
    regionIds: atlas.dataset.regions.map((r) => r.id),
    categoryIds: atlas.dataset.categories.map((c) => c.id),
    orientation: "categories-as-rows",
    mode: "live",
    unit: "wan",
    language: "en",
  };
  const one: ComparisonOptions = { ...all, regionIds: ["chengdu-hitech"], categoryIds: ["model"] };
  const live = planComparison(atlas, all);
  const staticPlan = planComparison(atlas, { ...all, mode: "static" });

  const syncsOf = async (options: ComparisonOptions): Promise<number> => {
    const fake = new FakeWorkbook();
    const counted = fake.countSyncs();
    const result = await insertComparison(planComparison(atlas, options), fake.run);
    if (result.syncs !== counted.syncs) throw new Error(`the writer counted ${result.syncs} syncs, the context saw ${counted.syncs}`);
    return counted.syncs;
  };

  const planMs = await medianMs(() => planComparison(atlas, all), 15);
  const writeMs = await medianMs(() => insertComparison(live, new FakeWorkbook().run), 7);
  const staticWriteMs = await medianMs(() => insertComparison(staticPlan, new FakeWorkbook().run), 7);
  const totalMs = await medianMs(() => insertComparison(planComparison(atlas, all), new FakeWorkbook().run), 7);

  report("sheets", [
    {
      name: "plan a 50 × 20 comparison sheet (live formulas)",
      value: planMs,
      unit: "ms",
      note: `${live.figures.length} figures, ${live.sources.rows.length} Sources rows`,
    },
    { name: "write it against office-addin-mock (live)", value: writeMs, unit: "ms" },
    { name: "write the static 50 × 20 sheet against the mock", value: staticWriteMs, unit: "ms" },
    { name: "plan + write, 50 × 20 (live)", value: totalMs, unit: "ms" },
    { name: "context.sync() calls, 1 × 1 sheet", value: await syncsOf(one), unit: "syncs" },
    { name: "context.sync() calls, 50 × 20 sheet", value: await syncsOf(all), unit: "syncs" },
    { name: "context.sync() calls, 50 × 20 static sheet", value: await syncsOf({ ...all, mode: "static" }), unit: "syncs" },
  ]);
}
