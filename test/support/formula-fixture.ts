/**
 * Reads test/fixtures/formula-cases.md: one formula case per table row, shared by the core tests
 * and the custom-function adapter tests. For a function that spills a table, `~text` means one
 * row of the table, its cells joined by " | ", contains the text.
 */
import * as fs from "fs";
import * as path from "path";

export type Expected =
  { kind: "number"; value: number } | { kind: "contains"; text: string } | { kind: "error"; code: "#N/A" | "#VALUE!"; text: string };

export interface FormulaCase {
  n: number;
  fn: string;
  /** Arguments as Excel passes them: null for an omitted one. */
  args: (string | number | boolean | null)[];
  expected: Expected;
  clause: string;
}

function parseArg(cell: string): string | number | boolean | null {
  if (cell === "") return null;
  if (cell.startsWith('"') && cell.endsWith('"')) return cell.slice(1, -1).replace(/""/g, '"');
  if (cell === "TRUE" || cell === "FALSE") return cell === "TRUE";
  const n = Number(cell);
  if (Number.isNaN(n)) throw new Error(`fixture: cannot read argument ${cell}`);
  return n;
}

function parseExpected(cell: string): Expected {
  const error = /^(#N\/A|#VALUE!):\s*(.*)$/.exec(cell);
  if (error) return { kind: "error", code: error[1] as "#N/A" | "#VALUE!", text: error[2] };
  if (cell.startsWith("~")) return { kind: "contains", text: cell.slice(1) };
  const n = Number(cell);
  if (Number.isNaN(n) || cell === "") throw new Error(`fixture: cannot read expected ${cell}`);
  return { kind: "number", value: n };
}

/** Every case of the fixture table. */
export function formulaCases(): FormulaCase[] {
  const text = fs.readFileSync(path.join(__dirname, "..", "fixtures", "formula-cases.md"), "utf8");
  return text
    .split("\n")
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      // A cell may hold "\\|" (a literal bar, e.g. between the cells of an expected table row).
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim().replace(/\\\|/g, "|"));
      const [n, fn, a1, a2, a3, a4, expected, clause] = cells;
      const args = [a1, a2, a3, a4].map(parseArg);
      while (args.length > 0 && args[args.length - 1] === null) args.pop();
      return { n: Number(n), fn, args, expected: parseExpected(expected), clause };
    });
}

/** What a `~text` expectation is matched against: the text itself, or each row of a table with its cells joined by " | ". */
export function containsTexts(result: unknown): string[] {
  if (Array.isArray(result)) return result.map((row) => (Array.isArray(row) ? row.join(" | ") : String(row)).replace(/ {2,}/g, " "));
  return [String(result)];
}
