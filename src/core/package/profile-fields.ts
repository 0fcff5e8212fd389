/**
 * The fields of a company profile (政策计算器, PRODUCT.md §9): what each is, its kind (money in
 * the function's unit, a fraction, a count, a plain number, a yes/no judgement), and every name a
 * user may type for it in a profile range (id, English, Chinese, aliases).
 */
import type { ProfileFieldId } from "../rules/schema";
import { lookupKey } from "../text/normalise";

/** How a field's value is read: money takes the unit; a fraction is 0..1 or "25%". */
export type ProfileFieldKind = "money" | "fraction" | "count" | "number" | "yes-no" | "years";

/** One profile field as users see it. */
export interface ProfileField {
  id: ProfileFieldId;
  kind: ProfileFieldKind;
  name: { en: string; zh: string };
  /** What to enter, shown in the pane and in error messages. */
  hint: { en: string; zh: string };
  aliases: readonly string[];
}

/** Every profile field, in the order the pane and a package sheet list them. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  {
    id: "computeSpend",
    kind: "money",
    name: { en: "Compute spend on training AI models (a year)", zh: "训练AI模型的算力支出（每年）" },
    hint: { en: "annual spend on intelligent compute used to train AI models", zh: "每年使用智能算力训练AI模型的费用" },
    aliases: ["compute spend", "compute", "compute cost", "算力支出", "算力费用", "智能算力支出", "算力"],
  },
  {
    id: "modelRndCost",
    kind: "money",
    name: { en: "Model R&D cost", zh: "模型研发成本" },
    hint: { en: "the large model's R&D cost", zh: "大模型研发成本" },
    aliases: ["model cost", "model r&d", "model rnd cost", "模型研发费用", "大模型研发成本", "模型成本"],
  },
  {
    id: "modelParameters",
    kind: "number",
    name: { en: "Model parameters", zh: "模型参数量" },
    hint: { en: "number of parameters (1200亿 or 120000000000)", zh: "参数个数（如 1200亿）" },
    aliases: ["parameters", "params", "parameter count", "参数量", "参数", "模型参数"],
  },
  {
    id: "modelLeading",
    kind: "yes-no",
    name: { en: "General-purpose (通用) model leading in China", zh: "通用大模型性能国内领先" },
    hint: { en: "yes / no: a general-purpose large model whose performance leads in China", zh: "是 / 否：性能达到国内领先的通用大模型" },
    aliases: ["leading", "model leading", "performance leading", "leading in china", "国内领先", "性能国内领先", "性能领先"],
  },
  {
    id: "rndInput",
    kind: "money",
    name: { en: "R&D input (a year)", zh: "年度研发投入" },
    hint: { en: "annual R&D input", zh: "每年研发投入" },
    aliases: ["r&d input", "r&d", "rnd", "r&d spend", "annual r&d", "研发投入", "研发费用", "研发支出"],
  },
  {
    id: "rndIntensity",
    kind: "fraction",
    name: { en: "Internal R&D intensity on key technologies", zh: "关键技术内部研发投入强度" },
    hint: {
      en: "internal R&D intensity on key technologies: a fraction (0.25) or a percentage (25%)",
      zh: "关键技术内部研发投入强度：小数（0.25）或百分比（25%）",
    },
    aliases: ["intensity", "r&d intensity", "r&d share", "研发强度", "研发投入占比", "关键技术内部研发投入强度"],
  },
  {
    id: "highEndHires",
    kind: "count",
    name: { en: "High-end hires", zh: "高端人才引进人数" },
    hint: { en: "senior technical people recruited", zh: "引进高端专业技术人才人数" },
    aliases: ["hires", "high-end talent", "senior hires", "talent", "高端人才", "人才引进", "引进人才", "高端人才数"],
  },
  {
    id: "awardTeams",
    kind: "count",
    name: { en: "Award-winning teams settling", zh: "获奖团队/个人落户数" },
    hint: { en: "top-competition winners settling in the region", zh: "顶尖赛事获奖并落户的团队或个人数" },
    aliases: ["award teams", "winning teams", "award-winning teams", "获奖团队", "获奖团队落户数", "获奖落户"],
  },
  {
    id: "dataAward",
    kind: "yes-no",
    name: { en: "National-final award, ministry-hosted AI competition", zh: "国家部委主办的人工智能赛事全国总决赛获奖" },
    hint: {
      en: "yes / no: a national-final award in a ministry-hosted AI (robotics) competition such as 数据要素×",
      zh: "是 / 否：在“数据要素×”大赛等国家部委主办的人工智能(机器人)赛事全国总决赛获奖",
    },
    aliases: ["data award", "data competition", "数据要素×获奖", "数据大赛获奖", "数据赛事获奖", "全国总决赛获奖"],
  },
  {
    id: "computeCase",
    kind: "yes-no",
    name: { en: "National compute-infrastructure case", zh: "国家级算力基础设施典型案例" },
    hint: { en: "yes / no", zh: "是 / 否" },
    aliases: ["compute case", "compute infrastructure case", "算力典型案例", "典型案例", "算力案例"],
  },
  {
    id: "benchmarkScenarios",
    kind: "count",
    name: { en: "National benchmark scenarios / pilots", zh: "国家级标杆场景/试点示范数" },
    hint: { en: "how many", zh: "个数" },
    aliases: ["benchmark scenarios", "scenarios", "pilots", "标杆场景", "试点示范", "标杆场景数", "国家级标杆场景"],
  },
  {
    id: "scenarioSolutions",
    kind: "count",
    name: { en: "Outstanding solutions", zh: "优秀解决方案数" },
    hint: { en: "how many", zh: "个数" },
    aliases: ["solutions", "scenario solutions", "outstanding solutions", "优秀解决方案", "解决方案", "解决方案数"],
  },
  {
    id: "makesAiChips",
    kind: "yes-no",
    name: { en: "Makes AI chips", zh: "从事AI芯片业务" },
    hint: {
      en: "yes / no: a chip-only policy pays the company only if it makes AI chips",
      zh: "是 / 否：AI芯片专项政策仅在企业从事AI芯片业务时计入",
    },
    aliases: ["ai chips", "chip maker", "makes chips", "chips", "AI芯片企业", "芯片企业", "做芯片"],
  },
  {
    id: "years",
    kind: "years",
    name: { en: "Horizon (years)", zh: "测算年限" },
    hint: { en: "years for per-year rules (default 1)", zh: "按年发放的规则计算几年（默认 1）" },
    aliases: ["horizon", "years", "year", "period", "年限", "年数", "年", "期限"],
  },
];

let fieldByKey: Map<string, ProfileField> | undefined;
let fieldById: Map<ProfileFieldId, ProfileField> | undefined;

/** The field a typed name means (id, English or Chinese name, alias; case, width and spaces ignored). */
export function profileFieldNamed(name: string): ProfileField | undefined {
  if (!fieldByKey) {
    fieldByKey = new Map();
    for (const field of PROFILE_FIELDS) {
      for (const n of profileFieldNames(field)) fieldByKey.set(lookupKey(n), field);
    }
  }
  return fieldByKey.get(lookupKey(name));
}

/** The field of an id. */
export function profileField(id: ProfileFieldId): ProfileField {
  fieldById ??= new Map(PROFILE_FIELDS.map((f) => [f.id, f]));
  const field = fieldById.get(id);
  if (!field) throw new Error(`unknown profile field ${id}`);
  return field;
}

/** Every name a field answers to. */
export function profileFieldNames(field: ProfileField): string[] {
  return [field.id, field.name.en, field.name.zh, ...field.aliases];
}

/** Whether a field holds money (and so takes the function's unit). */
export function isMoneyField(id: ProfileFieldId): boolean {
  return profileField(id).kind === "money";
}
