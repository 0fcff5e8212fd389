/**
 * Evaluates the arguments of a CN call the way Excel did, from the values of the cells they
 * refer to: literals, references, arithmetic, `&`, comparisons, IF/IFNA/IFERROR/AND/OR/NOT/SUM
 * and nested CN calls (through a callback). This is how Trace shows "the arguments as Excel
 * evaluated them" for a comparison sheet's `IF($B$2="","",$B$2)`. Anything else is reported as
 * not evaluated, with the reason; nothing here throws.
 */
import type { FormulaNode, ReferenceNode } from "./formula-syntax";

/** A value of one cell as Excel gives it (`""` = empty). */
export type CellValue = string | number | boolean;
/** An Excel error value, e.g. `#N/A`, with a message when a CN function gave one. */
export interface ErrorValue {
  error: string;
  message?: string;
}
/** What an expression evaluates to: a cell value, an error, or a block of cells (a range). */
export type EvaluatedValue = CellValue | ErrorValue | CellValue[][];

/** The outcome of evaluating an expression. */
export type Evaluation = { ok: true; value: EvaluatedValue } | { ok: false; reason: string };

/** What the evaluator needs from outside: referenced cells' values, and how to call a CN function. */
export interface EvaluationContext {
  /** The values of a referenced cell or range (rows × columns); undefined when they were not read. */
  valuesOf(ref: ReferenceNode): CellValue[][] | undefined;
  /** A nested CN call (`name` without `CN.`), for an argument that is itself a CN call. */
  callCn?(name: string, args: EvaluatedValue[]): EvaluatedValue;
}

class NotEvaluated extends Error {}

/** Whether a value is an Excel error. */
export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as ErrorValue).error === "string";
}

/** The value a custom function receives for an evaluated argument: a range as a matrix, "" (empty) as omitted (null). */
export function argumentValue(value: EvaluatedValue | undefined): unknown {
  if (value === undefined || value === "") return null;
  return value;
}

/** Evaluates an expression; never throws. */
export function evaluateFormula(node: FormulaNode, context: EvaluationContext): Evaluation {
  try {
    return { ok: true, value: evaluate(node, context, 0) };
  } catch (e) {
    if (e instanceof NotEvaluated) return { ok: false, reason: e.message };
    return { ok: false, reason: "it could not be evaluated" };
  }
}

const MAX_DEPTH = 64;
const ERROR_TEXT = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

function evaluate(node: FormulaNode, context: EvaluationContext, depth: number): EvaluatedValue {
  if (depth > MAX_DEPTH) throw new NotEvaluated("it nests too deeply");
  const next = (n: FormulaNode): EvaluatedValue => evaluate(n, context, depth + 1);
  switch (node.type) {
    case "number":
    case "string":
    case "boolean":
      return node.value;
    case "missing":
      return "";
    case "error":
      return { error: node.code };
    case "ref": {
      const values = context.valuesOf(node);
      if (!values) throw new NotEvaluated(`the value of ${node.text} was not read`);
      if (node.top === node.bottom && node.left === node.right) {
        const v = values[0]?.[0] ?? "";
        return typeof v === "string" && ERROR_TEXT.test(v) ? { error: v } : v;
      }
      return values;
    }
    case "unary": {
      const v = number(scalar(next(node.operand)));
      return isErrorValue(v) ? v : node.op === "-" ? -v : v;
    }
    case "percent": {
      const v = number(scalar(next(node.operand)));
      return isErrorValue(v) ? v : v / 100;
    }
    case "binary":
      return binary(node.op, scalar(next(node.left)), scalar(next(node.right)));
    case "call":
      return call(node, context, next);
    case "unsupported":
      throw new NotEvaluated(`${node.text || "part of it"} is ${node.reason}`);
  }
}

