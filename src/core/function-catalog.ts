/**
 * The reference of the CN.* worksheet functions: one source of truth for the pane's Functions
 * view, the README and the Simplified Chinese function metadata (functions-zh.json, generated at
 * build time from Excel's functions.json plus the Chinese descriptions and parameter names here;
 * function names stay ASCII in every language). The English descriptions must
 * equal the JSDoc of src/functions/functions.ts; a test keeps them from drifting.
 */

/** One parameter of a worksheet function. */
export interface CatalogParameter {
  name: string;
  /** The parameter's name in Chinese Excel's argument help (never part of a formula). */
  zhName: string;
  optional: boolean;
  en: string;
  zh: string;
}

/** A worked example: the formula, what it returns, and why. */
export interface CatalogExample {
  formula: string;
  result: string;
  en: string;
  zh: string;
}

/**
 * One worksheet function. Its name is the id in every language: functions-zh.json gives Chinese
 * descriptions and parameter names, never a Chinese function name, so a formula the add-in
 * writes (`=CN.AISUBSIDY(…)` through Range.formulas) works in Chinese Excel too (office-js#891).
 */
export interface CatalogFunction {
  /** The id in functions.json, and the function's name in every language. */
  id: string;
  en: string;
  zh: string;
  parameters: CatalogParameter[];
  returns: { en: string; zh: string };
  examples: CatalogExample[];
  /** Whether the result spills into a range. */
  spills: boolean;
}

/** The worksheet namespace: `=CN.AISUBSIDY(...)`. */
export const NAMESPACE = "CN";

const region = (optional: boolean, en: string, zh: string): CatalogParameter => ({ name: "region", zhName: "地区", optional, en, zh });
const unit: CatalogParameter = {
  name: "unit",
  zhName: "单位",
  optional: true,
  en: "Unit of the amount and the result: 元/CNY (default), 万, 亿, million.",
  zh: "金额与结果的单位：元（默认）、万、亿、million。",
};

/** The profile range of the package functions. */
function profileParameter(): CatalogParameter {
  return {
    name: "profile",
    zhName: "企业画像",
    optional: false,
    en: "Two columns (field, value): computeSpend, modelRndCost, modelParameters, modelLeading, rndInput, rndIntensity, highEndHires, years…",
    zh: "两列（字段、值）：算力支出、模型研发成本、模型参数量、国内领先（是/否）、年度研发投入、研发强度、高端人才数、年限……",
  };
}

