/** The functions that spill the dataset as tables and lists: incentives, funds, policies, targets, regions, categories, the data */
import type { CatalogFunction } from "./catalog-types";
import { region } from "./shared-parameters";

/** The functions that spill the dataset as tables and lists. */
export const TABLE_FUNCTIONS: readonly CatalogFunction[] = [
  {
    id: "AIINCENTIVES",
    en: "A table of incentives (header row first): region, category, cap, rate, basis, period, status, policy, source.",
    zh: "补贴政策表（首行为表头）：地区、类别、上限、比例、计算基础、周期、状态、政策、出处。",
    parameters: [
      region(true, "Region; includes the regions within it. Omit for all.", "地区，含下辖地区；不填为全部。"),
      { name: "category", zhName: "类别", optional: true, en: "Category to list. Omit for all.", zh: "类别；不填为全部。" },
    ],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [{ formula: '=CN.AIINCENTIVES("四川")', result: "10 rows", en: "Sichuan and the zones within it", zh: "四川及下辖地区" }],
    spills: true,
  },
  {
    id: "AIFUNDS",
    en: "A table of funds (header row first): region, fund, kind, total, total qualifier, first, focus, sponsors, status, source.",
    zh: "基金表（首行为表头）：地区、基金、类型、总规模、总规模限定（如“近”）、首期、投向、发起方、状态、出处。",
    parameters: [region(true, "Region; includes the regions within it. Omit for all.", "地区,含下辖地区;不填为全部。")],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [
      { formula: '=CN.AIFUNDS("苏州")', result: "11 rows", en: "Suzhou's fund cluster and its first batch", zh: "苏州基金集群及首批基金" },
    ],
    spills: true,
  },
  {
    id: "AIPOLICIES",
    en: "A table of policies (header row first): region, policy, issuer, status, published, period, period status (ended, or ends within 90 days), measures, budget, budget period (planned over N years), source.",
    zh: "政策表（首行为表头）：地区、政策、发布机构、状态、发布日期、期限、期限状态（已到期或90天内到期）、条数、预算、预算期（计划 N 年）、出处。",
    parameters: [region(true, "Region; includes the regions within it. Omit for all.", "地区,含下辖地区;不填为全部。")],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [
      { formula: '=CN.AIPOLICIES("广东")', result: "5 rows", en: "Guangdong, Shenzhen and Zhuhai policies", zh: "广东、深圳、珠海的政策" },
    ],
    spills: true,
  },
  {
    id: "AITARGETS",
    en: "A table of targets and results (header row first): region, metric, value, unit, qualifier, kind (target, stretch, actual), year, policy, source.",
    zh: "目标与成果表（首行为表头）：地区、指标、数值、单位、限定（如“以上”）、类型（目标、力争、已实现）、年份、政策、出处。",
    parameters: [
      region(true, "Region; includes the regions within it. Omit for all.", "地区,含下辖地区;不填为全部。"),
      {
        name: "unit",
        zhName: "单位",
        optional: true,
        en: "Unit of money targets: 元/CNY (default), 万, 亿, million. Counts and shares are not converted.",
        zh: "金额类目标的单位：元（默认）、万、亿、million；个数与比例不换算。",
      },
    ],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [
      {
        formula: '=CN.AITARGETS("深圳",,"亿")',
        result: "6 rows",
        en: "Shenzhen's 2026 goals: terminal industry 8,000亿 (stretch 10,000亿), over 3,000 AI companies, over 10 unicorns",
        zh: "深圳2026年目标：终端产业规模8000亿以上（力争1万亿）、人工智能企业超3000家、独角兽超10家",
      },
      {
        formula: '=CN.AITARGETS("成都")',
        result: "8 rows",
        en: "Chengdu Hi-tech Zone (within Chengdu): stretch targets and 2024 results",
        zh: "成都高新区（属成都市）：力争目标与2024年成果",
      },
    ],
    spills: true,
  },
  {
    id: "AIREGIONS",
    en: 'One column of region names for validation lists: "zh" (default), "zht", "en" or "id".',
    zh: "地区名称一列，可用于数据验证：zh（默认）、zht、en 或 id。",
    parameters: [
      {
        name: "field",
        zhName: "字段",
        optional: true,
        en: 'Which name: "zh" (default), "zht", "en" or "id".',
        zh: "哪种名称：zh（默认）、zht、en 或 id。",
      },
    ],
    returns: { en: "Spilled column.", zh: "溢出列。" },
    examples: [{ formula: "=CN.AIREGIONS()", result: "9 rows", en: "广东省, 深圳市, …", zh: "广东省、深圳市……" }],
    spills: true,
  },
  {
    id: "AICATEGORIES",
    en: 'One column of category ids (or "zh"/"en" names) for validation lists, any last.',
    zh: "类别一列（默认编号，可选 zh/en 名称），可用于数据验证，any 在最后。",
    parameters: [
      {
        name: "field",
        zhName: "字段",
        optional: true,
        en: 'Which name: "id" (default), "zh" or "en".',
        zh: "哪种名称：id（默认）、zh 或 en。",
      },
    ],
    returns: { en: "Spilled column.", zh: "溢出列。" },
    examples: [
      { formula: "=CN.AICATEGORIES()", result: "12 rows", en: "compute, compute-case, model, …", zh: "compute、compute-case、model……" },
    ],
    spills: true,
  },
  {
    id: "AIDATA",
    en: "The loaded dataset: version, hash (content SHA-256), asof, age (days since asof), origin, loaded, or a count (regions, funds, policies, incentives, targets, sources). Omit for all.",
    zh: "已加载的数据集：version 版本、hash 内容哈希（SHA-256）、asof 截至日期、age 数据天数（距截至日期）、origin 来源、loaded 加载时间或各类记录数；不填返回全部。",
    parameters: [
      {
        name: "field",
        zhName: "字段",
        optional: true,
        en: "version, hash, asof, age, origin, loaded, regions, funds, policies, incentives, targets, sources.",
        zh: "字段：version 版本、hash 内容哈希、asof 截至日期、age 距截至日期天数、origin 来源、loaded 加载时间，或 regions、funds、policies、incentives、targets、sources 记录数。",
      },
    ],
    returns: {
      en: "No field: a two-column table (field, value). A field: its value, as a 1×1 result Excel shows as a plain value.",
      zh: "不填字段：两列表格（字段、值）；填字段：该值（1×1 结果，Excel 中显示为普通值）。",
    },
    examples: [
      { formula: '=CN.AIDATA("version")', result: "2025.03.22.3", en: "the dataset version", zh: "数据集版本" },
      {
        formula: '=CN.AIDATA("age")',
        result: "618",
        en: "days since the as-of date (here on 2026-11-30)",
        zh: "距截至日期的天数（此为2026-11-30时）",
      },
    ],
    spills: true,
  },
];
