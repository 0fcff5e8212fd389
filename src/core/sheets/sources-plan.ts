/**
 * The rows of the Sources sheet: one per figure written, with its status, rule, verbatim quote
 * and source, so a reader of an IC memo can check every number; then one per policy those
 * figures come from, with its period and whether that period has ended or ends soon. The writer
 * appends one block per inserted sheet (a heading naming the sheet, the column headers, the rows).
 */
import type { Atlas } from "../names/atlas";
import { figureNumberFormat, TEXT_FORMAT, type SheetLanguage } from "../rules/figure-format";
import { policyFreshness, recordFreshness } from "../rules/freshness";
import { displayQuote } from "../rules/labels";
import { explainOutcome } from "../rules/rule-explanation";
import type { Category, Policy, Region, Source } from "../rules/schema";
import { GridBuilder, type CellInput, type SheetGrid } from "./sheet-grid";
import { SOURCES_SHEET_NAME } from "./sheet-names";
import { SOURCE_HEADERS, sourcesHeading, type SourcesProvenance } from "./sheet-text";
import type { SubsidyOutcome } from "../rules/subsidy";
import type { Unit } from "../text/units";

/** What the Sources sheet gets for one inserted sheet. */
export interface SourcesPlan {
  /** The Sources sheet to create, or to extend if it exists. */
  sheetName: string;
  /** The Sources sheet of the other UI language: extended instead when only it exists. */
  otherSheetName: string;
  language: SheetLanguage;
  datasetVersion: string;
  asOf: string;
  header: readonly string[];
  /** One row per figure, in the order of the sheet, then one per policy they come from. */
  rows: CellInput[][];
  /** How many of `rows` are figures (the rest cite the policies used). */
  figureRows: number;
  /** The number format of each column of a row (the figure column in the unit; the rest text). */
  columnFormats: string[];
  /** Who signed the data and its content hash, for the heading (set by the pane from the loaded data). */
  provenance?: SourcesProvenance;
  /** Per row, the figure column's own format where it is not the unit's (a count, a share); absent = `columnFormats`. */
  figureFormats?: readonly (string | undefined)[];
}

/** The column of the figure in a Sources row. */
export const SOURCE_FIGURE_COLUMN = 3;
/** The column of the quote in a Sources row (wide, wrapped). */
export const SOURCE_QUOTE_COLUMN = 8;

/** The rows of a Sources block above its first citation row: the heading and the column headers. */
export const SOURCES_BLOCK_HEADER_ROWS = 2;

/**
 * Where a figure's hyperlink points: its row on the Sources sheet, as a document reference
 * (`'AI Atlas Sources'!A12`). `blockTop` is the zero-based row of the block's heading; `index`
 * the figure's index among the plan's rows.
 */
