/**
 * The plan of a comparison sheet (PRODUCT.md §4): every cell, format, highlight, mark and note,
 * and the Sources rows, computed from the dataset without touching Excel. The Excel writer
 * writes it as it is; the pane previews it; the tests evaluate its formulas in a formula engine.
 *
 * Layout (zero-based rows): 0 title; 1 amount; 2 unit; 3 labels of the column keys; 4 the table
 * header; then one row per row key; a blank row; the notes. Column A holds the row keys (the
 * names CN.AISUBSIDY accepts), column B their labels, the figures start in column C.
 */
import { cellAddress, rangeAddress } from "./a1";
import { type Atlas } from "../names/atlas";
import { ANY_CATEGORY } from "../names/name-entries";
import { AtlasError, isAtlasError } from "../errors";
import { amountNumberFormat, figureNumberFormat, statusKind, type FigureStatusKind, type SheetLanguage } from "../rules/figure-format";
import { aisubsidy } from "../api/formulas";
import { recordFreshness, type PolicyFreshness } from "../rules/freshness";
import type { Category, Region } from "../rules/schema";
import { GridBuilder, type CellInput } from "./sheet-grid";
import { COMPARISON_SHEET_NAME, SOURCES_SHEET_NAME } from "./sheet-names";
import { comparisonText, NO_INCENTIVE } from "./sheet-text";
import { planSources, type CitedFigure } from "./sources-plan";
import { parseAmount, UNITS, YUAN, type Unit } from "../text/units";
import { type ComparisonOptions, type ComparisonSheetPlan, type PlannedFigure } from "./comparison-sheet";

const TITLE_ROW = 0;
const AMOUNT_ROW = 1;
const UNIT_ROW = 2;
const LABEL_ROW = 3;
const HEADER_ROW = 4;
const FIRST_BODY_ROW = 5;
const KEY_COLUMN = 0;
const LABEL_COLUMN = 1;
const FIRST_BODY_COLUMN = 2;
const PARAMETER_COLUMN = 1;
const HINT_COLUMN = 2;

