/** 整个任务窗格共用的中文文本：外框（标题、标签页、语言、单位）、状态、限定词。 */
import type { Strings } from "../en";

export const shell: Omit<Strings, "explore" | "calculator" | "compare" | "profile" | "functions" | "data"> = {
  app: {
    title: "AI Policy Atlas",
    excelBadge: "Excel",
    previewBadge: "浏览器预览",
    languageLabel: "语言",
    unitLabel: "金额单位",
    loading: "正在加载…",
    freshness: (asOf: string, age: string) => `数据截至${asOf} · ${age}`,
    previewNotice: "可在此浏览数据、计算补贴并预览对比表。写入工作簿需在 Excel 中使用。",
    savePreferencesFailed: "语言和单位设置未能保存，关闭窗格前仍然有效。",
  },
  languages: { en: "English", zh: "中文（简体）" },
  units: { yuan: "元", wan: "万元", yi: "亿元" },
  tabs: {
    label: "视图",
    explore: "浏览",
    calculator: "计算器",
    compare: "对比",
    profile: "政策包",
    trace: "溯源",
    functions: "函数",
    data: "数据",
  },
  needsExcel: "需要 Excel：浏览器预览没有工作簿。请在 Excel 中打开 AI Policy Atlas 使用此功能。",
  needsNewerExcel: (set: string) =>
    `需要更新版本的 Excel（${set}）：Microsoft 365 版本 2008 或更高、Excel 2021 或更高、Mac 版 Excel 16.40 或更高，或 Excel 网页版。请更新 Excel 后使用；CN 函数不受影响。`,
  multipleAreas: "当前选择了多个区域。请只选择一个区域（或使用“转换当前工作表”）后重试；未转换任何内容。",
  status: {
    final: "正式",
    draft: "征求意见稿",
    pressReport: "媒体报道",
    draftHint: "出自征求意见稿：政策正式发布前数值可能变化。",
    pressHint: "仅见于媒体报道，非官方发布。",
    remark: "负责人表示",
    remarkHint: "发布稿中相关负责人的表述，并非政策原文。",
    ending: (endsOn: string) => `${endsOn}到期`,
    ended: (endsOn: string) => `已于${endsOn}到期`,
    endingHint: "政策期限将在90天内结束：引用该数字前请确认是否有后续政策。",
    endedHint: "政策期限已结束：该数字可能不再适用。",
    freshnessNote: "到期标记：政策期限在90天内结束或已经结束。",
  },
  common: {
    working: "处理中…",
    details: "技术详情",
    errorTitle: "出现问题",
  },
  qualifiers: { exact: "", nearly: "近", about: "约", "at-least": "不少于", over: "超", "up-to": "最高" },
  trace: {
    heading: "溯源：数字从哪里来",
  },
};
