/**
 * The Excel operations put the loaded data's provenance on what they write: the Sources block's
 * heading names the content hash and the signing key (issue 22), and the inserted sheet carries the
 * data stamp (issue 23), against the strict Excel double.
 */
import { STAMP_PROPERTY } from "../../../src/core/rules/data-stamp";
import { planComparison } from "../../../src/core/sheets/comparison-plan";
import { atlasContentHash } from "../../../src/data/content-hash";
import { currentAtlas } from "../../../src/data/store";
import { excelOperations } from "../../../src/taskpane/host/excel-operations";
import { FakeWorkbook } from "../../support/fake-excel";

test("an inserted comparison's Sources heading names the content hash; its sheet carries the stamp", async () => {
  const fake = new FakeWorkbook({ sheets: ["Sheet1"] });
  const operations = excelOperations(fake.run, { followSelection: false, hyperlinks: true, spills: true });
  const atlas = currentAtlas();
  const plan = planComparison(atlas, {
    regionIds: ["chengdu-hitech"],
    categoryIds: ["model"],
    orientation: "categories-as-rows",
    mode: "static",
    unit: "yuan",
    language: "en",
  });
  const inserted = await operations.insertComparison(plan);
  const hash = atlasContentHash(atlas);
  const heading = String(fake.sheet(inserted.sourcesSheetName).cell(0, 0).value);
  expect(heading).toContain(`v${atlas.dataset.version}`);
  expect(heading).toContain(`content ${hash.slice(0, 12)} · built-in data`);
  expect(fake.sheet(inserted.sheetName).customProperties.get(STAMP_PROPERTY.toUpperCase())).toBe(`${atlas.dataset.version} ${hash}`);
});
