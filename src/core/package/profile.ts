/**
 * Reading a company profile from a worksheet range: two columns (field, value), one field a row,
 * any field name a user would type (see `profile-fields.ts`). Money is in the function's unit;
 * yes/no reads yes/no/是/否/TRUE/FALSE (and Excel booleans); fractions read 0.25 or "25%". An
 * empty value, or "unknown"/未知, leaves the field missing: the incentives that need it are then
 * unknown, never 0 and never eligible. Values are stored in yuan.
 */
import { AtlasError, describeValue } from "../errors";
import { parseAmountText, scale } from "../text/figures";
import { PROFILE_FIELDS, profileField, profileFieldNamed, type ProfileField } from "./profile-fields";
import type { ProfileFieldId } from "../rules/schema";
import { lookupKey } from "../text/normalise";
import { MAX_AMOUNT_YUAN, parseAmount, type Unit, YUAN } from "../text/units";

/** A profile value: a number (yuan for money, a fraction for intensity) or a yes/no answer. */
export type ProfileValue = number | boolean;

/** A company profile: the fields it gives (a missing field is unknown). */
export type Profile = ReadonlyMap<ProfileFieldId, ProfileValue>;

/** The default horizon for per-year rules when a profile does not give `years`. */
export const DEFAULT_YEARS = 1;
/** The longest horizon accepted: beyond it a typo is likelier than a plan. */
export const MAX_YEARS = 50;
const MAX_COUNT = 1_000_000;
const MAX_PARAMETERS = 1e16;

const YES = ["yes", "y", "true", "是", "有", "对", "1", "✓"];
const NO = ["no", "n", "false", "否", "无", "没有", "不是", "0", "✗"];
const UNKNOWN = ["unknown", "n/a", "na", "?", "未知", "不详", "待定", "-"];
let yesNo: Map<string, boolean | null> | undefined;

/** Reads a profile range (rows of [field, value]) in a unit; throws #VALUE! errors a user can act on. */
export function parseProfile(range: unknown, unit: Unit = YUAN): Profile {
  const rows = profileRows(range);
  const profile = new Map<ProfileFieldId, ProfileValue>();
  const rowOf = new Map<ProfileFieldId, number>();
  rows.forEach(([name, value], index) => {
    if (isBlank(name) && isBlank(value)) return;
    if (index === 0 && isHeaderRow(name, value)) return;
    if (isBlank(name)) throw bad(`Row ${index + 1} of the profile has a value (${describeValue(value)}) but no field name.`);
    const field = typeof name === "string" ? profileFieldNamed(name) : undefined;
    if (!field) {
      throw bad(`Unknown profile field '${describeValue(name)}'. Known fields: ${PROFILE_FIELDS.map((f) => f.id).join(", ")}.`);
    }
    const earlier = rowOf.get(field.id);
    if (earlier !== undefined) throw bad(`The profile gives ${field.id} twice (rows ${earlier + 1} and ${index + 1}).`);
    rowOf.set(field.id, index);
    const parsed = parseProfileValue(field, value, unit);
    if (parsed !== undefined) profile.set(field.id, parsed);
  });
  return profile;
}

/** Reads one field's value; undefined = missing (empty or "unknown"). */
export function parseProfileValue(field: ProfileField, value: unknown, unit: Unit = YUAN): ProfileValue | undefined {
  if (isBlank(value) || (typeof value === "string" && isUnknownWord(value))) return undefined;
  switch (field.kind) {
    case "yes-no":
      return readYesNo(field, value);
    case "money":
      return readMoney(field, value, unit);
    case "fraction":
      return readFraction(field, value);
    case "count":
      return readWhole(field, value, 0, MAX_COUNT);
    case "years":
      return readWhole(field, value, 1, MAX_YEARS);
    case "number":
      return readNumber(field, value);
  }
}

/** The horizon of a profile (default 1 year). */
export function profileYears(profile: Profile): number {
  const years = profile.get("years");
  return typeof years === "number" ? years : DEFAULT_YEARS;
}

/** Builds a profile from plain values in yuan (tests, the pane); unknown ids are refused. */
export function profileOf(values: Partial<Record<ProfileFieldId, ProfileValue | undefined>>): Profile {
  const profile = new Map<ProfileFieldId, ProfileValue>();
  for (const field of PROFILE_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(values, field.id)) continue;
    const value = values[field.id];
    if (value !== undefined) profile.set(field.id, value);
  }
  for (const key of Object.keys(values)) profileField(key as ProfileFieldId);
  return profile;
}

