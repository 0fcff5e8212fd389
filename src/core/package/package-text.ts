/**
 * A package line in words, in English or Chinese with amounts in the user's unit: why it stands
 * where it does ("rndIntensity 15% fails ≥ 20%", "missing: modelLeading") and its arithmetic
 * ("min(10% × 5,000 万元, 1,000 万元) = 500 万元 a year × 3 years = 1,500 万元").
 */
import { formatAmount, type SheetLanguage } from "../rules/figure-format";
import type { ConditionCheck, LineStatus, PackageLine } from "./package";
import { profileField } from "./profile-fields";
import type { ProfileValue } from "./profile";
import type { EligibilityCondition, ProfileFieldId } from "../rules/schema";
import type { Unit } from "../text/units";

const OP = { gt: ">", gte: "≥", eq: "=" } as const;

/** The status of a line as a word. */
export function statusWord(status: LineStatus, language: SheetLanguage): string {
  const words = {
    eligible: { en: "eligible", zh: "符合" },
    "not-eligible": { en: "not eligible", zh: "不符合" },
    unknown: { en: "unknown", zh: "待确认" },
  } as const;
  return words[status][language];
}

/** How sure a line's amount is, as a word: "firm" / "up to" (确定 / 最高). */
export function certaintyWord(certainty: "firm" | "up-to", language: SheetLanguage): string {
  return certainty === "firm" ? (language === "zh" ? "确定" : "firm") : language === "zh" ? "最高" : "up to";
}

/** A profile value as people read it: money in the unit, fractions as percentages, yes/no. */
export function profileValueText(field: ProfileFieldId, value: ProfileValue, unit: Unit, language: SheetLanguage): string {
  if (typeof value === "boolean") return language === "zh" ? (value ? "是" : "否") : value ? "yes" : "no";
  switch (profileField(field).kind) {
    case "money":
      return formatAmount(value / unit.multiplier, unit, language);
    case "fraction":
      return `${Math.round(value * 10_000) / 100}%`;
    default:
      return value.toLocaleString("en-US");
  }
}

/** A condition as a test: "rndIntensity ≥ 20%", "modelLeading = yes". */
export function conditionTest(condition: EligibilityCondition, unit: Unit, language: SheetLanguage): string {
  const name = fieldName(condition.field, language);
  return `${name} ${OP[condition.op]} ${profileValueText(condition.field, condition.value, unit, language)}`;
}

/** One checked condition: "✓ rndIntensity ≥ 20% (25%)", "✗ …", "? … (missing)". */
export function checkText(check: ConditionCheck, unit: Unit, language: SheetLanguage): string {
  const test = conditionTest(check.condition, unit, language);
  if (check.state === "unknown") return `? ${test} ${language === "zh" ? "（未填写）" : "(not given)"}`;
  const actual = profileValueText(check.condition.field, check.actual as ProfileValue, unit, language);
  return `${check.state === "met" ? "✓" : "✗"} ${test} ${language === "zh" ? `（填写：${actual}）` : `(profile: ${actual})`}`;
}

/** Why a line stands where it does, in one line. */
export function lineReason(line: PackageLine, unit: Unit, language: SheetLanguage): string {
  const zh = language === "zh";
  if (line.failed) {
    const c = line.failed.condition;
    const actual = profileValueText(c.field, line.failed.actual as ProfileValue, unit, language);
    const threshold = conditionTest(c, unit, language);
    return zh ? `不满足：${threshold}（填写：${actual}）；原文：${c.zh}` : `fails ${threshold} (profile: ${actual}); source: ${c.zh}`;
  }
  if (line.toConfirm.length > 0) {
    const c = line.toConfirm[0].condition;
    const at = profileValueText(c.field, c.value, unit, language);
    return zh
      ? `待确认：恰为 ${at}，“${c.zh}”是否包含该值须向主管部门确认`
      : `confirm: exactly ${at}; whether “${c.zh}” includes it is for the issuer to confirm`;
  }
  if (line.zeroField) return zh ? `${fieldName(line.zeroField, language)}为 0` : `${fieldName(line.zeroField, language)} is 0`;
  if (line.noBasis) {
    return zh
      ? "来源未公布计算依据和条件，无法判断（按最高额计入可能合计）"
      : "the source publishes no basis or conditions: cannot be judged (counted at its cap in possible)";
  }
  if (line.missing.length > 0) {
    const names = line.missing.map((f) => fieldName(f, language)).join(zh ? "、" : ", ");
    return zh ? `缺少：${names}` : `missing: ${names}`;
  }
  const met = line.checks.map((c) => conditionTest(c.condition, unit, language));
  if (met.length === 0) return zh ? "无附加条件" : "no further conditions";
  return zh ? `满足：${met.join("；")}` : `meets ${met.join("; ")}`;
}

