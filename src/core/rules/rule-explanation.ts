/**
 * A rule and how it produced a figure, in words, in English or Chinese, with amounts in the
 * user's unit: "30% of model R&D cost, up to 3,000 万元: 30% × 20,000 万元 = 6,000 万元, capped".
 * The calculator table and the Sources sheet show it beside each figure. A rule that publishes
 * only a ceiling reads "up to" / "最高": its figure is an upper bound, never a payment.
 */
import { formatAmount, type SheetLanguage } from "./figure-format";
import type { Incentive } from "./schema";
import type { SubsidyOutcome } from "./subsidy";
import type { Unit } from "../text/units";

/** The rule of an incentive in one line, amounts in `unit`. */
export function ruleSummary(incentive: Incentive, unit: Unit, language: SheetLanguage): string {
  const cap = formatAmount(incentive.cap / unit.multiplier, unit, language);
  const percent = `${Math.round((incentive.rate ?? 0) * 10_000) / 100}%`;
  const yearly = incentive.period === "per-year";
  if (language === "zh") {
    const basis = incentive.basis?.zh;
    switch (incentive.kind) {
      case "rate":
        return `按${basis ?? "计算基数"}的${percent}补助，最高${cap}${yearly ? "/年" : ""}`;
      case "spend-ceiling":
        return `${basis ? `就${basis}` : "就相关支出"}补贴${incentive.tiered ? "（分档，档位未公布）" : "（比例未公布）"}，最高${cap}${yearly ? "/年" : ""}`;
      case "ceiling":
        return `政策总体最高${cap}（未公布计算依据）`;
      case "award":
        return incentive.capType === "fixed" ? `固定奖励${cap}` : `奖励最高${cap}`;
      case "per-person":
        return `每人最高${cap}`;
    }
  }
  const basis = incentive.basis ? sentenceInside(incentive.basis.en) : undefined;
  switch (incentive.kind) {
    case "rate":
      return `${percent} of ${basis ?? "the basis"}, up to ${cap}${yearly ? " a year" : ""}`;
    case "spend-ceiling":
      return `a ${incentive.tiered ? "tiered subsidy (tiers not published)" : "subsidy (rate not published)"} on ${basis ?? "eligible spend"}, up to ${cap}${yearly ? " a year" : ""}`;
    case "ceiling":
      return `overall cap of ${cap} (basis not published)`;
    case "award":
      return incentive.capType === "fixed" ? `fixed award of ${cap}` : `award of up to ${cap}`;
    case "per-person":
      return `up to ${cap} per person`;
  }
}

/**
 * Whether an outcome's figure is firm: a published rate applied to an amount (capped, or 0 below
 * the minimum) or a fixed award. Everything else (a cap with no amount, tiers, 最高 awards,
 * per-person ceilings, drafts' overall caps) is a ceiling: "up to".
 */
export function isFirmFigure(outcome: SubsidyOutcome): boolean {
  if (outcome.incentive.certainty !== "firm") return false;
  const kind = outcome.step.kind;
  return kind === "rate" || kind === "below-minimum" || kind === "fixed" || (kind === "cap" && outcome.incentive.capType === "fixed");
}

/** The rule and the working that gave an outcome's figure. */
export function explainOutcome(outcome: SubsidyOutcome, unit: Unit, language: SheetLanguage): string {
  const rule = ruleSummary(outcome.incentive, unit, language);
  const money = (yuan: number): string => formatAmount(yuan / unit.multiplier, unit, language);
  const step = outcome.step;
  const zh = language === "zh";
  switch (step.kind) {
    case "cap":
      return rule;
    case "rate": {
      const percent = `${Math.round(step.rate * 10_000) / 100}%`;
      const working = `${percent} × ${money(step.amount)} = ${money(step.raw)}`;
      if (zh) return `${rule}：${working}${step.capped ? `，封顶${money(outcome.value)}` : ""}`;
      return `${rule}: ${working}${step.capped ? `, capped at ${money(outcome.value)}` : ""}`;
    }
    case "below-minimum":
      if (zh) return `${rule}：${money(step.amount)}低于门槛${money(step.minimum)}，不予补助`;
      return `${rule}: ${money(step.amount)} is below the minimum of ${money(step.minimum)}, so nothing is paid`;
    case "spend-ceiling":
      if (zh)
        return `${rule}：最高${money(outcome.value)}（${step.capped ? `${money(step.amount)}超过上限` : `不超过支出${money(step.amount)}`}；为上限，并非确定金额）`;
      return `${rule}: up to ${money(outcome.value)} (${step.capped ? `${money(step.amount)} exceeds the cap` : `no more than the ${money(step.amount)} spent`}; an upper bound, not a payment)`;
    case "fixed":
      return zh ? `${rule}（与金额无关）` : `${rule} (the amount does not change it)`;
  }
}

/** Lower-cases a leading capital so a phrase reads inside a sentence, leaving acronyms (`AI`, `R&D`) alone. */
function sentenceInside(phrase: string): string {
  return /^[A-Z][a-z]/.test(phrase) ? phrase[0].toLowerCase() + phrase.slice(1) : phrase;
}