function profileRows(range: unknown): unknown[][] {
  if (!Array.isArray(range) || range.length === 0 || !range.every(Array.isArray)) {
    if (typeof range === "string" || typeof range === "number" || typeof range === "boolean") {
      throw bad(`The profile must be a two-column range (field, value), not the single value ${describeValue(range)}.`);
    }
    throw bad("The profile must be a two-column range of field names and values.");
  }
  const rows = range as unknown[][];
  const width = rows[0].length;
  if (width === 2) return rows;
  // A profile laid out across: two rows of names and values.
  if (rows.length === 2 && width > 2) return rows[0].map((name, i) => [name, rows[1][i]]);
  throw bad(`The profile must be two columns (field, value); this range is ${width} column${width === 1 ? "" : "s"} wide.`);
}

function isHeaderRow(name: unknown, value: unknown): boolean {
  const key = (v: unknown): string => (typeof v === "string" ? lookupKey(v) : "");
  return (
    ["field", "字段", "项目", "指标"].map(lookupKey).includes(key(name)) &&
    ["value", "值", "数值", "取值"].map(lookupKey).includes(key(value))
  );
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function isUnknownWord(text: string): boolean {
  return yesNoWords().get(lookupKey(text)) === null || UNKNOWN.includes(text.trim().toLowerCase());
}

function yesNoWords(): Map<string, boolean | null> {
  if (!yesNo) {
    yesNo = new Map();
    for (const w of YES) yesNo.set(lookupKey(w), true);
    for (const w of NO) yesNo.set(lookupKey(w), false);
    for (const w of UNKNOWN) if (lookupKey(w) !== "") yesNo.set(lookupKey(w), null);
  }
  return yesNo;
}

function readYesNo(field: ProfileField, value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  const answer = typeof value === "string" ? yesNoWords().get(lookupKey(value)) : undefined;
  if (typeof answer === "boolean") return answer;
  throw bad(`${field.id} is a yes/no field: give yes/no, 是/否 or TRUE/FALSE (or leave it empty if unknown), not ${describeValue(value)}.`);
}

function readMoney(field: ProfileField, value: unknown, unit: Unit): number {
  if (typeof value !== "number" && typeof value !== "string") throw bad(`${field.id} must be an amount, not ${describeValue(value)}.`);
  try {
    return parseAmount(value, unit) ?? 0;
  } catch (error) {
    throw bad(`${field.id}: ${(error as Error).message}`);
  }
}

function readFraction(field: ProfileField, value: unknown): number {
  let fraction: number | undefined;
  if (typeof value === "number") fraction = value;
  else if (typeof value === "string") {
    const text = value.normalize("NFKC").trim();
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (percent) fraction = Number(percent[1]) / 100;
    else if (/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(text)) fraction = Number(text); // linear: no two quantifiers share the digits
  }
  if (fraction === undefined || !Number.isFinite(fraction)) {
    throw bad(`${field.id} is a fraction: give 0.25 or 25%, not ${describeValue(value)}.`);
  }
  if (fraction < 0 || fraction > 1) {
    throw bad(`${field.id} is a fraction between 0 and 1 (0.25 = 25%); got ${describeValue(value)}. Type 25% or 0.25.`);
  }
  return fraction;
}

function readWhole(field: ProfileField, value: unknown, min: number, max: number): number {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw bad(`${field.id} must be a whole number from ${min} to ${max.toLocaleString("en-US")}, not ${describeValue(value)}.`);
  }
  return n;
}

function readNumber(field: ProfileField, value: unknown): number {
  let n = NaN;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const parsed = parseAmountText(value);
    if (parsed) n = scale(parsed.value, parsed.multiplier ?? 1);
  }
  if (!Number.isFinite(n) || n < 0 || n > MAX_PARAMETERS) {
    throw bad(`${field.id} must be a number such as 120000000000 or 1200亿, not ${describeValue(value)}.`);
  }
  return n;
}

function bad(message: string): AtlasError {
  return new AtlasError("bad-argument", message);
}

/** Money limits, re-exported for property tests. */
export const PROFILE_LIMITS = { maxMoney: MAX_AMOUNT_YUAN, maxCount: MAX_COUNT, maxYears: MAX_YEARS } as const;
