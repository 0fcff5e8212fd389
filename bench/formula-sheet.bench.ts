/**
 * 10,000 CN.AISUBSIDY cells evaluated by a real formula engine (HyperFormula, test-only), against
 * the sheet a user would build instead: the rules as a data table and plain INDEX/MATCH/MIN
 * formulas (a MATCH helper column, then the rule), with the same inputs. Both sheets must agree
 * cell for cell; the figure is the ratio of their evaluation times (PRODUCT.md §7: 10,000
 * formula cells evaluate without a visible pause).
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { Atlas } from "../src/core/names/atlas";
import { bundledDataset } from "../src/data/bundled";
import { engineWithSheet, registerCnFunctions } from "../test/support/hyperformula-cn";
import { medianMs, report, scaled } from "./report";

const CELLS = scaled(10_000, 200);
const KIND = { rate: 1, "spend-ceiling": 2, ceiling: 2, award: 3, "per-person": 3 } as const;

/** The rows a user would evaluate: every region × category that has a rule, with varied amounts. */
function inputs(atlas: Atlas): [string, string, number][] {
  const pairs = atlas.dataset.incentives.map((i) => [atlas.regionOf(i.regionId)?.name.zhHans ?? i.regionId, i.category] as const);
  return Array.from({ length: CELLS }, (_, n) => {
    const [region, category] = pairs[n % pairs.length];
    return [region, category, ((n * 7919) % 5000) * 100_000];
  });
}

/** The rules table of the plain sheet: key, cap, rate, minimum, kind (one rule per region and category here). */
function rulesTable(atlas: Atlas): RawCellContent[][] {
  return atlas.dataset.incentives.map((i) => [
    `${atlas.regionOf(i.regionId)?.name.zhHans}|${i.category}`,
    i.cap,
    i.rate ?? 1,
    i.minimum ?? 0,
    KIND[i.kind],
  ]);
}

function cnSheet(rows: [string, string, number][]): RawCellContent[][] {
  return rows.map(([r, c, a], n) => [r, c, a, `=CN.AISUBSIDY(A${n + 1},B${n + 1},C${n + 1})`]);
}

function plainSheet(rows: [string, string, number][], rules: number): RawCellContent[][] {
  const t = (col: string): string => `Rules!$${col}$1:$${col}$${rules}`;
  return rows.map(([r, c, a], n) => {
    const i = n + 1;
    const m = `$E${i}`;
    return [
      r,
      c,
      a,
      `=IF(C${i}<INDEX(${t("D")},${m}),0,IF(INDEX(${t("E")},${m})=1,MIN(INDEX(${t("C")},${m})*C${i},INDEX(${t("B")},${m})),IF(INDEX(${t("E")},${m})=2,MIN(C${i},INDEX(${t("B")},${m})),INDEX(${t("B")},${m}))))`,
      `=MATCH(A${i}&"|"&B${i},${t("A")},0)`,
    ];
  });
}

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  const atlas = new Atlas(bundledDataset());
  registerCnFunctions();
  const rows = inputs(atlas);
  const rules = rulesTable(atlas);
  const cn = cnSheet(rows);
  const plain = plainSheet(rows, rules.length);

  const cnResults = engineWithSheet(atlas, cn)
    .hf.getSheetValues(0)
    .map((r) => r[3]);
  const plainEngine = HyperFormula.buildFromSheets({ Sheet1: plain, Rules: rules }, { licenseKey: "gpl-v3", smartRounding: false });
  const plainResults = plainEngine.getSheetValues(0).map((r) => r[3]);
  const mismatches = cnResults.filter((v, i) => v !== plainResults[i]).length;
  if (mismatches > 0) throw new Error(`the CN and INDEX/MATCH sheets disagree in ${mismatches} cells`);

  const cnMs = await medianMs(() => engineWithSheet(atlas, cn), 5);
  const plainMs = await medianMs(
    () => HyperFormula.buildFromSheets({ Sheet1: plain, Rules: rules }, { licenseKey: "gpl-v3", smartRounding: false }),
    5,
  );
  report("formula-sheet", [
    { name: `${CELLS.toLocaleString("en-US")} CN.AISUBSIDY cells built and evaluated (HyperFormula)`, value: cnMs, unit: "ms" },
    { name: `same sheet with INDEX/MATCH/MIN over a rules table (${CELLS * 2} cells)`, value: plainMs, unit: "ms" },
    { name: "CN sheet time ÷ INDEX/MATCH sheet time", value: cnMs / plainMs, unit: "×", note: "results identical in every cell" },
  ]);
}
