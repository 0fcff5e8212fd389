/**
 * The shape of a comparison sheet (PRODUCT.md §4): what the user picks in Compare, where each part
 * of the sheet sits, its colours, and the plan the writer writes and the pane previews.
 */
import type { CellRef } from "./a1";
import type { FigureStatusKind, SheetLanguage } from "../rules/figure-format";
import type { PolicyFreshness } from "../rules/freshness";
import type { SheetGrid } from "./sheet-grid";
import type { SourcesPlan } from "./sources-plan";
import type { Unit } from "../text/units";

/** Which way round the table goes. */
export type Orientation = "categories-as-rows" | "regions-as-rows";

/** What the user picked in the Compare view. */
export interface ComparisonOptions {
  regionIds: string[];
  categoryIds: string[];
  orientation: Orientation;
  /** live: `=CN.AISUBSIDY(...)` formulas; static: the numbers, for people without the add-in. */
  mode: "live" | "static";
  unit: Unit["id"];
  /** The eligible spend, in yuan; omitted = compare caps. */
  amount?: number;
  language: SheetLanguage;
  /**
   * The day (YYYY-MM-DD, from the pane's clock) policy periods are judged on: a figure whose policy
   * ends within 90 days of it, or has ended, is marked. Omitted: periods are not judged.
   */
  today?: string;
}

/** One figure cell of the table. */
export interface PlannedFigure extends CellRef {
  regionId: string;
  categoryId: string;
  /** In the unit; null when the region has no such incentive (the cell shows a dash). */
  value: number | null;
  /** How far the figure can be relied on; null for a dash. */
  status: FigureStatusKind | null;
  incentiveId: string | null;
  /** The index of its row among the Sources rows (`sources.rows`); null for a dash. */
  sourceIndex: number | null;
  /** The largest figure of its category. */
  highlighted: boolean;
  /** Its policy's period, when it has ended or ends within 90 days of `options.today`; null otherwise. */
  policyEnds: PolicyFreshness | null;
}

/** Where things are, zero-based, with the A1 addresses the writer uses. */
export interface ComparisonLayout {
  title: CellRef;
  amount: CellRef;
  unit: CellRef;
  labelRow: number;
  headerRow: number;
  firstBodyRow: number;
  lastBodyRow: number;
  firstBodyColumn: number;
  lastColumn: number;
  firstNoteRow: number;
  addresses: {
    /** The whole planned block, from A1. */
    grid: string;
    /** Header row and body: formatted as an Excel table. */
    table: string;
    /** The figures. */
    body: string;
    /** The two parameter cells (amount, unit). */
    parameters: string;
    hints: string;
    labelRow: string;
    notes: string;
    /** Frozen: the rows down to the header and the key and label columns. */
    freeze: string;
  };
}

/** Colours of the highlight and of the marks on draft and press-report figures. */
export const COMPARISON_STYLE = {
  highlightFill: "#C6EFCE",
  highlightFont: "#006100",
  markFont: "#9C5700",
  parameterFill: "#FFF2CC",
  hintFont: "#7F7F7F",
  tableStyle: "TableStyleMedium2",
} as const;

/** Everything the writer needs to produce a comparison sheet. */
export interface ComparisonSheetPlan {
  /** The options as used: ids de-duplicated, in the order given. */
  options: ComparisonOptions;
  /** The preferred sheet name (the writer adds " (2)"… on a clash). */
  sheetName: string;
  grid: SheetGrid;
  layout: ComparisonLayout;
  /** Every figure cell, row by row. */
  figures: PlannedFigure[];
  /**
   * The highlight as a conditional format over the body: the formula is written for the body's
   * top-left cell (Excel shifts it for the others), so it stays right after a refresh or an edit.
   */
  highlight: { perRow: boolean; formula: string };
  /** Figures that are not final, or whose policy period ends soon or has ended, to be marked. */
  marks: PlannedFigure[];
  notes: string[];
  sources: SourcesPlan;
}