/** Plans a comparison sheet. Throws an AtlasError for an unknown region, category or unit, or a bad amount. */
export function planComparison(atlas: Atlas, options: ComparisonOptions): ComparisonSheetPlan {
  const unit = UNITS.find((u) => u.id === options.unit);
  if (!unit) throw new AtlasError("bad-unit", `Unknown unit '${options.unit}'.`);
  const regions = unique(options.regionIds).map((id) => regionById(atlas, id));
  const categories = unique(options.categoryIds).map((id) => categoryById(atlas, id));
  if (regions.length === 0) throw new AtlasError("bad-argument", "Pick at least one region.");
  if (categories.length === 0) throw new AtlasError("bad-argument", "Pick at least one category.");
  const amountYuan = parseAmount(options.amount ?? null, YUAN);
  const used: ComparisonOptions = { ...options, regionIds: regions.map((r) => r.id), categoryIds: categories.map((c) => c.id) };

  const perRow = options.orientation === "categories-as-rows";
  const rowKeys = perRow ? categories : regions;
  const columnKeys = perRow ? regions : categories;
  const lastBodyRow = FIRST_BODY_ROW + rowKeys.length - 1;
  const lastColumn = FIRST_BODY_COLUMN + columnKeys.length - 1;
  const text = comparisonText(options.language);
  const live = options.mode === "live";

  // The parameter cells, as CN.AISUBSIDY reads them: the amount in the unit (empty = caps) and a unit spelling it accepts.
  const amountInUnit = amountYuan === undefined ? undefined : amountYuan / unit.multiplier;
  const unitCell = options.language === "zh" ? unit.label.zh : UNIT_SPELLING_EN[unit.id];
  const amountArgument: CellInput = amountInUnit ?? "";

  const figures: PlannedFigure[] = [];
  const cited: CitedFigure[] = [];
  for (let r = 0; r < rowKeys.length; r++) {
    for (let c = 0; c < columnKeys.length; c++) {
      const region = (perRow ? columnKeys[c] : rowKeys[r]) as Region;
      const category = (perRow ? rowKeys[r] : columnKeys[c]) as Category;
      const value = subsidyOrNone(atlas, region.name.zhHans, category.id, amountArgument, unitCell);
      let status: FigureStatusKind | null = null;
      let incentiveId: string | null = null;
      let sourceIndex: number | null = null;
      let policyEnds: PolicyFreshness | null = null;
      if (value !== null) {
        const outcome = atlas.subsidy(region, category, parseAmount(amountArgument, unit));
        status = statusKind(atlas.statusOf(outcome.incentive));
        incentiveId = outcome.incentive.id;
        const freshness = options.today === undefined ? null : recordFreshness((id) => atlas.policy(id), outcome.incentive, options.today);
        policyEnds = freshness?.flagged ? freshness : null;
        sourceIndex = cited.push({ region, category, outcome, value }) - 1;
      }
      figures.push({
        row: FIRST_BODY_ROW + r,
        column: FIRST_BODY_COLUMN + c,
        regionId: region.id,
        categoryId: category.id,
        value,
        status,
        incentiveId,
        sourceIndex,
        highlighted: false,
        policyEnds,
      });
    }
  }
  markLargest(figures, perRow ? (f) => f.row : (f) => f.column);

  const marks = figures.filter((f) => (f.status !== null && f.status !== "final") || f.policyEnds !== null);
  const notes = [
    text.noneNote,
    text.ceilingNote,
    text.highlightNote(perRow),
    ...(marks.some((f) => f.status === "draft" || f.status === "draft-press-report") ? [text.draftNote] : []),
    ...(marks.some((f) => f.status === "press-report" || f.status === "draft-press-report") ? [text.pressNote] : []),
    ...(marks.some((f) => f.policyEnds !== null) ? [text.freshnessNote(options.today ?? "")] : []),
    live ? text.liveNote : text.staticNote(atlas.dataset.version, atlas.dataset.asOf),
    text.sourcesNote(SOURCES_SHEET_NAME[options.language]),
    text.dataNote(atlas.dataset.version, atlas.dataset.asOf),
  ];
  const firstNoteRow = lastBodyRow + 2;
  const grid = new GridBuilder(firstNoteRow + notes.length, lastColumn + 1);

  grid.text(TITLE_ROW, 0, text.title(options.language === "zh" ? unit.label.zh : unit.label.en), "title");
  grid.text(AMOUNT_ROW, 0, text.amountLabel, "parameter-label");
  if (amountInUnit === undefined) grid.blank(AMOUNT_ROW, PARAMETER_COLUMN, amountNumberFormat(undefined, unit), "parameter");
  else grid.number(AMOUNT_ROW, PARAMETER_COLUMN, amountInUnit, amountNumberFormat(amountInUnit, unit), "parameter");
  grid.text(AMOUNT_ROW, HINT_COLUMN, text.amountHint(live, amountInUnit !== undefined), "hint");
  grid.text(UNIT_ROW, 0, text.unitLabel, "parameter-label");
  grid.text(UNIT_ROW, PARAMETER_COLUMN, unitCell, "parameter");
  grid.text(UNIT_ROW, HINT_COLUMN, text.unitHint(live), "hint");

  grid.text(HEADER_ROW, KEY_COLUMN, perRow ? text.categoryHeader : text.regionHeader, "header");
  grid.text(HEADER_ROW, LABEL_COLUMN, perRow ? text.categoryLabelHeader : text.regionLabelHeader, "header");
  columnKeys.forEach((key, c) => {
    grid.text(LABEL_ROW, FIRST_BODY_COLUMN + c, keyLabel(key, perRow ? "region" : "category", options.language), "column-label");
    grid.text(HEADER_ROW, FIRST_BODY_COLUMN + c, keyName(key, perRow ? "region" : "category"), "header");
  });
  rowKeys.forEach((key, r) => {
    grid.text(FIRST_BODY_ROW + r, KEY_COLUMN, keyName(key, perRow ? "category" : "region"), "key");
    grid.text(FIRST_BODY_ROW + r, LABEL_COLUMN, keyLabel(key, perRow ? "category" : "region", options.language), "key-label");
  });

  const amountRef = cellAddress(AMOUNT_ROW, PARAMETER_COLUMN, { row: true, column: true });
  const unitRef = cellAddress(UNIT_ROW, PARAMETER_COLUMN, { row: true, column: true });
  for (const f of figures) {
    const format = figureNumberFormat(unit, f.status ?? "final", options.language, f.policyEnds ?? undefined);
    const shown: CellInput = f.value ?? NO_INCENTIVE;
    if (live) {
      const rowKey = cellAddress(f.row, KEY_COLUMN, { column: true });
      const columnKey = cellAddress(HEADER_ROW, f.column, { row: true });
      const [regionRef, categoryRef] = perRow ? [columnKey, rowKey] : [rowKey, columnKey];
      // IF(…="","",…): Excel desktop passes an empty cell to a custom function as 0, Excel on the web as null; "" always means "no amount".
      const formula = `=IFNA(CN.AISUBSIDY(${regionRef},${categoryRef},IF(${amountRef}="","",${amountRef}),${unitRef}),"${NO_INCENTIVE}")`;
      grid.formula(f.row, f.column, formula, shown, format, "figure");
    } else if (f.value === null) {
      grid.text(f.row, f.column, NO_INCENTIVE, "figure");
    } else {
      grid.number(f.row, f.column, f.value, format, "figure");
    }
  }
  notes.forEach((note, i) => grid.text(firstNoteRow + i, 0, note, "note"));

  const topLeft = cellAddress(FIRST_BODY_ROW, FIRST_BODY_COLUMN);
  const scope = perRow
    ? `${cellAddress(FIRST_BODY_ROW, FIRST_BODY_COLUMN, { column: true })}:${cellAddress(FIRST_BODY_ROW, lastColumn, { column: true })}`
    : `${cellAddress(FIRST_BODY_ROW, FIRST_BODY_COLUMN, { row: true })}:${cellAddress(lastBodyRow, FIRST_BODY_COLUMN, { row: true })}`;

  const built = grid.build();
  return {
    options: used,
    sheetName: COMPARISON_SHEET_NAME[options.language],
    grid: built,
    layout: {
      title: { row: TITLE_ROW, column: 0 },
      amount: { row: AMOUNT_ROW, column: PARAMETER_COLUMN },
      unit: { row: UNIT_ROW, column: PARAMETER_COLUMN },
      labelRow: LABEL_ROW,
      headerRow: HEADER_ROW,
      firstBodyRow: FIRST_BODY_ROW,
      lastBodyRow,
      firstBodyColumn: FIRST_BODY_COLUMN,
      lastColumn,
      firstNoteRow,
      addresses: {
        grid: rangeAddress(0, 0, built.rows - 1, lastColumn),
        table: rangeAddress(HEADER_ROW, KEY_COLUMN, lastBodyRow, lastColumn),
        body: rangeAddress(FIRST_BODY_ROW, FIRST_BODY_COLUMN, lastBodyRow, lastColumn),
        parameters: rangeAddress(AMOUNT_ROW, PARAMETER_COLUMN, UNIT_ROW, PARAMETER_COLUMN),
        hints: rangeAddress(AMOUNT_ROW, HINT_COLUMN, UNIT_ROW, HINT_COLUMN),
        labelRow: rangeAddress(LABEL_ROW, FIRST_BODY_COLUMN, LABEL_ROW, lastColumn),
        notes: rangeAddress(firstNoteRow, 0, firstNoteRow + notes.length - 1, 0),
        freeze: rangeAddress(0, KEY_COLUMN, HEADER_ROW, LABEL_COLUMN),
      },
    },
    figures,
    highlight: { perRow, formula: `=AND(ISNUMBER(${topLeft}),${topLeft}>0,${topLeft}=MAX(${scope}))` },
    marks,
    notes,
    sources: planSources(atlas, cited, unit, options.language, options.today),
  };
}

