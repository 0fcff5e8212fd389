/**
 * How fresh the data is: the dataset's age since its as-of date, and whether a policy's period
 * has ended or ends soon (PRODUCT.md §8). Dates come from a `Clock` passed in: the add-in uses
 * the real one, tests a fixed one, so nothing here reads the time by itself.
 */
import type { Dataset, Policy } from "./schema";

/** The time source: the real clock in the add-in, a fixed one in tests. */
export type Clock = () => Date;

/** The machine's clock. */
export const systemClock: Clock = () => new Date();

/** A clock stopped at a day (`2026-11-30`) or an instant (`2026-11-30T09:00:00Z`): for tests and screenshots. */
export function fixedClock(at: string): Clock {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00` : at);
  if (Number.isNaN(date.getTime())) throw new Error(`fixedClock: not a date: ${at}`);
  return () => new Date(date.getTime());
}

/** A policy is flagged this many days before its period ends. */
export const ENDING_WITHIN_DAYS = 90;

/** The calendar day of a moment where the user is (`2026-11-30`). */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole days from one `YYYY-MM-DD` (or `YYYY-MM`: its first day) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000);
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

/** A `Date` or a `YYYY-MM-DD` day, as a day. */
function dayOf(today: Date | string): string {
  return typeof today === "string" ? today.slice(0, 10) : localDay(today);
}

/** The dataset's as-of date and how old it is. */
export interface DatasetAge {
  asOf: string;
  /** Days since the as-of date (0 on the day; never negative). */
  days: number;
  en: string;
  zh: string;
}

/** "as of 2025-03-22 · 618 days old". */
export function datasetAge(dataset: Pick<Dataset, "asOf">, today: Date | string): DatasetAge {
  const days = Math.max(0, daysBetween(dataset.asOf, dayOf(today)));
  return {
    asOf: dataset.asOf,
    days,
    en: `as of ${dataset.asOf} · ${days === 0 ? "today" : `${days.toLocaleString("en-US")} ${days === 1 ? "day" : "days"} old`}`,
    zh: `截至${dataset.asOf} · ${days === 0 ? "今天" : `已过${days}天`}`,
  };
}

/**
 * Where a policy stands against its period on a day: `current` (ends in more than 90 days),
 * `ending` (ends within 90 days), `ended`, or `open` (no period published, so nothing to flag).
 */
export type FreshnessState = "current" | "ending" | "ended" | "open";

/** A policy's freshness, with the words the pane, the sheets, the tables and Trace show. */
export interface PolicyFreshness {
  state: FreshnessState;
  /** The last day of the period (`2026-12-31`: a period given in years ends on 31 December). */
  endsOn?: string;
  /** Days from today to the end (negative once it has ended). */
  daysLeft?: number;
  /** Whether figures of the policy must be marked (ending or ended). */
  flagged: boolean;
  /** "period 2025–2026 ends 2026-12-31 (in 31 days)"; empty for an open policy. */
  en: string;
  zh: string;
}

const OPEN: PolicyFreshness = { state: "open", flagged: false, en: "", zh: "" };

/** Where a policy stands against its period on `today` (a `Date` or `YYYY-MM-DD`). Pure. */
export function policyFreshness(policy: Pick<Policy, "period"> | undefined, today: Date | string): PolicyFreshness {
  if (!policy?.period) return OPEN;
  const { from, to } = policy.period;
  const endsOn = `${to}-12-31`;
  const daysLeft = daysBetween(dayOf(today), endsOn);
  const span = from === to ? `${from}` : `${from}–${to}`;
  if (daysLeft < 0) {
    const ago = -daysLeft;
    return {
      state: "ended",
      endsOn,
      daysLeft,
      flagged: true,
      en: `period ${span} ended ${endsOn} (${ago} ${ago === 1 ? "day" : "days"} ago)`,
      zh: `期限${span}年已于${endsOn}结束（${ago}天前）`,
    };
  }
  const ending = daysLeft <= ENDING_WITHIN_DAYS;
  const when = daysLeft === 0 ? "today" : `in ${daysLeft} ${daysLeft === 1 ? "day" : "days"}`;
  return {
    state: ending ? "ending" : "current",
    endsOn,
    daysLeft,
    flagged: ending,
    en: `period ${span} ends ${endsOn} (${when})`,
    zh: `期限${span}年，${endsOn}结束（${daysLeft === 0 ? "今天" : `还有${daysLeft}天`}）`,
  };
}

const URGENCY: Record<FreshnessState, number> = { ended: 3, ending: 2, current: 1, open: 0 };

/** The most pressing freshness of several policies (a target may belong to two plans). */
export function mostPressing(freshness: readonly PolicyFreshness[]): PolicyFreshness {
  return freshness.reduce((worst, f) => (URGENCY[f.state] > URGENCY[worst.state] ? f : worst), OPEN);
}

/** The short mark beside a flagged figure: `(ends 2026-12-31)`, `（2026-12-31到期）`; empty when not flagged. */
export function freshnessMarker(freshness: PolicyFreshness, language: "en" | "zh"): string {
  if (!freshness.flagged || !freshness.endsOn) return "";
  if (language === "zh") return freshness.state === "ended" ? `（已于${freshness.endsOn}到期）` : `（${freshness.endsOn}到期）`;
  return freshness.state === "ended" ? `(ended ${freshness.endsOn})` : `(ends ${freshness.endsOn})`;
}

/** The policies a record names: an incentive's or fund's `policyId`, a target's `policyIds`. */
export interface PolicyLinked {
  policyId?: string;
  policyIds?: readonly string[];
}

/** The freshness of a record's figures: the most pressing of its policies' (open when it names none). */
export function recordFreshness(policyOf: (id: string) => Policy | undefined, record: PolicyLinked, today: Date | string): PolicyFreshness {
  const ids = [...(record.policyId ? [record.policyId] : []), ...(record.policyIds ?? [])];
  return mostPressing(ids.map((id) => policyFreshness(policyOf(id), today)));
}
