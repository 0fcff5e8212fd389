/**
 * A real formula engine for the tests: HyperFormula (GPL-3.0, tests only) with the CN functions
 * registered as a plugin that calls the same core as the add-in (`src/core/api/formulas.ts`), and a
 * loader that puts a planned grid into it the way Excel holds it (text-format cells stay text).
 *
 * Excel passes an empty referenced cell to a custom function as 0 on the desktop and as null on
 * the web; `emptyCellAs` picks which the engine imitates, so a test can check both.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ImplementedFunctions, RawCellContent } from "hyperformula";
import type { Atlas } from "../../src/core/names/atlas";
import { isAtlasError } from "../../src/core/errors";
import { TEXT_FORMAT } from "../../src/core/rules/figure-format";
import * as formulas from "../../src/core/api/formulas";
import * as packageFormulas from "../../src/core/package/package-formulas";
import type { SheetGrid } from "../../src/core/sheets/sheet-grid";

/** How an empty referenced cell reaches a custom function: null (Excel on the web) or 0 (Excel desktop). */
export type EmptyCellAs = "null" | "zero";

/** What the CN functions read from the engine's `context`. */
export interface CnContext {
  atlas: Atlas;
  emptyCellAs: EmptyCellAs;
}

const scalar = { argumentType: FunctionArgumentType.SCALAR };
const range = { argumentType: FunctionArgumentType.RANGE };
/** Which argument of a function is a range (the package functions' profile). */
const RANGE_PARAMETER: ReadonlyMap<string, number> = new Map([
  ["CN.AIPACKAGETOTAL", 1],
  ["CN.AIPACKAGE", 1],
]);
/** The package horizon in the engine: from the data's as-of year, as the core's default. */
const PACKAGE_OPTIONS = {};

/** Rows of the largest package breakdown (header + lines + two totals). */
function packageRows(atlas: Atlas): number {
  const counts = new Map<string, number>();
  for (const i of atlas.dataset.incentives) counts.set(i.regionId, (counts.get(i.regionId) ?? 0) + 1);
  return Math.max(0, ...counts.values()) + 4; // header + the firm, eligible and possible total rows
}
const optional = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };

type CoreCall = (atlas: Atlas, ...args: unknown[]) => string | number;
/** The part of HyperFormula's procedure AST a plugin method passes on. */
type ProcedureCall = { args: unknown[] };

