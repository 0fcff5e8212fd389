/**
 * The company package (政策计算器, PRODUCT.md §9): for a region and a profile, every incentive
 * as eligible (each condition met), not eligible (a condition fails) or unknown (a field the
 * rule needs is missing, or the source publishes no basis), its amount and how sure it is, and
 * three totals: `firm` (eligible lines whose amount a published rate or fixed award sets),
 * `eligible` (plus eligible up-to lines at their ceilings: an upper bound) and `possible` (plus the
 * unknown lines at their ceilings). A line paid to someone other than the company is shown, never
 * summed. Amounts are yuan. Pure: the year a horizon starts is an argument, not the clock.
 */
import type { Atlas } from "../names/atlas";
import type { FigureStatus } from "../rules/labels";
import { profileYears, type Profile, type ProfileValue } from "./profile";
import type { EligibilityCondition, Incentive, Policy, ProfileFieldId, Region } from "../rules/schema";
import { applyRate } from "../rules/subsidy";

/** Where a line stands. */
export type LineStatus = "eligible" | "not-eligible" | "unknown";

/** One condition checked against the profile. */
export interface ConditionCheck {
  condition: EligibilityCondition;
  state: "met" | "failed" | "unknown";
  /** The profile's value, when it gives one. */
  actual?: ProfileValue;
  /** The value sits exactly on a boundary the source leaves open (超过千亿级 at 千亿): confirm with the issuer. */
  confirm?: boolean;
}

/** How a line's amount was worked out (all yuan). */
export interface LineWorking {
  /** The basis taken from the profile (undefined: the rule has none, or it is missing and the cap is used). */
  basis?: number;
  basisField?: ProfileFieldId;
  rate?: number;
  cap: number;
  /** What one unit of the multiplier pays: min(rate × basis, cap), min(basis, cap), or the cap. */
  perUnit: number;
  capped: boolean;
  /** The multiplier (years, people, awards) and its count; 1 when the rule pays once. */
  times: number;
  timesField?: ProfileFieldId;
  by?: "per-year" | "per-person" | "per-award";
  /** True when a missing basis or count was taken at the cap / as one, for the possible total. */
  assumed: boolean;
}

/** One incentive of a package. */
export interface PackageLine {
  incentive: Incentive;
  policy?: Policy;
  status: LineStatus;
  checks: ConditionCheck[];
  /** The first failing condition (status not-eligible because of a condition). */
  failed?: ConditionCheck;
  /** A basis or count of zero makes a line not eligible: there is nothing to pay on. */
  zeroField?: ProfileFieldId;
  /** Fields the profile lacks that this rule needs. */
  missing: ProfileFieldId[];
  /** The source publishes no basis or condition for this rule (Suzhou's chip draft, Zhuhai's draft). */
  noBasis: boolean;
  /** Conditions whose value sits on a boundary the source leaves open: the line is unknown until confirmed. */
  toConfirm: ConditionCheck[];
  /** firm: a published rate or fixed award sets the amount; up-to: only a ceiling is published. */
  certainty: "firm" | "up-to";
  /** The payee is not the company (团队或个人; a chip-only rule for a company not said to make AI chips): shown, never summed. */
  paidToOther: boolean;
  /** Counted in the firm total: the amount when eligible, paid to the company and firm. */
  firm: number;
  /** Counted in the eligible total (0 unless eligible and paid to the company); an upper bound when up-to. */
  amount: number;
  /** Counted in the possible total: the amount when eligible, at most this when unknown, 0 when not eligible or paid to another. */
  possible: number;
  working: LineWorking;
  mark: FigureStatus;
  /** The policy's last year, when published. */
  periodEnd?: number;
  /** The policy period ends before the horizon does (the line may stop paying). */
  endsWithinHorizon: boolean;
  /** A per-year rule is multiplied over years while its policy publishes no term. */
  termUnpublished: boolean;
}

/** A region's whole package. */
export interface CompanyPackage {
  region: Region;
  lines: PackageLine[];
  firm: number;
  eligible: number;
  possible: number;
  years: number;
  startYear: number;
}

/** Options of a package: the first year of the horizon (default: the dataset's as-of year). */
export interface PackageOptions {
  startYear?: number;
}

/** The first year of a horizon: the current year, or the data's as-of year if that is later. */
export function packageStartYear(asOf: string, today: Date): number {
  return Math.max(Number(asOf.slice(0, 4)), today.getFullYear());
}

/** The package of one region for a profile. */
export function companyPackage(atlas: Atlas, region: Region, profile: Profile, options: PackageOptions = {}): CompanyPackage {
  const years = profileYears(profile);
  const startYear = options.startYear ?? Number(atlas.dataset.asOf.slice(0, 4));
  const lines = atlas.dataset.incentives
    .filter((i) => i.regionId === region.id)
    .map((i) => packageLine(atlas, i, profile, years, startYear));
  let firm = 0;
  let eligible = 0;
  let possible = 0;
  for (const line of lines) {
    firm += line.firm;
    eligible += line.amount;
    possible += line.possible;
  }
  return { region, lines, firm: round2(firm), eligible: round2(eligible), possible: round2(possible), years, startYear };
}

/** One region's place in a ranking by package. */
export interface RankedPackage {
  rank: number;
  pkg: CompanyPackage;
}

/**
 * Every region with incentives, ranked by eligible total, then possible total, then dataset
 * order; equal totals share a rank. An empty profile ranks nothing: with no field given, every
 * total would be a ceiling and the order would say nothing about the company.
 */
