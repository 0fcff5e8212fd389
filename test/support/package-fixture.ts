/**
 * Reads test/fixtures/package-cases.md: one company-package case per row (region, unit, profile
 * as `field = value` pairs, expected lines and totals), shared by the core, function and
 * HyperFormula tests.
 */
import * as fs from "fs";
import * as path from "path";
import type { Expected } from "./formula-fixture";

/** A profile cell as Excel passes it. */
export type ProfileCell = string | number | boolean;

/** One expected line: eligible with an amount, not eligible on a field, or unknown for a field. */
export type ExpectedLine =
  { category: string; status: "eligible"; amount: number } | { category: string; status: "not-eligible" | "unknown"; field: string };

/** One row of the fixture. */
export interface PackageCase {
  n: number;
  region: string;
  unit: string | null;
  /** The profile range: rows of [field, value]. */
  profile: ProfileCell[][];
  lines: ExpectedLine[];
  firm: Expected;
  eligible: Expected;
  possible: Expected;
  clause: string;
}

/** The worked example of PRODUCT.md §9 (W in the table). */
export const WORKED_EXAMPLE: ProfileCell[][] = [
  ["computeSpend", 8000000],
  ["modelRndCost", 200000000],
  ["modelParameters", 120000000000],
  ["modelLeading", "yes"],
  ["rndInput", 50000000],
  ["rndIntensity", "25%"],
  ["highEndHires", 4],
  ["years", 3],
];

function cellValue(text: string): ProfileCell {
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function parseProfile(cell: string): ProfileCell[][] {
  const rows: ProfileCell[][] = [];
  for (const part of cell.split(/[;,]/).map((p) => p.trim())) {
    if (part === "W") rows.push(...WORKED_EXAMPLE.map((r) => [...r]));
    else if (part.startsWith("-")) {
      const at = rows.findIndex((r) => r[0] === part.slice(1));
      if (at < 0) throw new Error(`fixture: cannot remove ${part}`);
      rows.splice(at, 1);
    } else {
      const [field, value] = part.split("=").map((s) => s.trim());
      if (value === undefined) throw new Error(`fixture: cannot read profile part ${part}`);
      const at = rows.findIndex((r) => r[0] === field);
      if (at >= 0) rows[at] = [field, cellValue(value)];
      else rows.push([field, cellValue(value)]);
    }
  }
  return rows;
}

function parseLines(cell: string): ExpectedLine[] {
  if (cell === "") return [];
  return cell.split(";").map((part) => {
    const text = part.trim();
    const amount = /^([\w-]+)\s*=\s*([\d.]+)$/.exec(text);
    if (amount) return { category: amount[1], status: "eligible", amount: Number(amount[2]) };
    const other = /^([\w-]+):\s*(not|unknown)\s*\(([\w ]+)\)$/.exec(text);
    if (!other) throw new Error(`fixture: cannot read line ${text}`);
    return { category: other[1], status: other[2] === "not" ? "not-eligible" : "unknown", field: other[3] };
  });
}

function parseExpected(cell: string): Expected {
  const error = /^(#N\/A|#VALUE!):\s*(.*)$/.exec(cell);
  if (error) return { kind: "error", code: error[1] as "#N/A" | "#VALUE!", text: error[2] };
  const n = Number(cell);
  if (cell === "" || Number.isNaN(n)) throw new Error(`fixture: cannot read expected ${cell}`);
  return { kind: "number", value: n };
}

/** Every case of the fixture table. */
export function packageCases(): PackageCase[] {
  const text = fs.readFileSync(path.join(__dirname, "..", "fixtures", "package-cases.md"), "utf8");
  return text
    .split("\n")
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const [n, region, unit, profile, lines, firm, eligible, possible, clause] = line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim());
      return {
        n: Number(n),
        region,
        unit: unit === "" ? null : unit,
        profile: parseProfile(profile),
        lines: parseLines(lines),
        firm: parseExpected(firm),
        eligible: parseExpected(eligible),
        possible: parseExpected(possible),
        clause,
      };
    });
}
