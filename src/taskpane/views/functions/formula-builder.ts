/**
 * Builds a CN formula from the Functions view's form: each argument is a typed value (a number
 * stays a number, anything else becomes a quoted text) or a cell the user picked (a reference,
 * with its sheet when that is not the sheet the formula goes to). Omitted trailing optional
 * arguments are dropped; omitted middle ones stay empty, as Excel writes `=CN.AIFUND("广东",,"first")`.
 */
import { NAMESPACE, type CatalogFunction } from "../../../core/api/catalog/catalog-types";
import type { CellLocation } from "../../host/operations";

/** One argument as the user gave it. */
export type ArgumentInput = { kind: "value"; text: string } | { kind: "reference"; at: CellLocation };

/** The empty argument. */
export const EMPTY_ARGUMENT: ArgumentInput = { kind: "value", text: "" };

const PLAIN_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const PLAIN_SHEET = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** Whether an argument was given. */
export function isGiven(argument: ArgumentInput | undefined): boolean {
  return argument !== undefined && (argument.kind === "reference" || argument.text.trim() !== "");
}

/** A typed value as a formula argument: `200000000`, `"成都高新区"` (quotes doubled). */
export function literal(text: string): string {
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) return trimmed.replace(/,/g, "");
  return `"${trimmed.replace(/"/g, '""')}"`;
}

/** A cell reference as seen from `targetSheet`: `A2`, or `'Other sheet'!A2` on another sheet. */
export function reference(at: CellLocation, targetSheet: string | undefined): string {
  if (targetSheet === undefined || at.sheet === "" || at.sheet === targetSheet) return at.cell;
  return qualifiedReference(at);
}

/** A cell reference with its sheet: `Sheet1!A2`, `'My sheet'!A2`. */
export function qualifiedReference(at: CellLocation): string {
  if (at.sheet === "") return at.cell;
  const sheet = PLAIN_SHEET.test(at.sheet) ? at.sheet : `'${at.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${at.cell}`;
}

/** The names of required arguments that are missing. */
export function missingArguments(fn: CatalogFunction, args: readonly ArgumentInput[]): string[] {
  return fn.parameters.filter((p, i) => !p.optional && !isGiven(args[i])).map((p) => p.name);
}

/** The formula text, e.g. `=CN.AISUBSIDY(A2,"model",B2)`. */
export function formulaText(fn: CatalogFunction, args: readonly ArgumentInput[], targetSheet?: string): string {
  const parts = fn.parameters.map((_, i) => {
    const arg = args[i];
    if (!arg || !isGiven(arg)) return "";
    return arg.kind === "reference" ? reference(arg.at, targetSheet) : literal(arg.text);
  });
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return `=${NAMESPACE}.${fn.id}(${parts.join(",")})`;
}

/**
 * The signature as the reference shows it: `CN.AISUBSIDY(region, category, [amount], [unit])`, or
 * as Chinese Excel's argument help shows it, `CN.AISUBSIDY(地区, 类别, [金额], [单位])` (the
 * function's name is the same in every language).
 */
export function functionSignature(fn: CatalogFunction, names: "en" | "zh" = "en"): string {
  const params = fn.parameters.map((p) => {
    const name = names === "zh" ? p.zhName : p.name;
    return p.optional ? `[${name}]` : name;
  });
  return `${NAMESPACE}.${fn.id}(${params.join(", ")})`;
}
