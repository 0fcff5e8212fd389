/**
 * "Keep the old figures" (PRODUCT.md §13) as a plan: the value each changed CN cell gets (the one
 * it had under the stamped version, text kept as text), and the block the Sources sheet gets so a
 * reader sees which figures are kept, from which version, instead of what, and why.
 */
import { isErrorValue, type EvaluatedValue } from "../formula/formula-evaluate";
import { GENERAL_FORMAT, type SheetLanguage } from "../rules/figure-format";
import type { DataStamp } from "../rules/data-stamp";
import { GridBuilder, type SheetGrid } from "../sheets/sheet-grid";
import { SOURCES_SHEET_NAME } from "../sheets/sheet-names";
import type { CellChange } from "./workbook-changes";

/** One cell to overwrite with its old value. */
export interface KeptCell {
  sheet: string;
  row: number;
  column: number;
  /** What to write: a number, a boolean, text (with the text format) or an error's code. */
  value: string | number | boolean;
  text: boolean;
}

/** A spilled table whose cells are kept: it becomes values first, or writing into it would break the spill. */
export interface FrozenTable {
  sheet: string;
  row: number;
  column: number;
}

/** Everything the writer needs. */
export interface KeptFiguresPlan {
  cells: KeptCell[];
  tables: FrozenTable[];
  sourcesSheetName: string;
  otherSourcesSheetName: string;
  note: SheetGrid;
}

const HEADERS: Record<SheetLanguage, readonly string[]> = {
  en: ["Sheet", "Cell", "Kept figure", "Figure in the loaded version", "Formula replaced", "What changed"],
  zh: ["工作表", "单元格", "保留的数值", "当前版本的数值", "被替换的公式", "变化"],
};

/** The plan for keeping the old figures of `changes` (all computed under `from`, replaced by `to`). */
export function planKeptFigures(
  allChanges: readonly CellChange[],
  from: DataStamp,
  to: DataStamp,
  language: SheetLanguage,
  today: string,
): KeptFiguresPlan {
  const cells: KeptCell[] = [];
  const tables = new Map<string, FrozenTable>();
  // Static figures (no formula) are values already: only CN formula cells are kept.
  const changes = allChanges.filter((c) => c.formula !== "");
  for (const c of changes) {
    if (c.anchor.row !== c.row || c.anchor.column !== c.column || Array.isArray(c.after) || Array.isArray(c.before)) {
      tables.set(`${c.sheet}!${c.anchor.row},${c.anchor.column}`, { sheet: c.sheet, ...c.anchor });
    }
    const value = cellValue(c.before);
    cells.push({ sheet: c.sheet, row: c.row, column: c.column, value, text: typeof value === "string" && !isErrorValue(c.before) });
  }
  const heading =
    language === "zh"
      ? `保留的旧数值：来自数据版本 ${from.version}（内容 ${from.hash.slice(0, 12)}），未采用 ${to.version}；${today}`
      : `Figures kept from data version ${from.version} (content ${from.hash.slice(0, 12)}) instead of ${to.version}, on ${today}`;
  const grid = new GridBuilder(2 + changes.length, HEADERS.en.length);
  grid.text(0, 0, heading, "title");
  HEADERS[language].forEach((h, i) => grid.text(1, i, h, "header"));
  changes.forEach((c, i) => {
    const row = [c.sheet, c.address, shown(c.before), shown(c.after), c.formula, c.causes.map((k) => k.text).join("; ")];
    row.forEach((v, j) => (typeof v === "number" ? grid.number(2 + i, j, v, GENERAL_FORMAT, "figure") : grid.text(2 + i, j, v, "text")));
  });
  return {
    cells,
    tables: [...tables.values()],
    sourcesSheetName: SOURCES_SHEET_NAME[language],
    otherSourcesSheetName: SOURCES_SHEET_NAME[language === "zh" ? "en" : "zh"],
    note: grid.build(),
  };
}

function cellValue(v: EvaluatedValue | undefined): string | number | boolean {
  if (v === undefined || Array.isArray(v)) return "";
  if (isErrorValue(v)) return v.error;
  return v;
}

function shown(v: EvaluatedValue | undefined): string | number {
  const value = cellValue(v);
  return typeof value === "boolean" ? String(value).toUpperCase() : value;
}