/** Every CN.* function, in the order the pane lists them. */
export const FUNCTION_CATALOG: readonly CatalogFunction[] = [
  {
    id: "AISUBSIDY",
    en: "The most a region's AI rules pay for a category: the cap, or for an amount min(rate × amount, cap), 0 below a minimum; awards ignore the amount.",
    zh: "某地区某类AI政策最多可给的补贴：不填金额为上限；填金额则为 min(比例×金额, 上限)，低于门槛为0；奖励类不看金额。",
    parameters: [
      region(
        false,
        "Region: 成都高新区, 苏州, Chengdu Hi-tech Zone, chengdu-hitech…",
        "地区:成都高新区、苏州、Chengdu Hi-tech Zone、chengdu-hitech…",
      ),
      {
        name: "category",
        zhName: "类别",
        optional: false,
        en: "Category: model, rnd, compute, compute-case, data, talent, talent-award, scenario, scenario-solution, chip, general, any.",
        zh: "类别：model（大模型）、rnd（研发）、compute（算力）、talent（人才）、chip（芯片）、general（总体）、any（任意）等。",
      },
      {
        name: "amount",
        zhName: "金额",
        optional: true,
        en: "Eligible spend, cost or R&D input the rule is based on. Omit for the cap.",
        zh: "政策依据的投入、成本或研发费用；不填则返回上限。",
      },
      unit,
    ],
    returns: { en: "Subsidy in the unit (yuan by default).", zh: "补贴金额（按所选单位，默认元）。" },
    examples: [
      {
        formula: '=CN.AISUBSIDY("成都高新区","model",200000000)',
        result: "30000000",
        en: "30% of 200,000,000 = 60,000,000, capped at 30,000,000",
        zh: "2亿×30% = 6000万，封顶3000万",
      },
      { formula: '=CN.AISUBSIDY("成都高新区","rnd",2000,"万")', result: "200", en: "10% of 2,000万 = 200万", zh: "2000万×10% = 200万" },
      {
        formula: '=CN.AISUBSIDY("成都高新区","compute",1000000)',
        result: "1000000",
        en: "compute reimbursed up to 5,000,000 a year",
        zh: "算力费用报销，每年最高500万",
      },
      { formula: '=CN.AISUBSIDY("苏州","chip")', result: "100000000", en: "draft for comment: 1亿 cap", zh: "征求意见稿：最高1亿" },
    ],
    spills: false,
  },
  {
    id: "AIFUND",
    en: "A fund's size: total (default) or first close. Name the fund by id, name or a distinctive part (新能源, new energy); omit it for the region's AI fund.",
    zh: "基金规模：总规模（默认）或首期。基金可写编号、名称或其中有区分度的部分（如 新能源）；不填则为该地区的AI基金。",
    parameters: [
      region(false, "Region: 广东, 苏州, 成都高新区…", "地区：广东、苏州、成都高新区…"),
      {
        name: "fund",
        zhName: "基金",
        optional: true,
        en: "Fund id, name or part of its name. Omit for the region's AI fund.",
        zh: "基金编号、名称或部分名称；不填为该地区的AI基金。",
      },
      {
        name: "field",
        zhName: "字段",
        optional: true,
        en: 'Which figure: "total" (default) or "first" (first close / first batch).',
        zh: "哪个数字：total 总规模（默认）或 first 首期/首批。",
      },
      unit,
    ],
    returns: { en: "Fund size in the unit.", zh: "基金规模（按所选单位）。" },
    examples: [
      {
        formula: '=CN.AIFUND("广东")',
        result: "10000000000",
        en: "Guangdong AI & robotics fund, 100亿 in total",
        zh: "广东人工智能与机器人产业投资基金，总规模100亿",
      },
      { formula: '=CN.AIFUND("广东",,"first","亿")', result: "20", en: "first close of 20亿", zh: "首期20亿" },
      { formula: '=CN.AIFUND("苏州","新能源",,"亿")', result: "50", en: "Suzhou new energy fund", zh: "苏州新能源产业基金" },
    ],
    spills: false,
  },
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
    en: "A table of policies (header row first): region, policy, issuer, status, published, period, period status (ended, or ends within 90 days), measures, budget, source.",
    zh: "政策表（首行为表头）：地区、政策、发布机构、状态、发布日期、期限、期限状态（已到期或90天内到期）、条数、预算、出处。",
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
    id: "AIRANK",
    en: "Regions ranked by CN.AISUBSIDY for a category and amount (header row first): rank, region, subsidy, category, rule, status, policy.",
    zh: "按 CN.AISUBSIDY 对各地区排名（首行为表头）：名次、地区、补贴、类别、规则、状态、政策。",
    parameters: [
      {
        name: "category",
        zhName: "类别",
        optional: false,
        en: "Category, or any for each region's largest.",
        zh: "类别；any 为各地区单项最高。",
      },
      {
        name: "amount",
        zhName: "金额",
        optional: true,
        en: "Eligible spend, cost or R&D input. Omit to rank caps.",
        zh: "投入、成本或研发费用；不填按上限排名。",
      },
      unit,
    ],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [
      {
        formula: '=CN.AIRANK("any",,"万")',
        result: "4 rows",
        en: "each region's largest single cap, in 万",
        zh: "各地区单项最高上限（万元）",
      },
    ],
    spills: true,
  },
  {
    id: "AISOURCE",
    en: "The citation of a figure: the source's own words, source title and date, and its status if draft or press report.",
    zh: "数字的出处：原文引述、来源标题和日期；若为征求意见稿或媒体报道会注明。",
    parameters: [
      region(false, "Region of the figure.", "数字所属地区。"),
      {
        name: "figure",
        zhName: "引用对象",
        optional: false,
        en: 'A category (model, rnd…), a fund (新能源…), a policy (its id or title, or "policy" for the region\'s main one) or a target (unicorn, 独角兽, its id…).',
        zh: "类别（model、rnd…）、基金（新能源…）、政策（编号或名称，policy 为该地区主要政策）或目标（unicorn、独角兽、编号…）。",
      },
    ],
    returns: { en: "Citation text.", zh: "出处文本。" },
    examples: [
      {
        formula: '=CN.AISOURCE("成都高新区","model")',
        result: "“…按照模型研发成本的30%…” — 《…》",
        en: "quote, source, date",
        zh: "引文、来源、日期",
      },
      {
        formula: '=CN.AISOURCE("深圳","独角兽")',
        result: "“全市人工智能企業數量超3000家,獨角獸企業超10家…” — 《…》",
        en: "a target: the passage stating it",
        zh: "目标：写明该数字的原文",
      },
      {
        formula: '=CN.AISOURCE("成都高新区","policy")',
        result: "“…成都高新区正式发布…” — 《…》",
        en: "the region's main policy",
        zh: "该地区的主要政策",
      },
    ],
    spills: false,
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
    en: "The loaded dataset: version, asof, age (days since asof), origin, loaded, or a count (regions, funds, policies, incentives, targets, sources). Omit for all.",
    zh: "已加载的数据集：version 版本、asof 截至日期、age 数据天数（距截至日期）、origin 来源、loaded 加载时间或各类记录数；不填返回全部。",
    parameters: [
      {
        name: "field",
        zhName: "字段",
        optional: true,
        en: "version, asof, age, origin, loaded, regions, funds, policies, incentives, targets, sources.",
        zh: "字段：version 版本、asof 截至日期、age 距截至日期天数、origin 来源、loaded 加载时间，或 regions、funds、policies、incentives、targets、sources 记录数。",
      },
    ],
    returns: {
      en: "No field: a two-column table (field, value). A field: its value, as a 1×1 result Excel shows as a plain value.",
      zh: "不填字段：两列表格（字段、值）；填字段：该值（1×1 结果，Excel 中显示为普通值）。",
    },
    examples: [
      { formula: '=CN.AIDATA("version")', result: "2025.03.22.2", en: "the dataset version", zh: "数据集版本" },
      {
        formula: '=CN.AIDATA("age")',
        result: "618",
        en: "days since the as-of date (here on 2026-11-30)",
        zh: "距截至日期的天数（此为2026-11-30时）",
      },
    ],
    spills: true,
  },
  // The company package (PRODUCT.md §9).
  {
    id: "AIPACKAGE",
    en: "A company's whole package in a region (header row first): one row per incentive with its status, amount, working, reason and source, then the eligible and possible totals.",
    zh: "企业在某地区可获得的全部政策支持（首行为表头）：每项支持一行，含是否符合、金额、计算过程、原因和出处，最后是“符合”与“可能”两行合计。",
    parameters: [
      region(false, "Region: 成都高新区, 苏州, Chengdu Hi-tech Zone…", "地区：成都高新区、苏州、Chengdu Hi-tech Zone……"),
      profileParameter(),
      unit,
    ],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [
      {
        formula: '=CN.AIPACKAGE("成都高新区",B2:C9)',
        result: "12 rows",
        en: "the worked example's breakdown: compute, model, R&D and talent eligible; awards unknown until answered",
        zh: "示例企业的明细：算力、大模型、研发、人才符合；各类奖励待填写后判断",
      },
    ],
    spills: true,
  },
  {
    id: "AIPACKAGETOTAL",
    en: "A company's package total in a region: eligible (default: every condition met) or possible (incentives whose conditions are not yet known counted too).",
    zh: "企业在某地区的政策包合计：eligible（默认，条件全部满足）或 possible（条件尚未确定的支持也计入）。",
    parameters: [
      region(false, "Region: 成都高新区, 苏州, Chengdu Hi-tech Zone…", "地区：成都高新区、苏州、Chengdu Hi-tech Zone……"),
      profileParameter(),
      {
        name: "which",
        zhName: "合计类型",
        optional: true,
        en: 'Which total: "eligible" (default) or "possible".',
        zh: "哪种合计：eligible 符合（默认）或 possible 可能。",
      },
      unit,
    ],
    returns: { en: "Total in the unit (yuan by default).", zh: "合计（按所选单位，默认元）。" },
    examples: [
      {
        formula: '=CN.AIPACKAGETOTAL("成都高新区",B2:C9)',
        result: "61,000,000",
        en: "compute 5,000,000 × 3 + model 30,000,000 + R&D 5,000,000 × 3 + talent 250,000 × 4",
        zh: "算力 500万×3 + 大模型 3000万 + 研发 500万×3 + 人才 25万×4",
      },
      {
        formula: '=CN.AIPACKAGETOTAL("成都高新区",B2:C9,"possible")',
        result: "69,600,000",
        en: "plus the awards not yet answered, at their caps",
        zh: "加上尚未填写的各类奖励（按上限）",
      },
    ],
    spills: false,
  },
  {
    id: "AIPACKAGERANK",
    en: "Regions ranked by a company's package (header row first): rank, region, eligible, possible, eligible lines, unknown lines, not eligible lines, marks.",
    zh: "按企业政策包对各地区排名（首行为表头）：名次、地区、符合合计、可能合计、符合项数、待确认项数、不符合项数、标注。",
    parameters: [profileParameter(), unit],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [
      {
        formula: "=CN.AIPACKAGERANK(B2:C9)",
        result: "4 rows",
        en: "成都高新区 61,000,000 first; 苏州 and 珠海 drafts: 0 eligible, possible at their caps",
        zh: "成都高新区 6100 万元居首；苏州、珠海为征求意见稿：符合 0，可能按上限计",
      },
    ],
    spills: true,
  },
];
