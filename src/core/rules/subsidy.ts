/**
 * The subsidy rules of PRODUCT.md §2, exactly: what one incentive pays for an amount, and the
 * best a set of incentives pays. Amounts and results are in yuan.
 */
import type { Incentive } from "./schema";

/** How an incentive produced its figure, for explanations ("30% of 200,000,000 = 60,000,000, capped at 30,000,000"). */
export type SubsidyStep =
  | { kind: "cap" }
  | { kind: "rate"; amount: number; rate: number; raw: number; capped: boolean }
  | { kind: "below-minimum"; amount: number; minimum: number }
  | { kind: "spend-ceiling"; amount: number; capped: boolean }
  | { kind: "fixed"; amount: number };

/** What one incentive pays, and why. */
export interface SubsidyOutcome {
  value: number;
  incentive: Incentive;
  step: SubsidyStep;
}

const RATE_PRECISION = 1e6;

/** rate × amount without binary-fraction noise: 30% of 200,000,000 is exactly 60,000,000; rounded to the fen. */
export function applyRate(amount: number, rate: number): number {
  const exact = (amount * Math.round(rate * RATE_PRECISION)) / RATE_PRECISION;
  return Math.round(exact * 100) / 100;
}

/**
 * What an incentive pays, as a number only (the hot path of CN.AISUBSIDY: no allocation). No
 * amount: its cap. With an amount (the spend, cost or R&D input the rule is based on): a rate
 * gives min(rate × amount, cap), and 0 below the minimum; a spend ceiling or overall ceiling
 * gives min(amount, cap) as an upper bound (tiers or rate unpublished), and 0 below a minimum; an award or per-person grant ignores it.
 */
export function incentiveValue(incentive: Incentive, amount: number | undefined): number {
  const cap = incentive.cap;
  if (amount === undefined) return cap;
  switch (incentive.kind) {
    case "rate":
      if (incentive.minimum !== undefined && amount < incentive.minimum) return 0;
      return Math.min(applyRate(amount, incentive.rate ?? 1), cap);
    case "spend-ceiling":
    case "ceiling":
      if (incentive.minimum !== undefined && amount < incentive.minimum) return 0;
      return Math.min(amount, cap);
    case "award":
    case "per-person":
      return cap;
  }
}

/** What an incentive pays and how (`incentiveValue` with the working shown). */
export function applyIncentive(incentive: Incentive, amount?: number): SubsidyOutcome {
  const value = incentiveValue(incentive, amount);
  if (amount === undefined) return { value, incentive, step: { kind: "cap" } };
  const belowMinimum = incentive.minimum !== undefined && amount < incentive.minimum;
  switch (incentive.kind) {
    case "rate": {
      if (belowMinimum) return { value, incentive, step: { kind: "below-minimum", amount, minimum: incentive.minimum ?? 0 } };
      const rate = incentive.rate ?? 1;
      const raw = applyRate(amount, rate);
      return { value, incentive, step: { kind: "rate", amount, rate, raw, capped: raw > incentive.cap } };
    }
    case "spend-ceiling":
    case "ceiling":
      if (belowMinimum) return { value, incentive, step: { kind: "below-minimum", amount, minimum: incentive.minimum ?? 0 } };
      return { value, incentive, step: { kind: "spend-ceiling", amount, capped: amount > incentive.cap } };
    case "award":
    case "per-person":
      return { value, incentive, step: { kind: "fixed", amount } };
  }
}

/** The most any of the incentives pays for the amount (0 for an empty list). */
export function bestValue(incentives: readonly Incentive[], amount: number | undefined): number {
  let best = 0;
  for (let i = 0; i < incentives.length; i++) {
    const value = incentiveValue(incentives[i], amount);
    if (value > best) best = value;
  }
  return best;
}

/**
 * The most any of the incentives pays for the amount; on a tie a final rule wins over a draft
 * (callers pass `isDraft`), then the earlier one. Undefined for an empty list.
 */
export function bestOutcome(
  incentives: readonly Incentive[],
  amount: number | undefined,
  isDraft: (incentive: Incentive) => boolean,
): SubsidyOutcome | undefined {
  let best: SubsidyOutcome | undefined;
  for (const incentive of incentives) {
    const outcome = applyIncentive(incentive, amount);
    if (!best || outcome.value > best.value || (outcome.value === best.value && isDraft(best.incentive) && !isDraft(incentive))) {
      best = outcome;
    }
  }
  return best;
}
