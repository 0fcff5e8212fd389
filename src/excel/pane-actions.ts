/**
 * The two insertions as the task pane calls them, from the options the user picked: plan with
 * the loaded dataset (the one the CN functions read), then write. A bad option throws the core's
 * AtlasError (with its message) before Excel is touched.
 */
import { planCalculatorTable, type CalculatorOptions } from "../core/sheets/calculator-plan";
import { planComparison } from "../core/sheets/comparison-plan";
import { type ComparisonOptions } from "../core/sheets/comparison-sheet";
import { currentAtlas } from "../data/store";
import { insertCalculatorTable, type InsertCalculatorResult } from "./calculator-writer";
import { insertComparison, type InsertComparisonResult } from "./comparison-writer";
import { excelRun, type ExcelRun } from "./excel-run";

/** Plans and inserts a comparison sheet from the Compare view's options. */
export function insertComparisonSheet(options: ComparisonOptions, run: ExcelRun = excelRun): Promise<InsertComparisonResult> {
  return insertComparison(planComparison(currentAtlas(), options), run);
}

/** Plans and inserts the calculator's ranked table at the active cell. */
export function insertCalculatorResults(options: CalculatorOptions, run: ExcelRun = excelRun): Promise<InsertCalculatorResult> {
  return insertCalculatorTable(planCalculatorTable(currentAtlas(), options), run);
}
