/**
 * The data stamp in the workbook: each sheet the add-in inserts carries its version and content
 * hash in a worksheet custom property where the host has ExcelApi 1.12 (skipped, not failed,
 * below it), within the same syncs; the workbook's own stamp lives in its document settings.
 */
import { parseStamp, stampText, STAMP_PROPERTY, STAMP_SETTING_KEY } from "../../src/core/rules/data-stamp";
import { Atlas } from "../../src/core/names/atlas";
import { planComparison } from "../../src/core/sheets/comparison-plan";
import { bundledDataset } from "../../src/data/bundled";
import { atlasContentHash } from "../../src/data/content-hash";
import { insertComparison } from "../../src/excel/comparison-writer";
import { readWorkbookStamp, writeWorkbookStamp } from "../../src/excel/data-stamp";
import { FakeWorkbook } from "../support/fake-excel";

const atlas = new Atlas(bundledDataset());
const stamp = { version: atlas.dataset.version, hash: atlasContentHash(atlas) };
const plan = () =>
  planComparison(atlas, {
    regionIds: ["chengdu-hitech", "suzhou"],
    categoryIds: ["model", "chip"],
    orientation: "categories-as-rows",
    mode: "live",
    unit: "yuan",
    language: "en",
  });

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test("a stamp is kept as short text and read back; anything else is no stamp", () => {
  expect(parseStamp(stampText(stamp))).toEqual(stamp);
  expect(stampText(stamp).length).toBeLessThanOrEqual(255);
  for (const bad of ["", "2025.03.22.2", `2025 ${"0".repeat(63)}`, `a b ${"0".repeat(64)}`, 42, null, `${"1".repeat(40000)} x`]) {
    expect(parseStamp(bad)).toBeUndefined();
  }
});

test("an inserted comparison sheet carries the stamp, with no extra sync", async () => {
  const fake = new FakeWorkbook({ sheets: ["Sheet1"] });
  const syncs = fake.spyOnSyncs();
  const result = await insertComparison({ ...plan(), stamp }, fake.run);
  expect(fake.sheet(result.sheetName).customProperties.get(STAMP_PROPERTY.toUpperCase())).toBe(stampText(stamp));
  expect(syncs[0]).toHaveBeenCalledTimes(2);
});

test("below ExcelApi 1.12 the sheet is inserted without a stamp (the workbook's stands for it)", async () => {
  const fake = new FakeWorkbook({ sheets: ["Sheet1"], excelApi: "1.11" });
  const result = await insertComparison({ ...plan(), stamp }, fake.run);
  expect(fake.sheet(result.sheetName).customProperties.size).toBe(0);
});

test("the workbook's stamp is its document setting, where the host has document settings", async () => {
  const store = new Map<string, unknown>();
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: { isSetSupported: (name: string) => name === "Settings" },
      document: {
        settings: {
          get: (key: string) => store.get(key) ?? null,
          set: (key: string, value: unknown) => store.set(key, value),
          saveAsync: (done: (r: { status: string }) => void) => done({ status: "succeeded" }),
        },
      },
    },
  };
  expect(readWorkbookStamp()).toBeNull();
  await expect(writeWorkbookStamp(stamp)).resolves.toBe(true);
  expect(store.get(STAMP_SETTING_KEY)).toBe(stampText(stamp));
  expect(readWorkbookStamp()).toEqual(stamp);
  store.set(STAMP_SETTING_KEY, "=cmd|' /C calc'!A0");
  expect(readWorkbookStamp()).toBeNull();
  delete (globalThis as { Office?: unknown }).Office;
  expect(readWorkbookStamp()).toBeUndefined();
});
