/** The company package functions (政策计算器): CN.AIPACKAGE, CN.AIPACKAGETOTAL, CN.AIPACKAGERANK */
import type { CatalogFunction } from "./catalog-types";
import { region, unit, profileParameter } from "./shared-parameters";

/** The company package functions (政策计算器). */
export const PACKAGE_FUNCTIONS: readonly CatalogFunction[] = [
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