/** Unit spellings CN.AISUBSIDY accepts, as an English-speaking user would read them. */
const UNIT_SPELLING_EN: Record<Unit["id"], string> = {
  yuan: "CNY",
  thousand: "thousand",
  wan: "万",
  million: "million",
  yi: "亿",
  billion: "billion",
};

/** What the core answers for the cell, as the formula would compute it; null where the formula shows a dash (#N/A). */
function subsidyOrNone(atlas: Atlas, region: string, category: string, amount: CellInput, unit: string): number | null {
  try {
    return aisubsidy(atlas, region, category, amount, unit);
  } catch (e) {
    if (isAtlasError(e) && e.isNotFound) return null;
    throw e;
  }
}

/** Flags the largest positive figure of each group (ties all flagged). */
function markLargest(figures: PlannedFigure[], groupOf: (f: PlannedFigure) => number): void {
  const best = new Map<number, number>();
  for (const f of figures) if (f.value !== null) best.set(groupOf(f), Math.max(best.get(groupOf(f)) ?? 0, f.value));
  for (const f of figures) f.highlighted = f.value !== null && f.value > 0 && f.value === best.get(groupOf(f));
}

/** The name written in a key cell: a region's Simplified name, a category's id (both valid CN.AISUBSIDY arguments). */
function keyName(key: Region | Category, kind: "region" | "category"): string {
  return kind === "region" ? (key as Region).name.zhHans : key.id;
}

/** The human label beside or above a key. */
function keyLabel(key: Region | Category, kind: "region" | "category", language: SheetLanguage): string {
  if (kind === "region") return (key as Region).name.en;
  const category = key as Category;
  return language === "zh" ? category.name.zh : category.name.en;
}

function regionById(atlas: Atlas, id: string): Region {
  const region = atlas.regionOf(id);
  if (!region) throw new AtlasError("unknown-region", `Unknown region id '${id}'.`);
  return region;
}

function categoryById(atlas: Atlas, id: string): Category {
  const category = atlas.categoryOf(id);
  if (!category)
    throw new AtlasError(
      "unknown-category",
      `Unknown category id '${id}'. Categories: ${[...atlas.dataset.categories.map((c) => c.id), ANY_CATEGORY.id].join(", ")}.`,
    );
  return category;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
