/**
 * Worksheet names: the names the add-in gives its sheets, and a free name on a clash. Excel
 * compares sheet names case-insensitively, allows at most 31 characters and none of []:*?/\.
 */

/** The most characters a worksheet name may have. */
export const SHEET_NAME_MAX = 31;

/** The comparison sheet's name in each UI language (a clash adds " (2)", " (3)"…). */
export const COMPARISON_SHEET_NAME = { en: "AI Subsidy Comparison", zh: "AI补贴对比" } as const;

/** The targets sheet's name in each UI language (a clash adds " (2)", " (3)"…). */
export const TARGETS_SHEET_NAME = { en: "AI Targets", zh: "AI目标" } as const;

/** The Sources sheet's name in each UI language: created once, then extended. */
export const SOURCES_SHEET_NAME = { en: "AI Atlas Sources", zh: "AI数据来源" } as const;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts: forbidden characters replaced, no leading or trailing apostrophe, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, " ")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, SHEET_NAME_MAX)
    .trim();
  return cleaned === "" ? "Sheet" : cleaned;
}

/** Whether two names denote the same sheet (Excel ignores case). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

/** `base` if no sheet has that name, else `base (2)`, `base (3)`…, shortened to fit 31 characters. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const safe = safeSheetName(base);
  const taken = (name: string): boolean => existing.some((e) => sameSheetName(e, name));
  if (!taken(safe)) return safe;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${safe.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

/** A sheet name as a formula or an address writes it: bare when it can be, else quoted (`'My sheet'`). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
