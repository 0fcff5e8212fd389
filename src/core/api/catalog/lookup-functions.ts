/** The functions that answer one figure or citation: CN.AISUBSIDY, CN.AIFUND, CN.AIRANK, CN.AISOURCE */
import type { CatalogFunction } from "./catalog-types";
import { region, unit } from "./shared-parameters";

/** The functions that answer one figure or citation. */
export const LOOKUP_FUNCTIONS: readonly CatalogFunction[] = [
  {
    id: "AISUBSIDY",
    en: "The most a region's AI rules pay for a category: the cap, or for an amount min(rate × amount, cap), 0 below a minimum; a ceiling-only rule (compute tiers) gives up to min(amount, cap), an upper bound; awards ignore the amount.",
    zh: "某地区某类AI政策最多可给的补贴：不填金额为上限；填金额则为 min(比例×金额, 上限)，低于门槛为0；仅公布最高额的规则（如算力分档）为最高 min(金额, 上限)，是上限而非确定金额；奖励类不看金额。",
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
        en: "an upper bound, not a payment: tiers unpublished, so up to the 1,000,000 spent (cap 5,000,000 a year)",
        zh: "上限而非确定金额：档位未公布，最高不超过支出100万（每年最高500万）",
      },
      { formula: '=CN.AISUBSIDY("苏州","chip")', result: "100000000", en: "draft for comment: 1亿 cap", zh: "征求意见稿：最高1亿" },
    ],
    spills: false,
  },
  {
    id: "AIFUND",
    en: "A fund's size: total (default) or planned first phase / first batch; also how the total is qualified (近: nearly) and its status. Name the fund by id, name or a distinctive part (新能源, new energy); omit it for the region's AI fund.",
    zh: "基金规模：总规模（默认）或计划首期/首批；也可查总规模的限定（如“近”）和基金状态。基金可写编号、名称或其中有区分度的部分（如 新能源）；不填则为该地区的AI基金。",
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
        en: 'Which figure: "total" (default), "first" (planned first phase / first batch), "qualifier" (nearly…) or "status".',
        zh: "哪个数字：total 总规模（默认）、first 计划首期/首批、qualifier 限定（如“近”）或 status 状态。",
      },
      unit,
    ],
    returns: { en: "Fund size in the unit; text for qualifier and status.", zh: "基金规模（按所选单位）；限定和状态为文字。" },
    examples: [
      {
        formula: '=CN.AIFUND("广东")',
        result: "10000000000",
        en: "Guangdong AI & robotics fund, 100亿 in total",
        zh: "广东人工智能与机器人产业投资基金，总规模100亿",
      },
      {
        formula: '=CN.AIFUND("广东",,"first","亿")',
        result: "20",
        en: "planned first phase of 20亿 (首期规模, per the agreement)",
        zh: "合作协议约定的首期规模20亿（计划）",
      },
      {
        formula: '=CN.AIFUND("苏州","cluster","qualifier")',
        result: "nearly (近)",
        en: "总规模近千亿元: nearly 1000亿",
        zh: "总规模近千亿元",
      },
      { formula: '=CN.AIFUND("苏州","新能源",,"亿")', result: "50", en: "Suzhou new energy fund", zh: "苏州新能源产业基金" },
    ],
    spills: false,
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
];
