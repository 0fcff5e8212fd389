/**
 * The CN.* worksheet functions: thin adapters over src/core/api/formulas.ts that read the page's one
 * loaded dataset and turn domain errors into Excel errors. custom-functions-metadata-plugin
 * builds functions.json from this JSDoc and appends the CustomFunctions.associate calls; the
 * English descriptions equal src/core/api/function-catalog.ts (checked by a test).
 */
import "./preview-shim";
import * as formulas from "../core/api/formulas";
import * as packageFormulas from "../core/package/package-formulas";
import { packageStartYear } from "../core/package/package";
import type { Table } from "../core/api/tables";
import { systemClock } from "../core/rules/freshness";
import { atlasContentHash } from "../data/content-hash";
import { currentAtlas, servedData } from "../data/store";
import { asExcelResult } from "./excel-errors";

// <generated enums: scripts/gen-function-enums.cjs from seeds/atlas-dataset.json; do not edit>
/**
 * Regions, offered in Excel's formula AutoComplete.
 * @customenum {string}
 */
export enum REGION {
  /** Guangdong Province */
  广东省 = "广东省",
  /** Shenzhen */
  深圳市 = "深圳市",
  /** Zhuhai · general */
  珠海市 = "珠海市",
  /** Jiangsu Province */
  江苏省 = "江苏省",
  /** Suzhou · chip */
  苏州市 = "苏州市",
  /** Sichuan Province */
  四川省 = "四川省",
  /** Chengdu */
  成都市 = "成都市",
  /** Chengdu Hi-tech Zone · compute, compute-case, model, rnd, data, talent, talent-award, scenario-solution, scenario */
  成都高新区 = "成都高新区",
  /** Shandong Province */
  山东省 = "山东省",
}

/**
 * Subsidy categories, offered in Excel's formula AutoComplete.
 * @customenum {string}
 */
export enum CATEGORY {
  /** Compute subsidy · 算力补贴 */
  compute = "compute",
  /** National compute-infrastructure case award · 国家级算力典型案例奖励 */
  compute_case = "compute-case",
  /** Large-model R&D subsidy · 大模型研发补助 */
  model = "model",
  /** R&D input subsidy · 研发投入补助 */
  rnd = "rnd",
  /** Data competition award · 数据赛事奖励 */
  data = "data",
  /** Talent subsidy (per person) · 人才补贴(每人) */
  talent = "talent",
  /** Award-winning team settling award · 获奖团队落户奖励 */
  talent_award = "talent-award",
  /** National benchmark scenario / pilot award · 国家级标杆场景/试点示范奖励 */
  scenario = "scenario",
  /** Scenario solution award · 优秀解决方案奖励 */
  scenario_solution = "scenario-solution",
  /** AI chip subsidy · AI芯片补助 */
  chip = "chip",
  /** Policy overall cap · 政策总体最高补助 */
  general = "general",
  /** Any (largest single incentive) · 任意(单项最高) */
  any = "any",
}
// </generated enums>

/**
 * The most a region's AI rules pay for a category: the cap, or for an amount min(rate × amount, cap), 0 below a minimum; a ceiling-only rule (compute tiers) gives up to min(amount, cap), an upper bound; awards ignore the amount.
 * @customfunction AISUBSIDY
 * @param region Region: 成都高新区, 苏州, Chengdu Hi-tech Zone, chengdu-hitech…
 * @param category Category: model, rnd, compute, compute-case, data, talent, talent-award, scenario, scenario-solution, chip, general, any.
 * @param [amount] Eligible spend, cost or R&D input the rule is based on. Omit for the cap.
 * @param [unit] Unit of the amount and the result: 元/CNY (default), 万, 亿, million.
 * @returns Subsidy in the unit (yuan by default).
 */
export function aiSubsidy(region: REGION, category: CATEGORY, amount?: any, unit?: string): number {
  return asExcelResult(() => formulas.aisubsidy(currentAtlas(), region, category, amount, unit), [region, category, amount, unit]);
}

