/** Dataset names in the UI language (Chinese names in Simplified script). */
import type { Category, Fund, Policy, Region } from "../../core/rules/schema";
import type { Language } from "./";

/** A region's name: `成都高新区` or `Chengdu Hi-tech Zone`. */
export function regionName(region: Region, language: Language): string {
  return language === "zh" ? region.name.zhHans : region.name.en;
}

/** A category's name: `大模型研发补助` or `Large-model R&D subsidy`. */
export function categoryName(category: Category, language: Language): string {
  return language === "zh" ? category.name.zh : category.name.en;
}

/** A fund's name. */
export function fundName(fund: Fund, language: Language): string {
  return language === "zh" ? fund.name.zhHans : fund.name.en;
}

/** A policy's title. */
export function policyTitle(policy: Policy, language: Language): string {
  return language === "zh" ? policy.title.zh : policy.title.en;
}
