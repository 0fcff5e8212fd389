/**
 * "What changed in this workbook" (PRODUCT.md §13) on a workbook of 10,000 CN cells on 5 sheets:
 * the syncs and time to read them (against the Excel double, at Excel on the web's 5 MB response
 * limit), the time to compute them under two versions, and keeping the old figures.
 */
import { planKeptFigures } from "../src/core/changes/kept-figures-plan";
import { compareWorkbook } from "../src/core/changes/workbook-changes";
import { Atlas } from "../src/core/names/atlas";
import { fixedClock } from "../src/core/rules/freshness";
import { bundledDataset } from "../src/data/bundled";
import { datasetContentHash } from "../src/data/content-hash";
import { diffDatasets } from "../src/data/diff";
import { keepOldFigures } from "../src/excel/keep-old-figures";
import { scanWorkbookCnCells } from "../src/excel/workbook-scan";
import { changedVersion } from "../test/support/changed-versions";
import { FakeWorkbook, WEB_PAYLOAD_LIMIT } from "../test/support/fake-excel";
import { medianMs, report, scaled } from "./report";

const SHEETS = 5;
const CELLS = scaled(10_000, 500);
const REGIONS = ["成都高新区", "苏州", "珠海", "深圳", "广东"];
const CATEGORIES = ["model", "rnd", "compute", "any", "general"];

function workbook(): FakeWorkbook {
  const fake = new FakeWorkbook({ sheets: Array.from({ length: SHEETS }, (_, i) => `Model ${i + 1}`), responseLimit: WEB_PAYLOAD_LIMIT });
  const perSheet = CELLS / SHEETS;
  for (let s = 0; s < SHEETS; s++) {
    const sheet = fake.sheet(`Model ${s + 1}`);
    for (let n = 0; n < perSheet; n++) {
      sheet.setConstant(n, 0, (n % 50) * 4_000_000);
      sheet.setFormula(n, 1, `=IFNA(CN.AISUBSIDY("${REGIONS[n % 5]}","${CATEGORIES[(n >> 2) % 5]}",A${n + 1}),0)`, 0);
    }
  }
  return fake;
}

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  const before = new Atlas(bundledDataset());
  const next = changedVersion("model cap 3500万");
  const after = new Atlas(next);
  const records = diffDatasets(bundledDataset(), next).records;
  const fake = workbook();
  const counted = fake.countSyncs();
  const scan = await scanWorkbookCnCells(fake.run);
  const readSyncs = counted.syncs;
  const readMs = await medianMs(() => scanWorkbookCnCells(workbook().run), 3);
  const compare = () => compareWorkbook(scan, { before, after, records }, { clock: fixedClock("2026-12-04") });
  const result = compare();
  const compareMs = await medianMs(compare, 5);
  const plan = planKeptFigures(
    result.changes,
    { version: bundledDataset().version, hash: datasetContentHash(bundledDataset()) },
    { version: next.version, hash: datasetContentHash(next) },
    "en",
    "2026-12-04",
  );
  counted.syncs = 0;
  const keepStart = process.hrtime.bigint();
  await keepOldFigures(plan, fake.run);
  const keepMs = Number(process.hrtime.bigint() - keepStart) / 1e6;
  report("workbook-changes", [
    { name: `CN cells on ${SHEETS} sheets`, value: scan.formulas.length, unit: "cells" },
    { name: "read them: context.sync() calls (5 MB response limit)", value: readSyncs, unit: "syncs", note: `${scan.chunks} chunks` },
    { name: "read them against the Excel double (median of 3)", value: Math.round(readMs), unit: "ms" },
    { name: "compute them under two versions and list the changes (median of 5)", value: Math.round(compareMs), unit: "ms" },
    { name: "cells changed (Chengdu's model cap 3000万 → 3500万)", value: result.changes.length, unit: "cells" },
    { name: "keep the old figures: context.sync() calls", value: counted.syncs, unit: "syncs" },
    { name: "keep the old figures against the Excel double", value: Math.round(keepMs), unit: "ms" },
  ]);
}
