/**
 * The Excel writers the task pane calls: comparison sheets, the calculator table, converting CN
 * formulas to values and recalculating them. Each runs one `Excel.run` (at most two syncs, except
 * converting, which reads a large sheet in chunks under Excel on the web's 5 MB limit) and
 * takes an optional runner (tests pass an office-addin-mock context). The plans they write
 * (`planComparison`, `planCalculatorTable`) are pure and live in `core`, for the pane's preview.
 */
export { insertComparisonSheet, insertCalculatorResults } from "./pane-actions";
export { insertComparison, writerSupport, type InsertComparisonResult, type WriterSupport } from "./comparison-writer";
export { insertCalculatorTable, type InsertCalculatorResult } from "./calculator-writer";
export { insertPackageSheet, type InsertPackageResult } from "./package-writer";
export { insertTargetsSheet, type InsertTargetsResult } from "./targets-writer";
export { readDocumentSetting, writeDocumentSetting } from "./document-settings";
export { convertCnFormulasToValues, recalculateCnFormulas, type ConvertResult, type RecalculateResult } from "./cn-formulas";
export { insertFormulaAtActiveCell, selectedCellAddress } from "./cell-actions";
export { ExcelWriteError, excelRun, type ExcelRun, type ExcelWriteReason } from "./excel-run";
export { FEATURE_API_SETS, isApiSetSupported, requireApiSet, type ApiSetRequirement } from "./api-sets";
export { traceSupport, type TraceSupport } from "./requirements";
