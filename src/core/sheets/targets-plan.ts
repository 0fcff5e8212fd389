/**
 * The plan of the targets sheet (PRODUCT.md §8): the targets and results shown in Explore's
 * Targets tab, as a table with money in the unit (counts and shares as stated, shares as
 * fractions with a percent format), each value citing its own Sources row (the quote stating
 * the figure), then the policies used. Static values, with the data version in the title.
 */
import type { CellRef } from "./a1";
import type { Atlas } from "../names/atlas";
import { AtlasError } from "../errors";
import {
  figureNumberFormat,
  markedNumberFormat,
  statusKind,
  targetValueText,
  type FigureStatusKind,
  type SheetLanguage,
} from "../rules/figure-format";
import { freshnessMarker } from "../rules/freshness";
import { displayQuote, sourceCitation } from "../rules/labels";
import type { Policy, Target } from "../rules/schema";
import { GridBuilder, type CellInput, type SheetGrid } from "./sheet-grid";
import { TARGETS_SHEET_NAME } from "./sheet-names";
import { sourceCells, sourcesPlanOf, type SourcesPlan } from "./sources-plan";
import { targetFreshness, targetPolicies, targetStatus, targetValue, targetYear } from "../api/targets";
import { UNITS, type Unit } from "../text/units";

/** What the Targets tab shows: the targets (by id, in the order shown) and the pane's unit and language. */
export interface TargetsOptions {
  targetIds: readonly string[];
  unit: Unit["id"];
  language: SheetLanguage;
  /** The day (YYYY-MM-DD) policy periods are judged on; omitted: not judged. */
  today?: string;
}

/** One target row of the table. */
export interface TargetsRow {
  targetId: string;
  /** As written: in the unit for money, as stated for counts, a fraction for shares. */
  value: number;
  status: FigureStatusKind;
  /** Whether a policy of the target has ended or ends within 90 days of `today`. */
  policyEnds: boolean;
}

/** The new sheet: a title row, a header row, one row per target, and the Sources block. */
export interface TargetsSheetPlan {
  options: TargetsOptions;
  /** The sheet's name before a clash is resolved. */
  sheetName: string;
  grid: SheetGrid;
  rows: TargetsRow[];
  /** Zero-based rows and column, from A1 of the new sheet. */
  headerRow: number;
  firstBodyRow: number;
  valueColumn: number;
  /** Values that are not final, or whose policy ends soon or has ended (marked). */
  marks: CellRef[];
  /** One Sources row per target in order (each value links to its own), then the policies used. */
  sources: SourcesPlan;
}

/** The table's column headers. */
export const TARGETS_HEADERS: Record<SheetLanguage, readonly string[]> = {
  en: ["Region", "Metric", "Value", "Unit", "Qualifier", "Kind", "Year", "Policy", "Source"],
  zh: ["地区", "指标", "数值", "单位", "限定", "类型", "年份", "政策", "来源"],
};

const KIND_LABEL: Record<SheetLanguage, Record<Target["kind"], string>> = {
  en: { target: "target", stretch: "stretch target (力争)", actual: "result achieved" },
  zh: { target: "目标", stretch: "力争目标", actual: "已实现" },
};

const QUALIFIER_LABEL: Record<SheetLanguage, Record<Target["qualifier"], string>> = {
  en: { exact: "", nearly: "nearly", about: "about", "at-least": "at least", over: "over", "up-to": "up to" },
  zh: { exact: "", nearly: "近", about: "约", "at-least": "不低于", over: "超过", "up-to": "不超过" },
};

const HEADER_ROW = 1;
const FIRST_BODY_ROW = 2;
const VALUE_COLUMN = 2;
const COUNT_FORMAT = "#,##0";

/** The base number format of a target's value: the unit's for money, whole numbers for counts, a percentage for shares. */
function baseFormat(target: Target, unit: Unit): string {
  if (target.unit === "CNY") return figureNumberFormat(unit, "final", "en");
  if (target.unit === "count") return Number.isInteger(target.value) ? COUNT_FORMAT : "#,##0.0#";
  return Number.isInteger(Math.round(target.value * 1e6) / 1e4) ? "0%" : "0.0#%";
}

/** The unit column: the unit's label for money; count or share otherwise. */
function unitLabel(target: Target, unit: Unit, zh: boolean): string {
  if (target.unit === "CNY") return zh ? unit.label.zh : unit.label.en;
  if (target.unit === "share") return zh ? "比例" : "share";
  return zh ? "数量" : "count";
}

