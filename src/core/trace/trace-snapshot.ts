/**
 * What Trace knows about the selected cell, as plain data: what src/excel/trace-reader.ts reads
 * from the workbook (or the preview builds from a pasted formula), and which cells of it still
 * need reading. Keeping this pure lets the core trace a cell without Excel, and lets the tests
 * and the preview feed it directly.
 */
import type { CellValue } from "../formula/formula-evaluate";
import { parseFormula, referencesIn, type ReferenceNode } from "../formula/formula-syntax";
import { sameSheetName } from "../sheets/sheet-names";

/** The values of one referenced cell or range, or why they could not be read. */
export interface ReadReference {
  /** The sheet as the workbook names it (the formula's own sheet for an unqualified reference). */
  sheet: string;
  /** The address without `$`: `B2`, `A5:B9`. */
  address: string;
  values?: CellValue[][];
  /** Why the values are missing: the sheet is gone, the range is too large, the preview has no workbook. */
  problem?: string;
}

/** The selected cell and what was read around it. */
export interface TraceSnapshot {
  /** The cell's sheet and address without the sheet (`B6`); empty in the preview. */
  sheet: string;
  address: string;
  /** `Range.formulas` of the cell: its formula, or its constant. */
  formula: unknown;
  /** `Range.values` of the cell. */
  value: unknown;
  /** The place in the workbook the cell links to (`Range.hyperlink.documentReference`). */
  link?: string;
  /** The cell a spilled table comes from, when the selected cell is in one. */
  spill?: { sheet: string; address: string; formula: unknown; rowOffset: number; columnOffset: number };
  /** Referenced cells read from the workbook. */
  references: ReadReference[];
  /** The row of the Sources sheet the link points at (its cells' values), when it points at one. */
  linkedRow?: CellValue[];
  /** Set when the host cannot read something (e.g. hyperlinks need ExcelApi 1.7). */
  limits?: string[];
}

/** The most cells Trace reads for one reference (a profile range is a few dozen). */
export const MAX_REFERENCE_CELLS = 400;
/** The most references Trace reads for one cell. */
export const MAX_REFERENCES = 24;

/** A reference to read: the sheet (undefined = the cell's own) and the address without `$`. */
export interface ReferenceToRead {
  sheet?: string;
  address: string;
  cells: number;
}

/** The references a formula's CN calls need read, deduplicated, at most MAX_REFERENCES. */
export function referencesToRead(formula: unknown): ReferenceToRead[] {
  if (typeof formula !== "string" || !formula.startsWith("=")) return [];
  const parsed = parseFormula(formula);
  if (!parsed.ok) return [];
  const seen = new Set<string>();
  const out: ReferenceToRead[] = [];
  for (const ref of referencesIn(parsed.root)) {
    const address = plainAddress(ref);
    const key = `${(ref.sheet ?? "").toLocaleUpperCase("en-US")}!${address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sheet: ref.sheet, address, cells: (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) });
    if (out.length >= MAX_REFERENCES) break;
  }
  return out;
}

/** A reference's address without `$`. */
export function plainAddress(ref: ReferenceNode): string {
  return ref.address.replace(/\$/g, "").toUpperCase();
}

/** The values read for a reference of a formula on `ownSheet`, if they were. */
export function findReadReference(
  snapshot: Pick<TraceSnapshot, "references">,
  ownSheet: string,
  ref: ReferenceNode,
): ReadReference | undefined {
  const sheet = ref.sheet ?? ownSheet;
  const address = plainAddress(ref);
  return snapshot.references.find((r) => r.address === address && sameSheetName(r.sheet, sheet));
}

/** Splits a document reference (`'AI Atlas Sources'!A12`, `Sheet1!$B$3`) into sheet and cell; undefined if it is not one. */
export function parseDocumentReference(reference: string): { sheet: string; row: number; column: number } | undefined {
  const text = reference.replace(/^#/, "").trim();
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/.exec(text);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  let column = 0;
  for (const ch of m[3].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { sheet, row: Number(m[4]) - 1, column: column - 1 };
}
