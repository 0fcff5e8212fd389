/**
 * Real calendar dates in the dataset: `2025-03-22`, `2025-03` (month only) and the version's
 * `2025.03.22[.N]`. A regex alone let `2025-13-99` and `9999.99.99` through (issue 22's version
 * freeze); these check the month (1–12) and the day against that month, leap years included.
 */

/** The UTC time of a YYYY-MM-DD or YYYY-MM date (first of the month), or undefined when it is not a real date. */
export function realDateTime(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  return dateTime(Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3]));
}

/** The UTC time of a version's date (`2025.03.22` or `2025.03.22.2`), or undefined when it is not a real date. */
export function versionDateTime(version: string): number | undefined {
  const match = /^(\d{4})\.(\d{2})\.(\d{2})(?:\.\d{1,6})?$/.exec(version);
  if (!match) return undefined;
  return dateTime(Number(match[1]), Number(match[2]), Number(match[3]));
}

function dateTime(year: number, month: number, day: number): number | undefined {
  if (year < 1990 || month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  return new Date(time).getUTCDate() === day ? time : undefined;
}
