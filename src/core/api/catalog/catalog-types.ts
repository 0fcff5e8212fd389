/** The shape of a function catalog entry: names, help in English and Chinese, parameters, examples. */
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