/** The CN functions with scalar results, as HyperFormula functions. */
class CnPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    "CN.AISUBSIDY": { method: "aisubsidy", parameters: [scalar, scalar, optional, optional] },
    "CN.AIFUND": { method: "aifund", parameters: [scalar, optional, optional, optional] },
    "CN.AISOURCE": { method: "aisource", parameters: [scalar, scalar] },
    "CN.AIPACKAGETOTAL": { method: "aipackagetotal", parameters: [scalar, range, optional, optional] },
    "CN.AIPACKAGE": { method: "aipackage", parameters: [scalar, range, optional], sizeOfResultArrayMethod: "aipackageSize" },
  };

  aipackagetotal(ast: ProcedureCall, state: unknown): unknown {
    return this.call("CN.AIPACKAGETOTAL", ast, state, ((atlas: Atlas, ...a: unknown[]) =>
      packageFormulas.aipackagetotal(atlas, a[0], a[1], a[2], a[3], PACKAGE_OPTIONS)) as CoreCall);
  }

  /** CN.AIPACKAGE spills; HyperFormula needs its size before evaluating, so every region's breakdown is padded to the largest. */
  aipackage(ast: ProcedureCall, state: unknown): unknown {
    const context = this.config.context as CnContext;
    const result = this.call("CN.AIPACKAGE", ast, state, ((atlas: Atlas, ...a: unknown[]) => {
      const table = packageFormulas.aipackage(atlas, a[0], a[1], a[2], PACKAGE_OPTIONS);
      const width = table[0].length;
      while (table.length < packageRows(context.atlas)) table.push(new Array(width).fill(""));
      return table as unknown as string;
    }) as CoreCall);
    return Array.isArray(result) ? SimpleRangeValue.onlyValues(result as never) : result;
  }

  aipackageSize(): ArraySize {
    const context = this.config.context as CnContext;
    return new ArraySize(packageFormulas.PACKAGE_COLUMNS.length, packageRows(context.atlas));
  }

  aisubsidy(ast: ProcedureCall, state: unknown): unknown {
    return this.call("CN.AISUBSIDY", ast, state, formulas.aisubsidy as CoreCall);
  }

  aifund(ast: ProcedureCall, state: unknown): unknown {
    return this.call("CN.AIFUND", ast, state, formulas.aifund as CoreCall);
  }

  aisource(ast: ProcedureCall, state: unknown): unknown {
    return this.call("CN.AISOURCE", ast, state, formulas.aisource as CoreCall);
  }

  private call(name: string, ast: ProcedureCall, state: unknown, fn: CoreCall): unknown {
    const context = this.config.context as CnContext;
    // HyperFormula does not export its AST and state types; these are its own values passed straight back.
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) => {
      const error = args.find((a): a is CellError => a instanceof CellError);
      if (error) return error; // an error argument propagates, as in Excel
      const rangeAt = RANGE_PARAMETER.get(name);
      if (args.some((a, i) => a instanceof SimpleRangeValue && i !== rangeAt))
        return new CellError(ErrorType.VALUE, "A range where a value belongs.");
      const raw = args.map((a) =>
        a instanceof SimpleRangeValue
          ? a.rawData().map((row) => row.map((v) => excelArgument(v, context.emptyCellAs)))
          : excelArgument(a, context.emptyCellAs),
      );
      try {
        return fn(context.atlas, ...raw);
      } catch (e) {
        if (isAtlasError(e)) return new CellError(e.isNotFound ? ErrorType.NA : ErrorType.VALUE, e.message);
        throw e;
      }
    });
  }
}

/** An argument as Excel hands it to a custom function. */
function excelArgument(value: unknown, emptyCellAs: EmptyCellAs): unknown {
  if (value === EmptyValue) return emptyCellAs === "zero" ? 0 : null;
  if (value !== null && typeof value === "object" && "val" in value) return (value as { val: unknown }).val; // a typed number (currency, percent)
  return value;
}

let registered = false;

/** Registers the CN functions with HyperFormula once per test process. */
export function registerCnFunctions(): void {
  if (registered) return;
  const names = Object.keys(CnPlugin.implementedFunctions);
  HyperFormula.registerFunctionPlugin(CnPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });
  registered = true;
}

/** A grid's cells as HyperFormula sheet content: formulas as written, text-format cells kept as text. */
export function gridContent(grid: SheetGrid): RawCellContent[][] {
  return grid.formulas.map((row, r) =>
    row.map((cell, c) => {
      if (cell === "") return null;
      // HyperFormula has no number formats; a leading apostrophe is its way of saying "this is text" (as `@` is Excel's).
      if (typeof cell === "string" && grid.numberFormats[r][c] === TEXT_FORMAT) return `'${cell}`;
      return cell;
    }),
  );
}

/** An engine holding one sheet, with the CN functions reading `atlas`. */
export function engineWithSheet(
  atlas: Atlas,
  content: RawCellContent[][],
  emptyCellAs: EmptyCellAs = "null",
): { hf: HyperFormula; sheet: number } {
  registerCnFunctions();
  const context: CnContext = { atlas, emptyCellAs };
  // smartRounding off: compare the exact doubles, not HyperFormula's display rounding.
  const hf = HyperFormula.buildFromSheets({ Sheet1: content }, { licenseKey: "gpl-v3", context, smartRounding: false });
  const sheet = hf.getSheetId("Sheet1");
  if (sheet === undefined) throw new Error("HyperFormula lost the sheet");
  return { hf, sheet };
}

/** A cell's value as a comparable: numbers and text as they are, errors as `#N/A` / `#VALUE!`, empty as "". */
export function cellResult(hf: HyperFormula, sheet: number, row: number, col: number): string | number | boolean {
  const value = hf.getCellValue({ sheet, row, col });
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "value" in value) return (value as { value: string }).value; // DetailedCellError
  return value as string | number | boolean;
}
