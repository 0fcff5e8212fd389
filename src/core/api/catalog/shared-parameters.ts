/** The parameters several CN functions share: region, unit and the package profile. */
import type { CatalogParameter } from "./catalog-types";

/** A region parameter, optional or not, with its help text. */
export const region = (optional: boolean, en: string, zh: string): CatalogParameter => ({
  name: "region",
  zhName: "地区",
  optional,
  en,
  zh,
});
/** The unit of the amount and the result. */
export const unit: CatalogParameter = {
  name: "unit",
  zhName: "单位",
  optional: true,
  en: "Unit of the amount and the result: 元/CNY (default), 万, 亿, million.",
  zh: "金额与结果的单位：元（默认）、万、亿、million。",
};

/** The profile range of the package functions. */
export function profileParameter(): CatalogParameter {
  return {
    name: "profile",
    zhName: "企业画像",
    optional: false,
    en: "Two columns (field, value): computeSpend, modelRndCost, modelParameters, modelLeading, rndInput, rndIntensity, highEndHires, years…",
    zh: "两列（字段、值）：算力支出、模型研发成本、模型参数量、国内领先（是/否）、年度研发投入、研发强度、高端人才数、年限……",
  };
}
