/**
 * How the pane writes figures and times: amounts in the user's unit with thousands separators
 * (`30,000,000 CNY`, `3,000万元`), dates and times in the UI language.
 */
import { formatAmount } from "../../core/rules/figure-format";
import type { Money } from "../../core/rules/schema";
import { UNITS, type Unit } from "../../core/text/units";
import type { Language, Strings } from "./";
import type { PaneUnitId } from "./preferences";

/** The units the pane offers, in order: 元, 万元, 亿元. */
export const PANE_UNITS: readonly Unit[] = (["yuan", "wan", "yi"] as const).map((id) => unitOf(id));

/** The Unit of a pane unit id. */
export function unitOf(id: PaneUnitId): Unit {
  const unit = UNITS.find((u) => u.id === id);
  if (!unit) throw new Error(`Unknown unit ${id}`);
  return unit;
}

/** An amount in yuan, shown in the unit: `30,000,000 CNY`, `3,000万元`. */
export function formatMoney(yuan: number, unit: Unit, language: Language): string {
  return formatAmount(yuan / unit.multiplier, unit, language);
}

/** A qualified amount: `nearly 1,000亿元`, `近1,000亿元`. */
export function formatQualifiedMoney(money: Money, unit: Unit, language: Language, t: Strings): string {
  return `${t.qualifiers[money.qualifier]}${formatMoney(money.amount, unit, language)}`;
}

/** An ISO time as the user reads it. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** A count with thousands separators. */
export function formatCount(n: number, language: Language): string {
  return n.toLocaleString(language === "zh" ? "zh-CN" : "en-US");
}
