/**
 * The plan of the calculator's ranked table (PRODUCT.md §3, Calculator): every region's subsidy
 * for one category and amount, best first, with the rule explained, the status and the source.
 * Static values: the table records an answer at a moment, with the data version in its title.
 */
import type { CellRef } from "./a1";
import type { Atlas } from "../names/atlas";
import { AtlasError } from "../errors";
import { figureNumberFormat, formatAmount, statusKind, type FigureStatusKind, type SheetLanguage } from "../rules/figure-format";
import { recordFreshness } from "../rules/freshness";
import { sourceCitation } from "../rules/labels";
import { explainOutcome } from "../rules/rule-explanation";
import { GridBuilder, type SheetGrid } from "./sheet-grid";
import { CALCULATOR_HEADERS, calculatorTitle } from "./sheet-text";
import { planSources, type CitedFigure, type SourcesPlan } from "./sources-plan";
import { parseAmount, UNITS, YUAN, type Unit } from "../text/units";

/** What the user entered in the Calculator view. */
export interface CalculatorOptions {
  categoryId: string;
  /** The eligible spend, in yuan; omitted = each region's cap. */
  amount?: number;
  unit: Unit["id"];
  language: SheetLanguage;
  /** The day (YYYY-MM-DD) policy periods are judged on; a figure whose policy ends within 90 days or has ended is marked. Omitted: not judged. */
  today?: string;
}

/** One ranked region. */
export interface CalculatorRow {
  rank: number;
  regionId: string;
  /** In the unit. */
  value: number;
  status: FigureStatusKind;
  incentiveId: string;
  /** Whether its policy's period has ended or ends within 90 days of `today`. */
  policyEnds: boolean;
}

/** The table to insert at the selection: a title row, a header row, one row per region. */
export interface CalculatorTablePlan {
  options: CalculatorOptions;
  grid: SheetGrid;
  rows: CalculatorRow[];
  /** Zero-based, relative to the table's top-left cell. */
  headerRow: number;
  firstBodyRow: number;
  /** The figure column. */
  valueColumn: number;
  /** Figures that are not final, or whose policy ends soon or has ended (marked). */
  marks: CellRef[];
  /** The Sources rows, one per ranked row in order: each figure links to its own. */
  sources: SourcesPlan;
}

const HEADER_ROW = 1;
const FIRST_BODY_ROW = 2;
const VALUE_COLUMN = 3;

/** Plans the ranked table. Throws an AtlasError for an unknown category or unit, a bad amount, or no region with the incentive. */
export function planCalculatorTable(atlas: Atlas, options: CalculatorOptions): CalculatorTablePlan {
  const unit = UNITS.find((u) => u.id === options.unit);
  if (!unit) throw new AtlasError("bad-unit", `Unknown unit '${options.unit}'.`);
  const category = atlas.categoryOf(options.categoryId);
  if (!category) throw new AtlasError("unknown-category", `Unknown category id '${options.categoryId}'.`);
  const amount = parseAmount(options.amount ?? null, YUAN);
  const ranked = atlas.rank(category, amount);
  if (ranked.length === 0) throw new AtlasError("no-incentive", `No region in the dataset has a '${category.id}' incentive.`);

  const zh = options.language === "zh";
  const headers = CALCULATOR_HEADERS[options.language](zh ? unit.label.zh : unit.label.en);
  const grid = new GridBuilder(FIRST_BODY_ROW + ranked.length, headers.length);
  const categoryLabel = zh ? `${category.name.zh}(${category.id})` : `${category.name.en} (${category.id})`;
  const amountText = amount === undefined ? undefined : formatAmount(amount / unit.multiplier, unit, options.language);
  grid.text(0, 0, calculatorTitle(options.language, categoryLabel, amountText, atlas.dataset.version), "title");
  headers.forEach((h, c) => grid.text(HEADER_ROW, c, h, "header"));

  const rows: CalculatorRow[] = [];
  const marks: CellRef[] = [];
  const cited: CitedFigure[] = [];
  ranked.forEach((r, i) => {
    const row = FIRST_BODY_ROW + i;
    const incentive = r.outcome.incentive;
    const status = atlas.statusOf(incentive);
    const kind = statusKind(status);
    const value = r.outcome.value / unit.multiplier;
    const source = atlas.source(incentive.sourceId);
    const freshness = options.today === undefined ? undefined : recordFreshness((id) => atlas.policy(id), incentive, options.today);
    const ends = freshness?.flagged ? freshness : undefined;
    grid.number(row, 0, r.rank, "0", "figure");
    grid.text(row, 1, r.region.name.zhHans, "key");
    grid.text(row, 2, r.region.name.en, "key-label");
    grid.number(row, VALUE_COLUMN, value, figureNumberFormat(unit, kind, options.language, ends), "figure");
    grid.text(row, 4, explainOutcome(r.outcome, unit, options.language), "text");
    grid.text(row, 5, ends ? (zh ? `${status.zh}；${ends.zh}` : `${status.en}; ${ends.en}`) : zh ? status.zh : status.en, "text");
    grid.text(row, 6, source ? sourceCitation(source, options.language) : incentive.sourceId, "text");
    rows.push({ rank: r.rank, regionId: r.region.id, value, status: kind, incentiveId: incentive.id, policyEnds: ends !== undefined });
    cited.push({ region: r.region, category: atlas.categoryOf(incentive.category) ?? category, outcome: r.outcome, value });
    if (kind !== "final" || ends) marks.push({ row, column: VALUE_COLUMN });
  });
  return {
    options,
    grid: grid.build(),
    rows,
    headerRow: HEADER_ROW,
    firstBodyRow: FIRST_BODY_ROW,
    valueColumn: VALUE_COLUMN,
    marks,
    sources: planSources(atlas, cited, unit, options.language, options.today),
  };
}