export function sourcesRowReference(sheetName: string, blockTop: number, index: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!A${blockTop + SOURCES_BLOCK_HEADER_ROWS + index + 1}`;
}

/** The hover text of a figure's link to its Sources row. */
export function sourcesLinkTip(language: SheetLanguage): string {
  return language === "zh" ? "查看该数值的来源、原文与规则" : "See this figure's source, quote and rule";
}

/** One figure to cite: where it applies and the outcome that produced it. */
export interface CitedFigure {
  region: Region;
  category: Category;
  outcome: SubsidyOutcome;
  /** The figure as written, in `unit`. */
  value: number;
}

/**
 * The Sources rows for a list of figures and the policies they come from. With `today`
 * (YYYY-MM-DD), a figure or policy whose period ends within 90 days or has ended says so.
 */
export function planSources(
  atlas: Atlas,
  figures: readonly CitedFigure[],
  unit: Unit,
  language: SheetLanguage,
  today?: string,
): SourcesPlan {
  const zh = language === "zh";
  const policies: Policy[] = [];
  const figureRows = figures.map(({ region, category, outcome, value }): CellInput[] => {
    const incentive = outcome.incentive;
    const policy = atlas.policy(incentive.policyId);
    if (policy && !policies.includes(policy)) policies.push(policy);
    const source = atlas.source(incentive.sourceId);
    const status = atlas.statusOf(incentive);
    const freshness = today === undefined ? undefined : recordFreshness((id) => atlas.policy(id), incentive, today);
    const ends = freshness?.flagged ? (zh ? `；${freshness.zh}` : `; ${freshness.en}`) : "";
    return [
      region.name.zhHans,
      region.name.en,
      `${category.id} (${zh ? category.name.zh : category.name.en})`,
      value,
      zh ? unit.label.zh : unit.label.en,
      `${zh ? status.zh : status.en}${ends}`,
      explainOutcome(outcome, unit, language),
      policy ? (zh ? policy.title.zh : `${policy.title.en} (${policy.title.zh})`) : incentive.policyId,
      displayQuote(incentive.quotes[0]),
      ...sourceCells(source, incentive.sourceId, language),
    ];
  });
  return sourcesPlanOf(atlas, figureRows, policies, unit, language, today);
}

/**
 * A Sources plan from its figure rows (in the order the sheet's links count them) followed by one
 * row per policy they come from; `figureFormats` gives a figure row its own number format.
 */
export function sourcesPlanOf(
  atlas: Atlas,
  figureRows: CellInput[][],
  policies: readonly Policy[],
  unit: Unit,
  language: SheetLanguage,
  today: string | undefined,
  figureFormats?: readonly (string | undefined)[],
): SourcesPlan {
  return {
    sheetName: SOURCES_SHEET_NAME[language],
    otherSheetName: SOURCES_SHEET_NAME[language === "zh" ? "en" : "zh"],
    language,
    datasetVersion: atlas.dataset.version,
    asOf: atlas.dataset.asOf,
    header: SOURCE_HEADERS[language],
    rows: [...figureRows, ...policies.map((p) => policyRow(atlas, p, unit, language, today))],
    figureRows: figureRows.length,
    columnFormats: SOURCE_HEADERS[language].map((_, i) =>
      i === SOURCE_FIGURE_COLUMN ? figureNumberFormat(unit, "final", language) : TEXT_FORMAT,
    ),
    ...(figureFormats ? { figureFormats } : {}),
  };
}

/** A Sources row's last columns: the source's title, publisher, date and URL (its id when it is missing). */
export function sourceCells(source: Source | undefined, sourceId: string, language: SheetLanguage): CellInput[] {
  const zh = language === "zh";
  return [
    source ? (zh ? source.title : `${source.title} (${source.titleEn})`) : sourceId,
    source ? (zh ? source.publisher.zh : source.publisher.en) : "",
    source?.date ?? "",
    source?.url ?? "",
  ];
}

/** A policy the figures come from: its budget (if published), status and period, title, quote and source. */
export function policyRow(atlas: Atlas, policy: Policy, unit: Unit, language: SheetLanguage, today: string | undefined): CellInput[] {
  const zh = language === "zh";
  const region = atlas.regionOf(policy.regionId);
  const source = atlas.source(policy.sourceId);
  const status = atlas.statusOf(policy);
  const freshness = today === undefined || !policy.period ? undefined : policyFreshness(policy, today);
  const period = policy.period
    ? zh
      ? `期限${policy.period.from}–${policy.period.to}年`
      : `period ${policy.period.from}–${policy.period.to}`
    : "";
  const measures = policy.measures ? (zh ? `${policy.measures}条措施` : `${policy.measures} measures`) : "";
  return [
    region?.name.zhHans ?? policy.regionId,
    region?.name.en ?? "",
    zh ? "政策" : "policy",
    policy.budget ? policy.budget.amount / unit.multiplier : "",
    policy.budget ? (zh ? unit.label.zh : unit.label.en) : "",
    [zh ? status.zh : status.en, freshness ? (zh ? freshness.zh : freshness.en) : ""].filter(Boolean).join(zh ? "；" : "; "),
    [policy.budget ? (zh ? policy.budget.note.zh : `budget: ${policy.budget.note.en}`) : "", period, measures]
      .filter(Boolean)
      .join(zh ? "；" : "; "),
    zh ? policy.title.zh : `${policy.title.en} (${policy.title.zh})`,
    displayQuote(policy.quotes[0]),
    ...sourceCells(source, policy.sourceId, language),
  ];
}

/**
 * The block written to the Sources sheet for the sheet named `sheetName`: a heading row, the
 * column headers, then the rows. Everything but the figures is text.
 */
export function sourcesBlock(plan: SourcesPlan, sheetName: string): SheetGrid {
  const columns = plan.header.length;
  const grid = new GridBuilder(plan.rows.length + 2, columns);
  grid.text(0, 0, sourcesHeading(plan.language, sheetName, plan.datasetVersion, plan.asOf, plan.provenance), "title");
  plan.header.forEach((h, c) => grid.text(1, c, h, "header"));
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "number") {
        const own = c === SOURCE_FIGURE_COLUMN ? plan.figureFormats?.[r] : undefined;
        grid.number(r + 2, c, cell, own ?? plan.columnFormats[c], "figure");
      } else grid.text(r + 2, c, cell, "text");
    }),
  );
  return grid.build();
}
