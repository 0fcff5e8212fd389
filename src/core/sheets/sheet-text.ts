/**
 * The words on the sheets the add-in writes (comparison, calculator, Sources), in English and
 * Simplified Chinese. Data (names, quotes, titles) comes from the dataset; only the labels,
 * hints and notes live here.
 */
import type { SheetLanguage } from "../rules/figure-format";

/** The labels and notes of a comparison sheet in one language. */
export interface ComparisonText {
  title: (unitLabel: string) => string;
  amountLabel: string;
  unitLabel: string;
  amountHint: (live: boolean, hasAmount: boolean) => string;
  unitHint: (live: boolean) => string;
  categoryHeader: string;
  categoryLabelHeader: string;
  regionHeader: string;
  regionLabelHeader: string;
  noneNote: string;
  /** Figures are ceilings (最高) unless a published rate or fixed award sets them. */
  ceilingNote: string;
  highlightNote: (perRow: boolean) => string;
  draftNote: string;
  pressNote: string;
  /** The legend of the freshness marks, judged on `today`. */
  freshnessNote: (today: string) => string;
  liveNote: string;
  staticNote: (version: string, asOf: string) => string;
  sourcesNote: (sheetName: string) => string;
  dataNote: (version: string, asOf: string) => string;
}

/** What a cell shows when a region has no such incentive. */
export const NO_INCENTIVE = "—";

const COMPARISON: Record<SheetLanguage, ComparisonText> = {
  en: {
    title: (unit) => `AI subsidy comparison: figures in ${unit}`,
    amountLabel: "Amount (eligible spend)",
    unitLabel: "Unit",
    amountHint: (live, hasAmount) =>
      hasAmount
        ? live
          ? "The spend each rule is applied to; clear it to compare caps."
          : "The spend each rule was applied to."
        : live
          ? "Empty: each rule's cap. Type an eligible spend to see what each rule pays."
          : "Empty: each rule's cap.",
    unitHint: (live) =>
      live ? "Unit of the amount and of every figure (CNY, 万, 亿, million)." : "Unit of the amount and of every figure.",
    categoryHeader: "Category",
    categoryLabelHeader: "Name",
    regionHeader: "Region",
    regionLabelHeader: "English name",
    noneNote: "— : the region has no such incentive in the dataset.",
    ceilingNote:
      "Figures are ceilings (最高: the most a rule pays), not payments, unless a published rate × the amount or a fixed award sets them; a rule that publishes only a ceiling (compute tiers, per-person grants, awards 最高) stays an upper bound.",
    highlightNote: (perRow) => `Green: the largest figure for each category (${perRow ? "across the row" : "down the column"}).`,
    draftNote: "(draft): from a draft for comment (征求意见稿); the figure may change before the policy is final.",
    pressNote: "(press report): stated only in a press report, not in an official release.",
    freshnessNote: (today) =>
      `(ends …) / (ended …): the figure's policy period ends within 90 days of ${today}, or has ended; check for a successor policy before relying on it.`,
    liveNote:
      "Live formulas (=CN.AISUBSIDY) need the AI Policy Atlas add-in. Edit the amount, the unit or a header to recalculate; use “Convert CN formulas to values” before sending the file.",
    staticNote: (version, asOf) =>
      `Static values computed from AI Policy Atlas data v${version} (as of ${asOf}) when the sheet was inserted; editing the amount or unit does not change them.`,
    sourcesNote: (sheet) => `Each figure's source and quote: sheet “${sheet}”.`,
    dataNote: (version, asOf) => `Data: AI Policy Atlas v${version}, as of ${asOf}.`,
  },
  zh: {
    title: (unit) => `AI补贴对比（金额单位：${unit}）`,
    amountLabel: "金额（计算基数）",
    unitLabel: "单位",
    amountHint: (live, hasAmount) =>
      hasAmount
        ? live
          ? "各项规则据以计算的支出金额；清空则对比上限。"
          : "各项规则据以计算的支出金额。"
        : live
          ? "留空：各项规则的上限。填入符合条件的支出，可算出各项规则实际补助。"
          : "留空：各项规则的上限。",
    unitHint: (live) => (live ? "金额与结果的单位（元、万元、亿元等）。" : "金额与结果的单位。"),
    categoryHeader: "类别",
    categoryLabelHeader: "名称",
    regionHeader: "地区",
    regionLabelHeader: "英文名",
    noneNote: "— ：数据集中该地区无此类补贴。",
    ceilingNote:
      "除按公布比例×金额或固定奖励确定的数字外，表中数字均为最高额（上限），并非确定金额；仅公布最高额的规则（算力分档、按人补贴、“最高”奖励）始终为上限。",
    highlightNote: (perRow) => `绿色：各类别中的最高值（${perRow ? "按行" : "按列"}比较）。`,
    draftNote: "（征求意见稿）：出自征求意见稿，正式发布前数值可能变化。",
    pressNote: "（媒体报道）：仅见于媒体报道，非官方发布。",
    freshnessNote: (today) => `（…到期）：该数字所属政策的期限在${today}起90天内结束或已经结束；引用前请确认是否有后续政策。`,
    liveNote:
      "实时公式（=CN.AISUBSIDY）需要安装 AI Policy Atlas 加载项。修改金额、单位或表头即可重新计算；发送文件前请先“将 CN 公式转为数值”。",
    staticNote: (version, asOf) => `静态数值：插入时按 AI Policy Atlas 数据 v${version}（截至${asOf}）计算，修改金额或单位不会改变。`,
    sourcesNote: (sheet) => `各数值的来源与原文：见工作表“${sheet}”。`,
    dataNote: (version, asOf) => `数据：AI Policy Atlas v${version}，截至${asOf}。`,
  },
};

