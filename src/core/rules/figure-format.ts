/**
 * How figures look in a sheet: the number format of each unit, the marks that keep a draft
 * (征求意见稿) or press-report figure from passing for a final one, and the text a formatted
 * cell shows (for the pane's preview of a sheet).
 */
import { freshnessMarker, type PolicyFreshness } from "./freshness";
import type { FigureStatus } from "./labels";
import type { Target } from "./schema";
import type { Unit } from "../text/units";

/** The number format that keeps a cell's content text, whatever it starts with. */
export const TEXT_FORMAT = "@";
/** Excel's default number format. */
export const GENERAL_FORMAT = "General";

/** The UI languages of the sheets. */
export type SheetLanguage = "en" | "zh";

/** How far a figure can be relied on: final, draft for comment, only in a press report, or both. */
export type FigureStatusKind = "final" | "draft" | "press-report" | "draft-press-report";

/** The status kind of a figure. */
export function statusKind(status: FigureStatus): FigureStatusKind {
  if (status.draft) return status.pressReport ? "draft-press-report" : "draft";
  return status.pressReport ? "press-report" : "final";
}

const MARKERS: Record<SheetLanguage, Record<Exclude<FigureStatusKind, "final">, string>> = {
  en: { draft: "(draft)", "press-report": "(press report)", "draft-press-report": "(draft, press report)" },
  zh: { draft: "（征求意见稿）", "press-report": "（媒体报道）", "draft-press-report": "（征求意见稿，媒体报道）" },
};

/** The words shown after a figure that is not final, e.g. `(draft)`; empty for a final one. */
export function statusMarker(kind: FigureStatusKind, language: SheetLanguage): string {
  return kind === "final" ? "" : MARKERS[language][kind];
}

/** The number format of amounts in a unit: whole yuan, 千 and 万; two decimals for 百万 and 亿; three for 十亿. */
export function unitNumberFormat(unit: Unit): string {
  switch (unit.id) {
    case "yuan":
    case "thousand":
    case "wan":
      return "#,##0";
    case "million":
    case "yi":
      return "#,##0.00";
    case "billion":
      return "#,##0.000";
  }
}

/**
 * The number format of a figure: the unit's, with the status marker as literal text, so a draft
 * reads `100,000,000 (draft)` on screen, in print and when pasted into a memo; a figure whose
 * policy period ends within 90 days or has ended also reads `(ends 2026-12-31)` / `(ended …)`.
 */
export function figureNumberFormat(unit: Unit, kind: FigureStatusKind, language: SheetLanguage, freshness?: PolicyFreshness): string {
  return markedNumberFormat(unitNumberFormat(unit), kind, language, freshness);
}

/** A number format (`#,##0`, `0%`) with the status and freshness markers as literal text, as figureNumberFormat does for amounts. */
export function markedNumberFormat(base: string, kind: FigureStatusKind, language: SheetLanguage, freshness?: PolicyFreshness): string {
  const space = language === "en" ? " " : "";
  const markers = [statusMarker(kind, language), freshness ? freshnessMarker(freshness, language) : ""].filter((m) => m !== "");
  return markers.length === 0 ? base : `${base}"${space}${markers.join(space).replace(/"/g, "")}"`;
}

/** The number format of an amount typed into a parameter cell: no decimals shown for a whole number. */
export function amountNumberFormat(amount: number | undefined, unit: Unit): string {
  if (amount === undefined || Number.isInteger(amount)) return "#,##0";
  return unit.id === "billion" ? "#,##0.000######" : "#,##0.00####";
}

const SHORT_UNIT_EN: Record<Unit["id"], string> = {
  yuan: "CNY",
  thousand: "thousand CNY",
  wan: "万 CNY",
  million: "million CNY",
  yi: "亿 CNY",
  billion: "billion CNY",
};

/** An amount in a unit as people write it: `3,000万元`, `3,000 万 CNY`, `30,000,000 CNY`, `1.5亿元`. */
export function formatAmount(valueInUnit: number, unit: Unit, language: SheetLanguage): string {
  const number = numberFormatter(0, unit.multiplier >= 1e6 ? 3 : 2).format(valueInUnit);
  return language === "zh" ? `${number}${unit.label.zh}` : `${number} ${SHORT_UNIT_EN[unit.id]}`;
}

const FORMAT_PATTERN = /^#,##0(?:\.(0+)(#*))?(?:"([^"]*)")?$/;
/** A percentage format: `0%`, `0.0%`, `0.##%`. */
const PERCENT_PATTERN = /^0(?:\.(0*)(#*))?%(?:"([^"]*)")?$/;

/**
 * The text a cell shows in Excel, for the formats the plans use (`#,##0`, `#,##0.00`, a quoted
 * suffix, `@`, General). The preview renders this instead of guessing.
 */
export function displayText(value: string | number, numberFormat: string): string {
  if (typeof value === "string") return value;
  const percent = PERCENT_PATTERN.exec(numberFormat);
  if (percent)
    return `${numberFormatter(percent[1]?.length ?? 0, (percent[1]?.length ?? 0) + (percent[2]?.length ?? 0)).format(value * 100)}%${percent[3] ?? ""}`;
  const m = FORMAT_PATTERN.exec(numberFormat);
  if (!m) return String(value);
  const min = m[1]?.length ?? 0;
  const max = min + (m[2]?.length ?? 0);
  return `${numberFormatter(min, max).format(value)}${m[3] ?? ""}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached en-US formatter (building one per call is most of the cost of a 1,000-cell plan). */
function numberFormatter(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat("en-US", { minimumFractionDigits, maximumFractionDigits })));
  return formatter;
}

/** A target's value as people read it: `8,000亿元`, `3,000`, `20%` (here, not in targets.ts, so CN.AITARGETS does not pull the formatters into the JS that runs before registration). */
export function targetValueText(target: Target, unit: Unit, language: SheetLanguage): string {
  if (target.unit === "CNY") return formatAmount(target.value / unit.multiplier, unit, language);
  if (target.unit === "share") return `${Math.round(target.value * 10_000) / 100}%`;
  return target.value.toLocaleString("en-US");
}