/**
 * A fund's size: total (default) or planned first phase / first batch; also how the total is qualified (近: nearly) and its status. Name the fund by id, name or a distinctive part (新能源, new energy); omit it for the region's AI fund.
 * @customfunction AIFUND
 * @param region Region: 广东, 苏州, 成都高新区…
 * @param [fund] Fund id, name or part of its name. Omit for the region's AI fund.
 * @param [field] Which figure: "total" (default), "first" (planned first phase / first batch), "qualifier" (nearly…) or "status".
 * @param [unit] Unit of the amount and the result: 元/CNY (default), 万, 亿, million.
 * @returns Fund size in the unit; text for qualifier and status.
 */
export function aiFund(region: REGION, fund?: string, field?: string, unit?: string): any {
  return asExcelResult(() => formulas.aifund(currentAtlas(), region, fund, field, unit), [region, fund, field, unit]);
}

/**
 * A table of incentives (header row first): region, category, cap, rate, basis, period, status, policy, source.
 * @customfunction AIINCENTIVES
 * @param [region] Region; includes the regions within it. Omit for all.
 * @param [category] Category to list. Omit for all.
 * @returns Spilled table.
 */
export function aiIncentives(region?: REGION, category?: CATEGORY): any[][] {
  return asExcelResult((): Table => formulas.aiincentives(currentAtlas(), region, category), [region, category]);
}

/**
 * A table of funds (header row first): region, fund, kind, total, total qualifier, first, focus, sponsors, status, source.
 * @customfunction AIFUNDS
 * @param [region] Region; includes the regions within it. Omit for all.
 * @returns Spilled table.
 */
export function aiFunds(region?: REGION): any[][] {
  return asExcelResult((): Table => formulas.aifunds(currentAtlas(), region), [region]);
}

/**
 * A table of policies (header row first): region, policy, issuer, status, published, period, period status (ended, or ends within 90 days), measures, budget, budget period (planned over N years), source.
 * @customfunction AIPOLICIES
 * @param [region] Region; includes the regions within it. Omit for all.
 * @returns Spilled table.
 */
export function aiPolicies(region?: REGION): any[][] {
  return asExcelResult((): Table => formulas.aipolicies(currentAtlas(), region, systemClock), [region]);
}

/**
 * A table of targets and results (header row first): region, metric, value, unit, qualifier, kind (target, stretch, actual), year, policy, source.
 * @customfunction AITARGETS
 * @param [region] Region; includes the regions within it. Omit for all.
 * @param [unit] Unit of money targets: 元/CNY (default), 万, 亿, million. Counts and shares are not converted.
 * @returns Spilled table.
 */
export function aiTargets(region?: REGION, unit?: string): any[][] {
  return asExcelResult((): Table => formulas.aitargets(currentAtlas(), region, unit, systemClock), [region, unit]);
}

/**
 * Regions ranked by CN.AISUBSIDY for a category and amount (header row first): rank, region, subsidy, category, rule, status, policy.
 * @customfunction AIRANK
 * @param category Category, or any for each region's largest.
 * @param [amount] Eligible spend, cost or R&D input. Omit to rank caps.
 * @param [unit] Unit of the amount and the result: 元/CNY (default), 万, 亿, million.
 * @returns Spilled table.
 */
export function aiRank(category: CATEGORY, amount?: any, unit?: string): any[][] {
  return asExcelResult((): Table => formulas.airank(currentAtlas(), category, amount, unit), [category, amount, unit]);
}

/**
 * The citation of a figure: the source's own words, source title and date, and its status if draft or press report.
 * @customfunction AISOURCE
 * @param region Region of the figure.
 * @param figure A category (model, rnd…), a fund (新能源…), a policy (its id or title, or "policy" for the region's main one) or a target (unicorn, 独角兽, its id…).
 * @returns Citation text.
 */
export function aiSource(region: REGION, figure: string): string {
  return asExcelResult(() => formulas.aisource(currentAtlas(), region, figure), [region, figure]);
}

/**
 * One column of region names for validation lists: "zh" (default), "zht", "en" or "id".
 * @customfunction AIREGIONS
 * @param [field] Which name: "zh" (default), "zht", "en" or "id".
 * @returns Spilled column.
 */
export function aiRegions(field?: string): any[][] {
  return asExcelResult((): Table => formulas.airegions(currentAtlas(), field), [field]);
}