/** The comparison sheet's words in a language. */
export function comparisonText(language: SheetLanguage): ComparisonText {
  return COMPARISON[language];
}

/** The Sources sheet's column headers. */
export const SOURCE_HEADERS: Record<SheetLanguage, readonly string[]> = {
  en: [
    "Region",
    "Region (English)",
    "Category",
    "Figure",
    "Unit",
    "Status",
    "Rule",
    "Policy",
    "Quote",
    "Source",
    "Publisher",
    "Date",
    "URL",
  ],
  zh: ["地区", "英文名", "类别", "数值", "单位", "状态", "规则", "政策", "原文", "来源", "发布方", "日期", "链接"],
};

/** Who signed a block's data and its content hash (PRODUCT.md §12, §13): shown in the heading. */
export interface SourcesProvenance {
  hash: string;
  /** The data team's key; absent for the built-in data (code, not signed). */
  keyId?: string;
}

/** The heading of one block of the Sources sheet: the sheet it cites, the data version and date, its content hash and signing key. */
export function sourcesHeading(
  language: SheetLanguage,
  sheetName: string,
  version: string,
  asOf: string,
  provenance?: SourcesProvenance,
): string {
  const hash = provenance ? provenance.hash.slice(0, 12) : "";
  if (language === "zh") {
    const tail = provenance ? ` · 内容 ${hash} · ${provenance.keyId ? `签名密钥 ${provenance.keyId}` : "内置数据"}` : "";
    return `工作表“${sheetName}”的数据来源 — AI Policy Atlas 数据 v${version}（截至${asOf}）${tail}`;
  }
  const tail = provenance ? ` · content ${hash} · ${provenance.keyId ? `signed by key ${provenance.keyId}` : "built-in data"}` : "";
  return `Sources for sheet “${sheetName}” — AI Policy Atlas data v${version} (as of ${asOf})${tail}`;
}

/** The calculator table's column headers. */
export const CALCULATOR_HEADERS: Record<SheetLanguage, (unitLabel: string) => readonly string[]> = {
  en: (unit) => ["Rank", "Region", "Region (English)", `Subsidy (${unit})`, "Rule", "Status", "Source"],
  zh: (unit) => ["排名", "地区", "英文名", `补贴（${unit}）`, "规则", "状态", "来源"],
};

/** The calculator table's title. */
export function calculatorTitle(language: SheetLanguage, categoryLabel: string, amountText: string | undefined, version: string): string {
  if (language === "zh") {
    return `${categoryLabel}：${amountText ? `支出${amountText}时各地补贴` : "各地补贴上限"}（AI Policy Atlas v${version}）`;
  }
  return `${categoryLabel}: ${amountText ? `subsidy on ${amountText} of spend` : "caps"} by region (AI Policy Atlas v${version})`;
}