/** Plans the targets sheet. Throws an AtlasError for an unknown unit or target id, or no target. */
export function planTargetsSheet(atlas: Atlas, options: TargetsOptions): TargetsSheetPlan {
  const unit = UNITS.find((u) => u.id === options.unit);
  if (!unit) throw new AtlasError("bad-unit", `Unknown unit '${options.unit}'.`);
  const byId = new Map(atlas.dataset.targets.map((t) => [t.id, t]));
  const targets = options.targetIds.map((id) => {
    const target = byId.get(id);
    if (!target) throw new AtlasError("bad-argument", `Unknown target id '${id}'.`);
    return target;
  });
  if (targets.length === 0) throw new AtlasError("no-figure", "No target to insert: the Targets tab shows none.");

  const { language } = options;
  const zh = language === "zh";
  const headers = TARGETS_HEADERS[language];
  const grid = new GridBuilder(FIRST_BODY_ROW + targets.length, headers.length);
  const title = zh
    ? `AI产业目标与成果：${targets.length}项（AI Policy Atlas v${atlas.dataset.version}）`
    : `AI targets and results: ${targets.length} (AI Policy Atlas v${atlas.dataset.version})`;
  grid.text(0, 0, title, "title");
  headers.forEach((h, c) => grid.text(HEADER_ROW, c, h, "header"));

  const rows: TargetsRow[] = [];
  const marks: CellRef[] = [];
  const sourceRows: CellInput[][] = [];
  const figureFormats: string[] = [];
  const policies: Policy[] = [];
  targets.forEach((t, i) => {
    const row = FIRST_BODY_ROW + i;
    const region = atlas.regionOf(t.regionId);
    const source = atlas.source(t.sourceId);
    const status = targetStatus(atlas, t);
    const kind = statusKind(status);
    const freshness = options.today === undefined ? undefined : targetFreshness(atlas, t, options.today);
    const ends = freshness?.flagged ? freshness : undefined;
    const value = targetValue(t, unit);
    const own = targetPolicies(atlas, t);
    for (const p of own) if (!policies.includes(p)) policies.push(p);
    const policyTitles = own.map((p) => (zh ? p.title.zh : `${p.title.en} (${p.title.zh})`)).join(zh ? "；" : "; ");
    const mark = ends ? freshnessMarker(ends, language) : "";
    const year = targetYear(t, language);
    const base = baseFormat(t, unit);

    grid.text(row, 0, region ? (zh ? region.name.zhHans : `${region.name.en} (${region.name.zhHans})`) : t.regionId, "key");
    grid.text(row, 1, zh ? t.metric.zh : `${t.metric.en} (${t.metric.zh})`, "key-label");
    grid.number(row, VALUE_COLUMN, value, markedNumberFormat(base, kind, language, ends), "figure");
    grid.text(row, 3, unitLabel(t, unit, zh), "text");
    grid.text(row, 4, QUALIFIER_LABEL[language][t.qualifier], "text");
    grid.text(row, 5, KIND_LABEL[language][t.kind], "text");
    if (typeof year === "number") grid.number(row, 6, year, "0", "figure");
    else grid.text(row, 6, year, "text");
    grid.text(row, 7, policyTitles === "" ? "" : `${policyTitles}${mark ? `${zh ? "" : " "}${mark}` : ""}`, "text");
    grid.text(row, 8, source ? sourceCitation(source, language) : t.sourceId, "text");
    rows.push({ targetId: t.id, value, status: kind, policyEnds: ends !== undefined });
    if (kind !== "final" || ends) marks.push({ row, column: VALUE_COLUMN });

    const statusText = `${zh ? status.zh : status.en}${ends ? (zh ? `；${ends.zh}` : `; ${ends.en}`) : ""}`;
    const stated = [KIND_LABEL[language][t.kind], `${QUALIFIER_LABEL[language][t.qualifier]}`, targetValueText(t, unit, language)]
      .filter((x) => x !== "")
      .join(zh ? "" : " ");
    const due = year === "" ? "" : zh ? (typeof year === "number" ? `（${year}年）` : `（${year}）`) : ` (${year})`;
    sourceRows.push([
      region?.name.zhHans ?? t.regionId,
      region?.name.en ?? "",
      zh ? `目标：${t.metric.zh}` : `target: ${t.metric.en}`,
      value,
      unitLabel(t, unit, zh),
      statusText,
      `${stated}${due}`,
      policyTitles,
      displayQuote(t.quotes[0]),
      ...sourceCells(source, t.sourceId, language),
    ]);
    figureFormats.push(base);
  });

  const sources = sourcesPlanOf(atlas, sourceRows, policies, unit, language, options.today, figureFormats);
  return {
    options,
    sheetName: TARGETS_SHEET_NAME[language],
    grid: grid.build(),
    rows,
    headerRow: HEADER_ROW,
    firstBodyRow: FIRST_BODY_ROW,
    valueColumn: VALUE_COLUMN,
    marks,
    sources,
  };
}
