/**
 * A reader for worksheet formula text, enough for Trace to find the CN calls in a cell and the
 * cells their arguments refer to: literals ("" escapes included), A1 references (with `$`, other
 * sheets as `Sheet1!B2` or `'Sheet 1'!B2`, ranges), function calls, operators and parentheses.
 * Whatever it cannot read (names, R1C1 text, array constants, structured references) becomes an
 * `unsupported` node with its text, never an exception: `parseFormula` is total.
 */
import { columnIndex, MAX_COLUMNS, MAX_DEPTH, MAX_ROWS, tokenize, type Token } from "./formula-tokens";

/** A reference to a cell or a rectangle, as typed. */
export interface ReferenceNode {
  type: "ref";
  /** The sheet named before `!`, unquoted; undefined = the formula's own sheet. */
  sheet?: string;
  /** The address without the sheet, as typed: `$B$2`, `A5:B9`. */
  address: string;
  /** Zero-based corners. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
}

/** A node of a formula's syntax tree; every node keeps the text it was read from. */
export type FormulaNode =
  | { type: "number"; value: number; text: string }
  | { type: "string"; value: string; text: string }
  | { type: "boolean"; value: boolean; text: string }
  | { type: "error"; code: string; text: string }
  | ReferenceNode
  | { type: "call"; name: string; args: FormulaNode[]; text: string }
  | { type: "unary"; op: "-" | "+"; operand: FormulaNode; text: string }
  | { type: "percent"; operand: FormulaNode; text: string }
  | { type: "binary"; op: string; left: FormulaNode; right: FormulaNode; text: string }
  | { type: "missing"; text: "" }
  | { type: "unsupported"; text: string; reason: string };

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  parse(): FormulaNode {
    if (this.tokens.length === 0) return { type: "unsupported", text: "", reason: "empty formula" };
    const node = this.expression(0);
    if (this.pos < this.tokens.length) {
      const start = this.tokens[0].start;
      return { type: "unsupported", text: this.source.slice(start).trim(), reason: "unexpected text after the expression" };
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(value: string): boolean {
    const t = this.peek();
    return t?.kind === "op" && t.value === value;
  }

  private textFrom(start: number): string {
    const last = this.tokens[this.pos - 1];
    return last ? this.source.slice(start, last.end) : "";
  }

  private static readonly PRECEDENCE: Readonly<Record<string, number>> = {
    "=": 1,
    "<>": 1,
    "<": 1,
    ">": 1,
    "<=": 1,
    ">=": 1,
    "&": 2,
    "+": 3,
    "-": 3,
    "*": 4,
    "/": 4,
    "^": 5,
  };

  private expression(minPrecedence: number): FormulaNode {
    if (++this.depth > MAX_DEPTH) throw new FormulaSyntaxError("the formula nests too deeply");
    try {
      const startToken = this.peek();
      let left = this.unary();
      for (;;) {
        const t = this.peek();
        if (t?.kind !== "op") break;
        const precedence = Object.prototype.hasOwnProperty.call(Parser.PRECEDENCE, t.value) ? Parser.PRECEDENCE[t.value] : undefined;
        if (precedence === undefined || precedence < minPrecedence) break;
        this.pos++;
        const right = this.expression(t.value === "^" ? precedence : precedence + 1);
        left = { type: "binary", op: t.value, left, right, text: this.textFrom(startToken?.start ?? 0) };
      }
      return left;
    } finally {
      this.depth--;
    }
  }

  private unary(): FormulaNode {
    const t = this.peek();
    if (t?.kind === "op" && (t.value === "-" || t.value === "+")) {
      this.pos++;
      const operand = this.unary();
      return { type: "unary", op: t.value, operand, text: this.textFrom(t.start) };
    }
    let node = this.primary();
    while (this.isOp("%")) {
      this.pos++;
      node = { type: "percent", operand: node, text: this.textFrom(t?.start ?? 0) };
    }
    return node;
  }

  private primary(): FormulaNode {
    const t = this.peek();
    if (!t) throw new FormulaSyntaxError("the formula ends too early");
    this.pos++;
    switch (t.kind) {
      case "string":
        return { type: "string", value: t.value, text: this.source.slice(t.start, t.end) };
      case "number":
        return { type: "number", value: t.value, text: this.source.slice(t.start, t.end) };
      case "error":
        return { type: "error", code: this.source.slice(t.start, t.end).toUpperCase(), text: this.source.slice(t.start, t.end) };
      case "ref":
        return referenceNode(t.sheet, t.address, this.source.slice(t.start, t.end));
      case "word": {
        if (this.isOp("(")) return this.call(t);
        const upper = t.value.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { type: "boolean", value: upper === "TRUE", text: t.value };
        return { type: "unsupported", text: t.value, reason: "a name or a reference Trace cannot read" };
      }
      case "op":
        if (t.value === "(") {
          const inner = this.expression(0);
          if (!this.isOp(")")) throw new FormulaSyntaxError("a parenthesis is not closed");
          this.pos++;
          return inner;
        }
        if (t.value === "{") return this.skipArray(t.start);
        throw new FormulaSyntaxError(`unexpected '${t.value}'`);
      default:
        return { type: "unsupported", text: this.source.slice(t.start, t.end), reason: "text Trace cannot read" };
    }
  }

  private call(name: Extract<Token, { kind: "word" }>): FormulaNode {
    this.pos++; // (
    const args: FormulaNode[] = [];
    if (this.isOp(")")) {
      this.pos++;
      return { type: "call", name: name.value.replace(/^_xlfn\./i, "").toUpperCase(), args, text: this.textFrom(name.start) };
    }
    for (;;) {
      if (this.isOp(",") || this.isOp(";") || this.isOp(")")) args.push({ type: "missing", text: "" });
      else args.push(this.expression(0));
      if (this.isOp(",") || this.isOp(";")) {
        this.pos++;
        if (this.isOp(")")) {
          args.push({ type: "missing", text: "" });
          this.pos++;
          break;
        }
        continue;
      }
      if (this.isOp(")")) {
        this.pos++;
        break;
      }
      throw new FormulaSyntaxError(`a call to ${name.value} is not closed`);
    }
    return { type: "call", name: name.value.replace(/^_xlfn\./i, "").toUpperCase(), args, text: this.textFrom(name.start) };
  }

  private skipArray(start: number): FormulaNode {
    let level = 1;
    while (level > 0) {
      const t = this.peek();
      if (!t) throw new FormulaSyntaxError("an array constant is not closed");
      this.pos++;
      if (t.kind === "op" && t.value === "{") level++;
      if (t.kind === "op" && t.value === "}") level--;
    }
    return { type: "unsupported", text: this.textFrom(start), reason: "an array constant" };
  }
}

class FormulaSyntaxError extends Error {}

function referenceNode(sheet: string | undefined, address: string, text: string): FormulaNode {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address);
  if (!m) return { type: "unsupported", text, reason: "not an A1 reference" };
  const a = { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  const b = m[3] ? { row: Number(m[4]) - 1, column: columnIndex(m[3]) } : a;
  const top = Math.min(a.row, b.row);
  const bottom = Math.max(a.row, b.row);
  const left = Math.min(a.column, b.column);
  const right = Math.max(a.column, b.column);
  if (top < 0 || bottom >= MAX_ROWS || left < 0 || right >= MAX_COLUMNS)
    return { type: "unsupported", text, reason: "outside a worksheet" };
  return { type: "ref", sheet, address, top, left, bottom, right, text };
}

/** What reading a formula gave: its tree, or why it could not be read. */
export type ParsedFormula = { ok: true; root: FormulaNode } | { ok: false; reason: string };

/** Reads a cell's formula text (`=IFNA(CN.AISUBSIDY(C$5,$A6),"—")`). Never throws. */
export function parseFormula(formula: string): ParsedFormula {
  try {
    const start = formula.startsWith("=") ? 1 : 0;
    return { ok: true, root: new Parser(formula, tokenize(formula, start)).parse() };
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return { ok: false, reason: e.message };
    return { ok: false, reason: "the formula could not be read" };
  }
}

/** Every node of a tree, parents before children. */
export function walkFormula(node: FormulaNode, visit: (node: FormulaNode) => void): void {
  visit(node);
  switch (node.type) {
    case "call":
      node.args.forEach((a) => walkFormula(a, visit));
      break;
    case "unary":
    case "percent":
      walkFormula(node.operand, visit);
      break;
    case "binary":
      walkFormula(node.left, visit);
      walkFormula(node.right, visit);
      break;
    default:
      break;
  }
}

/** Every cell reference in a tree, in order of appearance. */
export function referencesIn(node: FormulaNode): ReferenceNode[] {
  const refs: ReferenceNode[] = [];
  walkFormula(node, (n) => {
    if (n.type === "ref") refs.push(n);
  });
  return refs;
}

/** The CN calls not inside another CN call's arguments, in order (Trace and the workbook comparison start from these). */
export function outerCnCalls(root: FormulaNode): Extract<FormulaNode, { type: "call" }>[] {
  const calls: Extract<FormulaNode, { type: "call" }>[] = [];
  const inner = new Set<FormulaNode>();
  walkFormula(root, (node) => {
    if (node.type !== "call" || !node.name.startsWith("CN.")) return;
    if (!inner.has(node)) calls.push(node);
    node.args.forEach((a) => walkFormula(a, (n) => inner.add(n)));
  });
  return calls;
}