/** The arithmetic of a line's amount (its possible amount when unknown). */
export function lineWorking(line: PackageLine, unit: Unit, language: SheetLanguage): string {
  const zh = language === "zh";
  const money = (yuan: number): string => formatAmount(yuan / unit.multiplier, unit, language);
  const w = line.working;
  let unitText: string;
  if (w.basis !== undefined && w.rate !== undefined) {
    const percent = `${Math.round(w.rate * 10_000) / 100}%`;
    unitText = `min(${percent} × ${money(w.basis)}, ${money(w.cap)}) = ${money(w.perUnit)}`;
  } else if (w.basis !== undefined) {
    // A spend ceiling: the tiers (or rate) are unpublished, so the spend and the cap only bound it.
    unitText = zh
      ? `最高 min(${money(w.basis)}, ${money(w.cap)}) = ${money(w.perUnit)}`
      : `up to min(${money(w.basis)}, ${money(w.cap)}) = ${money(w.perUnit)}`;
  } else {
    unitText = zh ? `最高${money(w.cap)}` : `up to ${money(w.cap)}`;
    if (line.incentive.capType === "fixed") unitText = money(w.cap);
  }
  const upTo = line.certainty === "up-to" ? (zh ? "最高" : "up to ") : "";
  const total = `${upTo}${money(round2(w.perUnit * w.times))}`;
  if (!w.by) return unitText;
  const count = w.times;
  const what = multiplierWord(w.by, count, language);
  const assumedCount = w.timesField !== undefined && w.timesField !== "years" && line.missing.includes(w.timesField);
  const note = assumedCount ? (zh ? "（数量未填，按 1 计）" : " (count not given: taken as 1)") : "";
  return zh ? `${unitText} × ${count}${what} = ${total}${note}` : `${unitText} × ${count} ${what} = ${total}${note}`;
}

function multiplierWord(by: "per-year" | "per-person" | "per-award", count: number, language: SheetLanguage): string {
  if (language === "zh") return by === "per-year" ? "年" : by === "per-person" ? "人" : "项";
  const one = count === 1;
  return by === "per-year" ? (one ? "year" : "years") : by === "per-person" ? (one ? "person" : "people") : one ? "award" : "awards";
}

/** The flags of a line: paid to another, draft, press report, policy period ending within the horizon or unpublished. */
export function lineMarks(line: PackageLine, language: SheetLanguage): string {
  const zh = language === "zh";
  const marks: string[] = [];
  if (line.paidToOther) {
    const field = line.incentive.payeeIf;
    if (line.incentive.payee !== "company")
      marks.push(
        zh
          ? `支付给${line.incentive.beneficiary.zh}，不计入企业合计`
          : `paid to ${line.incentive.beneficiary.en.toLowerCase()}, not the company: not summed`,
      );
    else if (field)
      marks.push(
        zh
          ? `仅限${line.incentive.beneficiary.zh}：${fieldName(field, language)}为“是”时计入`
          : `only for ${line.incentive.beneficiary.en}: summed when ${field} = yes`,
      );
  }
  if (line.mark.draft) marks.push(zh ? "征求意见稿" : "DRAFT for comment");
  if (line.mark.pressReport) marks.push(zh ? "媒体报道" : "press report");
  if (line.endsWithinHorizon)
    marks.push(zh ? `政策期至${line.periodEnd}年，早于测算期结束` : `policy period ends ${line.periodEnd}, within the horizon`);
  if (line.termUnpublished)
    marks.push(
      zh
        ? `政策未公布期限：第 2–${line.working.times} 年按政策延续计算`
        : `the policy publishes no term: years 2–${line.working.times} assume it continues`,
    );
  return marks.join(zh ? "；" : "; ");
}

/** A field's name for people: the id in English (what a profile range uses), the Chinese name in Chinese. */
export function fieldName(field: ProfileFieldId, language: SheetLanguage): string {
  return language === "zh" ? profileField(field).name.zh : field;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