export function rankPackages(atlas: Atlas, profile: Profile, options: PackageOptions = {}): RankedPackage[] {
  if (isEmptyProfile(profile)) return [];
  const withRules = new Set(atlas.dataset.incentives.map((i) => i.regionId));
  const packages = atlas.dataset.regions.filter((r) => withRules.has(r.id)).map((r) => companyPackage(atlas, r, profile, options));
  packages.sort((a, b) => b.eligible - a.eligible || b.possible - a.possible);
  const ranked: RankedPackage[] = [];
  packages.forEach((pkg, i) => {
    const prev = ranked[i - 1];
    const tie = prev && prev.pkg.eligible === pkg.eligible && prev.pkg.possible === pkg.possible;
    ranked.push({ rank: tie ? prev.rank : i + 1, pkg });
  });
  return ranked;
}

/** A profile that gives no field but the horizon: nothing to judge a package by. */
export function isEmptyProfile(profile: Profile): boolean {
  for (const field of profile.keys()) if (field !== "years") return false;
  return true;
}

function packageLine(atlas: Atlas, incentive: Incentive, profile: Profile, years: number, startYear: number): PackageLine {
  const policy = atlas.policy(incentive.policyId);
  const periodEnd = policy?.period?.to;
  const checks = incentive.conditions.map((condition) => checkCondition(condition, profile.get(condition.field)));
  const missing = new Set<ProfileFieldId>(checks.filter((c) => c.state === "unknown" && !c.confirm).map((c) => c.condition.field));
  const toConfirm = checks.filter((c) => c.confirm);
  // A per-year rule counts the horizon's years even when the dataset does not spell it out; a
  // per-person rule that does not say whom it counts cannot be judged.
  const multiplier = incentive.multiplier ?? (incentive.period === "per-year" ? ({ by: "per-year", field: "years" } as const) : undefined);
  const noBasis =
    incentive.kind === "ceiling" ||
    ((incentive.kind === "rate" || incentive.kind === "spend-ceiling") && !incentive.basisField) ||
    (incentive.period === "per-person" && !multiplier);

  const basisField = incentive.basisField;
  const basis = basisField ? numeric(profile.get(basisField)) : undefined;
  if (basisField && basis === undefined) missing.add(basisField);
  const by = multiplier?.by;
  const timesField = multiplier?.field;
  const timesValue = timesField === "years" ? years : timesField ? numeric(profile.get(timesField)) : 1;
  if (timesField && timesValue === undefined) missing.add(timesField);

  const cap = incentive.cap;
  const rate = incentive.kind === "rate" ? incentive.rate : undefined;
  const rawPerUnit = basis === undefined ? cap : rate !== undefined ? applyRate(basis, rate) : basisField ? basis : cap;
  const perUnit = Math.min(rawPerUnit, cap);
  const times = timesValue ?? 1;
  const working: LineWorking = {
    basis,
    basisField,
    rate,
    cap,
    perUnit,
    capped: basis !== undefined && rawPerUnit > cap,
    times,
    timesField,
    by,
    assumed: (basisField !== undefined && basis === undefined) || (timesField !== undefined && timesValue === undefined) || noBasis,
  };
  const failed = checks.find((c) => c.state === "failed");
  const zeroField = failed ? undefined : basis === 0 ? basisField : timesValue === 0 ? timesField : undefined;
  const total = round2(perUnit * times);
  let status: LineStatus = "eligible";
  if (failed || zeroField) status = "not-eligible";
  else if (noBasis || missing.size > 0 || toConfirm.length > 0) status = "unknown";
  const paidToOther = incentive.payee !== "company" || (incentive.payeeIf !== undefined && profile.get(incentive.payeeIf) !== true);
  const certainty = incentive.certainty;
  const amount = status === "eligible" && !paidToOther ? total : 0;
  // One object literal, no spreads: object spread dominated the cost of a package in Node 20.
  return {
    incentive,
    policy,
    status,
    checks,
    failed,
    zeroField,
    missing: [...missing],
    noBasis,
    toConfirm,
    certainty,
    paidToOther,
    firm: certainty === "firm" ? amount : 0,
    amount,
    possible: status === "not-eligible" || paidToOther ? 0 : total,
    working,
    mark: atlas.statusOf(incentive),
    periodEnd,
    endsWithinHorizon: periodEnd !== undefined && periodEnd < startYear + years - 1,
    termUnpublished: by === "per-year" && times > 1 && periodEnd === undefined,
  };
}

/** Whether a profile value meets a condition; unknown when the profile lacks the field. */
export function checkCondition(condition: EligibilityCondition, actual: ProfileValue | undefined): ConditionCheck {
  if (actual === undefined) return { condition, state: "unknown" };
  if (condition.atValue === "unknown" && actual === condition.value) return { condition, state: "unknown", actual, confirm: true };
  const met = compare(condition, actual);
  return { condition, state: met ? "met" : "failed", actual };
}

function compare(condition: EligibilityCondition, actual: ProfileValue): boolean {
  const { op, value } = condition;
  if (typeof value === "boolean" || typeof actual === "boolean") return op === "eq" && actual === value;
  switch (op) {
    case "gt":
      return actual > value;
    case "gte":
      return actual >= value;
    case "eq":
      return actual === value;
  }
}

function numeric(value: ProfileValue | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The note every breakdown carries: the sources do not say whether incentives stack. */
export const STACKING_NOTE = {
  en: "The sources do not state whether these incentives can be combined; the totals add them.",
  zh: "来源未说明各项支持能否叠加享受；合计按叠加计算。",
} as const;