function call(
  node: Extract<FormulaNode, { type: "call" }>,
  context: EvaluationContext,
  next: (n: FormulaNode) => EvaluatedValue,
): EvaluatedValue {
  const args = node.args;
  if (node.name.startsWith("CN.")) {
    if (!context.callCn) throw new NotEvaluated(`${node.text} is a nested CN call`);
    return context.callCn(node.name.slice(3), args.map(next));
  }
  switch (node.name) {
    case "IF": {
      if (args.length < 2 || args.length > 3) throw new NotEvaluated(`${node.text} has ${args.length} arguments`);
      const test = truth(scalar(next(args[0])));
      if (isErrorValue(test)) return test;
      if (test) return next(args[1]);
      return args.length === 3 ? next(args[2]) : false;
    }
    case "IFNA":
    case "IFERROR": {
      if (args.length !== 2) throw new NotEvaluated(`${node.text} has ${args.length} arguments`);
      const v = next(args[0]);
      const caught = isErrorValue(v) && (node.name === "IFERROR" || v.error === "#N/A");
      return caught ? next(args[1]) : v;
    }
    case "AND":
    case "OR": {
      const values = args.map((a) => truth(scalar(next(a))));
      const error = values.find(isErrorValue);
      if (error) return error;
      return node.name === "AND" ? values.every(Boolean) : values.some(Boolean);
    }
    case "NOT": {
      const v = truth(scalar(next(args[0] ?? { type: "missing", text: "" })));
      return isErrorValue(v) ? v : !v;
    }
    case "SUM": {
      let total = 0;
      for (const a of args) {
        const v = next(a);
        const cells = Array.isArray(v) ? v.flat() : [v];
        for (const c of cells) {
          if (isErrorValue(c)) return c;
          if (typeof c === "number") total += c;
          else if (!Array.isArray(v) && (typeof c === "boolean" || (typeof c === "string" && c !== ""))) {
            const n = number(c);
            if (isErrorValue(n)) return n;
            total += n;
          }
        }
      }
      return total;
    }
    default:
      throw new NotEvaluated(`Trace does not evaluate ${node.name}()`);
  }
}

function scalar(value: EvaluatedValue): CellValue | ErrorValue {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && value[0].length === 1) return value[0][0];
  throw new NotEvaluated("a range is used where one value is expected");
}

function number(value: CellValue | ErrorValue): number | ErrorValue {
  if (isErrorValue(value)) return value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value.trim() === "") return 0;
  const n = Number(value.replace(/,/g, ""));
  return Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function truth(value: CellValue | ErrorValue): boolean | ErrorValue {
  if (isErrorValue(value)) return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  const upper = value.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE" || value === "") return false;
  return { error: "#VALUE!" };
}

function binary(op: string, left: CellValue | ErrorValue, right: CellValue | ErrorValue): EvaluatedValue {
  if (isErrorValue(left)) return left;
  if (isErrorValue(right)) return right;
  if (op === "&") return text(left) + text(right);
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compare(op, left, right);
  const a = number(left);
  const b = number(right);
  if (isErrorValue(a)) return a;
  if (isErrorValue(b)) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? { error: "#DIV/0!" } : a / b;
    case "^": {
      const r = a ** b;
      return Number.isFinite(r) ? r : { error: "#NUM!" };
    }
    default:
      throw new NotEvaluated(`the operator ${op}`);
  }
}

function text(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Excel's comparison: an empty cell equals "" and 0; text compares without case; numbers < text < booleans. */
function compare(op: string, left: CellValue, right: CellValue): boolean {
  const rank = (v: CellValue): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let a: CellValue = left;
  let b: CellValue = right;
  if (a === "" && typeof b === "number") a = 0;
  if (b === "" && typeof a === "number") b = 0;
  let order: number;
  if (rank(a) !== rank(b)) order = rank(a) - rank(b);
  else if (typeof a === "string") order = a.toUpperCase().localeCompare(String(b).toUpperCase());
  else order = Number(a) - Number(b);
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}