/**
 * One column of category ids (or "zh"/"en" names) for validation lists, any last.
 * @customfunction AICATEGORIES
 * @param [field] Which name: "id" (default), "zh" or "en".
 * @returns Spilled column.
 */
export function aiCategories(field?: string): any[][] {
  return asExcelResult((): Table => formulas.aicategories(currentAtlas(), field), [field]);
}

/**
 * The loaded dataset: version, hash (content SHA-256), asof, age (days since asof), origin, loaded, or a count (regions, funds, policies, incentives, targets, sources). Omit for all.
 * @customfunction AIDATA
 * @param [field] version, hash, asof, age, origin, loaded, regions, funds, policies, incentives, targets, sources.
 * @returns A two-column table, or with a field its value (1×1).
 */
export function aiData(field?: string): any[][] {
  // Declared a matrix (functions.json keeps one result shape per function): the table without a
  // field, a 1×1 array with one, which Excel shows as a plain value in the cell (no spill) and
  // uses as one in arithmetic and comparisons. A scalar-declared AIDATA() table shows #VALUE!.
  return asExcelResult((): Table => {
    const data = servedData();
    const info = { origin: data.origin, loadedAt: data.loadedAt, url: data.url, hash: atlasContentHash(data.atlas) };
    const value = formulas.aidata(data.atlas, info, field, systemClock);
    return Array.isArray(value) ? value : [[value]];
  }, [field]);
}

// The company package (PRODUCT.md §9): issue 14.

/** The package horizon starts this year (or at the data's as-of year, if later). */
function packageOptions(): { startYear: number } {
  return { startYear: packageStartYear(currentAtlas().dataset.asOf, new Date()) };
}

/**
 * A company's whole package in a region (header row first): one row per incentive with its status, certainty (firm or up to), firm, eligible and possible amounts, working, reason, marks and source, then the firm, eligible (upper bound) and possible totals.
 * @customfunction AIPACKAGE
 * @param region Region: 成都高新区, 苏州, Chengdu Hi-tech Zone…
 * @param profile Two columns (field, value): computeSpend, modelRndCost, modelParameters, modelLeading, rndInput, rndIntensity, highEndHires, years…
 * @param [unit] Unit of the amount and the result: 元/CNY (default), 万, 亿, million.
 * @returns Spilled table.
 */
export function aiPackage(region: REGION, profile: any[][], unit?: string): any[][] {
  return asExcelResult(
    (): Table => packageFormulas.aipackage(currentAtlas(), region, profile, unit, packageOptions()),
    [region, profile, unit],
  );
}

/**
 * A company's package total in a region: firm (amounts a published rate or fixed award sets), eligible (default: every condition met, up-to lines at their ceilings: an upper bound) or possible (unknown lines at their ceilings too).
 * @customfunction AIPACKAGETOTAL
 * @param region Region: 成都高新区, 苏州, Chengdu Hi-tech Zone…
 * @param profile Two columns (field, value): computeSpend, modelRndCost, modelParameters, modelLeading, rndInput, rndIntensity, highEndHires, years…
 * @param [which] Which total: "firm", "eligible" (default, an upper bound) or "possible".
 * @param [unit] Unit of the amount and the result: 元/CNY (default), 万, 亿, million.
 * @returns Total in the unit (yuan by default).
 */
export function aiPackageTotal(region: REGION, profile: any[][], which?: string, unit?: string): number {
  return asExcelResult(
    () => packageFormulas.aipackagetotal(currentAtlas(), region, profile, which, unit, packageOptions()),
    [region, profile, which, unit],
  );
}

/**
 * Regions ranked by a company's package (header row first): rank, region, firm, eligible (upper bound), possible, eligible lines, unknown lines, not eligible lines, marks.
 * @customfunction AIPACKAGERANK
 * @param profile Two columns (field, value): computeSpend, modelRndCost, modelParameters, modelLeading, rndInput, rndIntensity, highEndHires, years…
 * @param [unit] Unit of the amount and the result: 元/CNY (default), 万, 亿, million.
 * @returns Spilled table.
 */
export function aiPackageRank(profile: any[][], unit?: string): any[][] {
  return asExcelResult((): Table => packageFormulas.aipackagerank(currentAtlas(), profile, unit, packageOptions()), [profile, unit]);
}
