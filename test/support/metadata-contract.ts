/**
 * The contract between a custom function's metadata (functions.json) and what it returns, as
 * Excel enforces it: `dimensionality: "matrix"` needs a non-empty rectangular 2-D array of
 * scalars; a scalar result must not be an array (Excel shows #VALUE!, office-js#2486); a number
 * is finite; errors are CustomFunctions.Error #N/A or #VALUE! with a message (the only codes
 * whose message Excel shows); an enum value's name (what AutoComplete shows) is plain text.
 */
import fc from "fast-check";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ExcelError } from "./custom-functions-double";
import { PROTOTYPE_WORDS } from "./prototype-words";

/** One parameter as functions.json declares it. */
export interface ParameterMetadata {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  customEnumId?: string;
}

/** One function as functions.json declares it. */
export interface FunctionMetadata {
  id: string;
  name: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

/** One custom enum as functions.json declares it. */
export interface EnumMetadata {
  id: string;
  values: { name: string; stringValue?: string; numberValue?: number }[];
}

/** functions.json, and which exported JavaScript function each id is bound to. */
export interface GeneratedMetadata {
  functions: FunctionMetadata[];
  enums: EnumMetadata[];
  functionNameById: Map<string, string>;
}

/** Generates the metadata of a functions file as the webpack plugin does; throws on its errors. */
export async function generateMetadata(file: string): Promise<GeneratedMetadata> {
  const result = await generateCustomFunctionsMetadata(file);
  if (result.errors.length > 0) throw new Error(`metadata errors in ${file}:\n${result.errors.join("\n")}`);
  const json = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[]; enums?: EnumMetadata[] };
  return {
    functions: json.functions,
    enums: json.enums ?? [],
    functionNameById: new Map(result.associate.map((a) => [a.id, a.functionName])),
  };
}

/** What one call gave: a value, or what it threw. */
export type CallOutcome = { value: unknown } | { thrown: unknown };

/** Calls a function the way Excel does: every declared parameter, null for the omitted ones. */
export function callAsExcel(fn: (...args: unknown[]) => unknown, declared: FunctionMetadata, args: readonly unknown[]): CallOutcome {
  const full = [...args, ...Array<null>(Math.max(0, declared.parameters.length - args.length)).fill(null)];
  try {
    return { value: fn(...full) };
  } catch (thrown) {
    return { thrown };
  }
}

function isScalar(value: unknown): boolean {
  return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/** Why an outcome breaks the function's declared contract ([] when it keeps it). */
export function contractViolations(declared: FunctionMetadata, outcome: CallOutcome): string[] {
  if ("thrown" in outcome) {
    const e = outcome.thrown;
    if (!(e instanceof ExcelError)) return [`threw a raw ${e instanceof Error ? e.name : typeof e}: ${String(e)}`];
    const problems: string[] = [];
    if (e.code !== "#N/A" && e.code !== "#VALUE!") problems.push(`threw ${e.code} (only #N/A and #VALUE! show a message)`);
    if (e.message.trim() === "") problems.push(`threw ${e.code} without a message`);
    return problems;
  }
  const value = outcome.value;
  if (declared.result.dimensionality === "matrix") {
    if (!Array.isArray(value) || value.length === 0) return [`declared matrix, returned ${describe(value)}`];
    const width = Array.isArray(value[0]) ? (value[0] as unknown[]).length : -1;
    if (width < 1) return [`declared matrix, returned a 1-D or empty-row array`];
    for (const [r, row] of (value as unknown[]).entries()) {
      if (!Array.isArray(row) || row.length !== width) return [`declared matrix, row ${r} is not ${width} wide (not rectangular)`];
      const bad = row.findIndex((cell) => !isScalar(cell));
      if (bad >= 0) return [`declared matrix, cell [${r}][${bad}] is ${describe(row[bad])}`];
    }
    return [];
  }
  if (!isScalar(value)) return [`declared scalar${declared.result.type ? ` ${declared.result.type}` : ""}, returned ${describe(value)}`];
  if (declared.result.type === "number" && typeof value !== "number") return [`declared number, returned ${describe(value)}`];
  if (declared.result.type === "string" && typeof value !== "string") return [`declared string, returned ${describe(value)}`];
  return [];
}

/** Enum value names AutoComplete would show with quotes or other non-text characters. */
export function enumNameProblems(enums: readonly EnumMetadata[]): string[] {
  return enums.flatMap((e) =>
    e.values
      .filter((v) => !/^[\p{L}\p{N}_$]+$/u.test(v.name))
      .map((v) => `${e.id}: the value ${JSON.stringify(v.stringValue ?? v.numberValue)} shows in AutoComplete as ${v.name}`),
  );
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array (${value.length} long)`;
  if (typeof value === "number") return `the number ${value}`;
  if (value === null || value === undefined) return String(value);
  return `a ${typeof value}`;
}

/** Words a user might type anywhere, the prototype names included. */
const WORDS = ["", " ", "any", "id", "zh", "en", "first", "total", "万", "亿", "version", "新能源", "-1", "1e400", ...PROTOTYPE_WORDS];

/** Random arguments for a parameter as declared: its enum's values, its type's values, and anything else. */
export function argumentArbitrary(parameter: ParameterMetadata, enums: readonly EnumMetadata[]): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    fc.constantFrom(...WORDS),
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(0, -1, 1e15, 1e16, Number.MAX_VALUE),
  );
  const enumValues = enums.find((e) => e.id === parameter.customEnumId)?.values.map((v) => v.stringValue ?? v.numberValue) ?? [];
  const typed = enumValues.length > 0 ? fc.oneof(fc.constantFrom(...enumValues), scalar) : scalar;
  if (parameter.dimensionality === "matrix") {
    // Excel passes a range as a rectangular 2-D array (a single cell as a 1×1 one).
    const range = fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }))
      .chain(([width, height]) =>
        fc.array(fc.array(typed, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }),
      );
    return fc.oneof(range, typed);
  }
  return typed;
}
