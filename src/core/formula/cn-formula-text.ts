/**
 * Recognising the add-in's formulas in a cell's formula text, for "Convert CN formulas to values":
 * which cells call a CN function, and which of them spill a table (and so must be converted as
 * a whole block, not as their top-left value).
 */

/** The CN functions that return a table (a spilled array). */
export const SPILLING_CN_FUNCTIONS: ReadonlySet<string> = new Set([
  "AIINCENTIVES",
  "AIFUNDS",
  "AIPOLICIES",
  "AIRANK",
  "AIREGIONS",
  "AICATEGORIES",
  "AIDATA",
]);

const STRING_LITERAL = /"(?:[^"]|"")*"/g;
// Not after a name character or a dot (`XCN.`, `A.CN.`); written without lookbehind, which Safari
// lacks before 16.4 (the engine floor, package.json browserslist).
const CN_CALL = /(?:^|[^A-Za-z0-9_.])CN\.[A-Za-z][A-Za-z0-9_]*\s*\(/i;
const OUTER_CN_CALL = /^=\s*CN\.([A-Za-z][A-Za-z0-9_]*)\s*\(/i;
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/**
 * Whether a cell holds a formula calling a CN function. `formula` and `value` are the cell's
 * `Range.formulas` and `Range.values`: a text constant that merely starts with `=` reads back
 * the same in both, so it is not taken for a formula.
 */
export function isCnFormula(formula: unknown, value: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula === value) return false;
  const code = formula.replace(STRING_LITERAL, '""');
  return CN_CALL.test(code);
}

/** Whether a value read from Excel is an error (`#N/A`, `#BUSY!`…). */
export function isExcelError(value: unknown): value is string {
  return typeof value === "string" && EXCEL_ERROR.test(value);
}

/** Whether Excel is still computing the cell (a custom function not yet returned). */
export function isPending(value: unknown): boolean {
  return value === "#BUSY!" || value === "#GETTING_DATA";
}

/**
 * Whether a CN formula cell anchors a spilled table: its outermost call is a table function and
 * it shows a value, not an error. CN.AIDATA spills only without a field (its table starts with
 * the header "field").
 */
export function spillsTable(formula: string, value: unknown): boolean {
  const outer = OUTER_CN_CALL.exec(formula);
  if (!outer || isExcelError(value)) return false;
  const name = outer[1].toUpperCase();
  if (!SPILLING_CN_FUNCTIONS.has(name)) return false;
  return name !== "AIDATA" || value === "field";
}
