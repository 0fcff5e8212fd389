/** The company package functions (政策计算器): CN.AIPACKAGE, CN.AIPACKAGETOTAL, CN.AIPACKAGERANK */
import type { CatalogFunction } from "./catalog-types";
import { region, unit, profileParameter } from "./shared-parameters";

/** The company package functions (政策计算器). */
export const PACKAGE_FUNCTIONS: readonly CatalogFunction[] = [
  {
    id: "AIPACKAGE",
    en: "A company's whole package in a region (header row first): one row per incentive with its status, certainty (firm or up to), firm, eligible and possible amounts, working, reason, marks and source, then the firm, eligible (upper bound) and possible totals.",
    zh: "企业在某地区可获得的全部政策支持（首行为表头）：每项支持一行，含是否符合、金额确定性（确定或最高）、确定/符合/可能金额、计算过程、原因、标注和出处，最后是“确定”“符合（上限）”“可能”三行合计。",
    parameters: [
      region(false, "Region: 成都高新区, 苏州, Chengdu Hi-tech Zone…", "地区：成都高新区、苏州、Chengdu Hi-tech Zone……"),
      profileParameter(),
      unit,
    ],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [
      {
        formula: '=CN.AIPACKAGE("成都高新区",B2:C9)',
        result: "13 rows",
        en: "the worked example's breakdown: model and R&D firm; compute and talent eligible up to their ceilings; awards unknown until answered; the team award shown, not summed",
        zh: "示例企业的明细：大模型、研发为确定金额；算力、人才符合（最高额）；各类奖励待填写后判断；团队奖励列出但不计入",
      },
    ],
    spills: true,
  },
  {
    id: "AIPACKAGETOTAL",
    en: "A company's package total in a region: firm (amounts a published rate or fixed award sets), eligible (default: every condition met, up-to lines at their ceilings: an upper bound) or possible (unknown lines at their ceilings too).",
    zh: "企业在某地区的政策包合计：firm 确定（由公布的比例或固定奖励确定的金额）、eligible 符合（默认，条件全部满足，仅公布最高额的项按最高额计：上限）或 possible 可能（待确认项也按最高额计入）。",
    parameters: [
      region(false, "Region: 成都高新区, 苏州, Chengdu Hi-tech Zone…", "地区：成都高新区、苏州、Chengdu Hi-tech Zone……"),
      profileParameter(),
      {
        name: "which",
        zhName: "合计类型",
        optional: true,
        en: 'Which total: "firm", "eligible" (default, an upper bound) or "possible".',
        zh: "哪种合计：firm 确定、eligible 符合（默认，上限）或 possible 可能。",
      },
      unit,
    ],
    returns: { en: "Total in the unit (yuan by default).", zh: "合计（按所选单位，默认元）。" },
    examples: [
      {
        formula: '=CN.AIPACKAGETOTAL("成都高新区",B2:C9,"firm")',
        result: "45,000,000",
        en: "model 30,000,000 + R&D 5,000,000 × 3: set by published rates",
        zh: "大模型 3000万 + 研发 500万×3：按公布的比例确定",
      },
      {
        formula: '=CN.AIPACKAGETOTAL("成都高新区",B2:C9)',
        result: "61,000,000",
        en: "an upper bound: firm + compute up to 5,000,000 × 3 + talent up to 250,000 × 4",
        zh: "上限：确定金额 + 算力最高 500万×3 + 人才最高 25万×4",
      },
      {
        formula: '=CN.AIPACKAGETOTAL("成都高新区",B2:C9,"possible")',
        result: "69,100,000",
        en: "plus the company's awards not yet answered, at their caps (one each); the team award is not the company's",
        zh: "加上尚未填写的企业奖励（按最高额，各按 1 项）；团队奖励不属于企业",
      },
    ],
    spills: false,
  },
  {
    id: "AIPACKAGERANK",
    en: "Regions ranked by a company's package (header row first): rank, region, firm, eligible (upper bound), possible, eligible lines, unknown lines, not eligible lines, marks.",
    zh: "按企业政策包对各地区排名（首行为表头）：名次、地区、确定合计、符合合计（上限）、可能合计、符合项数、待确认项数、不符合项数、标注。",
    parameters: [profileParameter(), unit],
    returns: { en: "Spilled table.", zh: "溢出表格。" },
    examples: [
      {
        formula: "=CN.AIPACKAGERANK(B2:C9)",
        result: "4 rows",
        en: "成都高新区 first (firm 45,000,000, up to 61,000,000); 珠海's draft: 0 eligible, possible at its cap; 苏州's chip draft counts only for AI chip makers",
        zh: "成都高新区居首（确定 4500 万元，最高 6100 万元）；珠海征求意见稿：符合 0，可能按最高额；苏州芯片政策仅对AI芯片企业计入",
      },
    ],
    spills: true,
  },
];
