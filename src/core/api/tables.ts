/**
 * The tables the formula API spills and the pane shows: incentives, funds, policies and the
 * ranking, each a header row then one row per record, in a fixed column order.
 */
import type { Atlas, RankedRegion } from "../names/atlas";
import { policyFreshness, type PolicyFreshness } from "../rules/freshness";
import { sourceCitation } from "../rules/labels";
import type { Fund, Incentive, Policy, Region } from "../rules/schema";
import type { SubsidyOutcome } from "../rules/subsidy";

/** A cell of a spilled table: text or a number (money in yuan unless a unit says otherwise). */
export type Cell = string | number;
/** A spilled table: the header row first. */
export type Table = Cell[][];

export const INCENTIVE_COLUMNS = ["region", "category", "cap", "rate", "basis", "period", "status", "policy", "source"] as const;
export const FUND_COLUMNS = [
  "region",
  "fund",
  "kind",
  "total",
  "total qualifier",
  "first",
  "focus",
  "sponsors",
  "status",
  "source",
] as const;
export const POLICY_COLUMNS = [
  "region",
  "policy",
  "issuer",
  "status",
  "published",
  "period",
  "period status",
  "measures",
  "budget",
  "budget period",
  "source",
] as const;
export const RANK_COLUMNS = ["rank", "region", "subsidy", "category", "rule", "status", "policy"] as const;

const PERIOD: Record<Incentive["period"], string> = {
  once: "once",
  "per-year": "per year",
  "per-person": "per person",
  "not-stated": "not stated",
};

/** The basis of an incentive in words: "30% of model R&D cost (模型研发成本)", "fixed award". */
export function basisText(incentive: Incentive): string {
  const basis = incentive.basis ? `${incentive.basis.en} (${incentive.basis.zh})` : "";
  const minimum = incentive.minimum !== undefined ? `; only from ${incentive.minimum.toLocaleString("en-US")} yuan` : "";
  switch (incentive.kind) {
    case "rate":
      return `${basis}${minimum}`;
    case "spend-ceiling":
      return `up to ${sentenceCase(basis) || "the eligible spend"}, capped${incentive.tiered ? "; tiers not published" : "; rate not published"}${minimum}`;
    case "ceiling":
      return "overall cap; basis not published";
    case "award":
      return incentive.capType === "fixed" ? "fixed award" : "award, up to the cap";
    case "per-person":
      return incentive.certainty === "up-to" ? "up to the cap per person" : "per person";
  }
}

/** The rows of regions matching a filter: a region and every region within it. */
export function regionScope(atlas: Atlas, region: Region | undefined): Set<string> | undefined {
  if (!region) return undefined;
  return new Set([region.id, ...atlas.descendants(region).map((r) => r.id)]);
}

/** CN.AIINCENTIVES: every incentive in scope (and category), header first. */
export function incentiveTable(atlas: Atlas, incentives: readonly Incentive[]): Table {
  return [
    [...INCENTIVE_COLUMNS],
    ...incentives.map((i) => [
      atlas.regionOf(i.regionId)?.name.zhHans ?? i.regionId,
      i.category,
      i.cap,
      i.rate ?? "",
      basisText(i),
      PERIOD[i.period],
      atlas.statusOf(i).en,
      atlas.policy(i.policyId)?.title.zh ?? i.policyId,
      citationOf(atlas, i.sourceId),
    ]),
  ];
}

/** CN.AIFUNDS: every fund in scope, header first. */
export function fundTable(atlas: Atlas, funds: readonly Fund[]): Table {
  return [
    [...FUND_COLUMNS],
    ...funds.map((f) => [
      atlas.regionOf(f.regionId)?.name.zhHans ?? f.regionId,
      `${f.name.zhHans} (${f.name.en})`,
      f.kind,
      f.total.amount,
      f.total.qualifier && f.total.qualifier !== "exact" ? f.total.qualifier : "", // "nearly" for 近千亿: the number alone would drop it
      f.first?.amount ?? "",
      f.focus ? f.focus.en : "",
      f.sponsors.map((s) => `${s.zh} (${s.en})`).join("; "),
      atlas.statusOf(f).en, // fund status and source kind: "being set up, press report", never "final"
      citationOf(atlas, f.sourceId),
    ]),
  ];
}

/** CN.AIPOLICIES: every policy in scope, header first; the period status says whether it has ended or ends soon on `today`. */
export function policyTable(atlas: Atlas, policies: readonly Policy[], today: Date | string): Table {
  return [
    [...POLICY_COLUMNS],
    ...policies.map((p) => [
      atlas.regionOf(p.regionId)?.name.zhHans ?? p.regionId,
      `${p.title.zh} (${p.title.en})`,
      `${p.issuer.zh} (${p.issuer.en})`,
      atlas.statusOf(p).en,
      p.published ?? "",
      p.period ? `${p.period.from}-${p.period.to}` : "",
      periodStatus(policyFreshness(p, today)),
      p.measures ?? "",
      p.budget?.amount ?? "",
      budgetPeriod(p),
      citationOf(atlas, p.sourceId),
    ]),
  ];
}

/** Over how long a budget is planned: "over 3 years (start year not stated)" when the policy has no period. */
function budgetPeriod(policy: Policy): string {
  const years = policy.budget?.years;
  if (years === undefined) return "";
  const period = policy.period ? ` (${policy.period.from}–${policy.period.to})` : " (start year not stated)";
  return `planned over ${years} years${period}`;
}

/** CN.AIRANK: regions ranked by what they pay; `toUnit` converts yuan to the user's unit. */
export function rankTable(atlas: Atlas, ranked: readonly RankedRegion[], toUnit: (yuan: number) => number): Table {
  return [
    [...RANK_COLUMNS],
    ...ranked.map((r) => [
      r.rank,
      r.region.name.zhHans,
      toUnit(r.outcome.value),
      r.outcome.incentive.category,
      ruleText(r.outcome),
      atlas.statusOf(r.outcome.incentive).en,
      atlas.policy(r.outcome.incentive.policyId)?.title.zh ?? "",
    ]),
  ];
}

/** A one-line statement of the rule behind an outcome: "30% of cost, up to 30,000,000". */
export function ruleText(outcome: SubsidyOutcome): string {
  const i = outcome.incentive;
  const cap = i.cap.toLocaleString("en-US");
  if (i.kind === "rate") return `${Math.round((i.rate ?? 0) * 1000) / 10}% of ${i.basis?.en.toLowerCase() ?? "the basis"}, up to ${cap}`;
  if (i.kind === "award") return i.capType === "fixed" ? `fixed award of ${cap}` : `award up to ${cap}`;
  if (i.kind === "per-person") return `up to ${cap} per person`;
  return `up to ${cap}${i.period === "per-year" ? " a year" : ""}`;
}

/** The period status cell: `ends soon: period 2025–2026 ends 2026-12-31 (in 31 days)`, `ended: …`, `current: …`; empty without a period. */
function periodStatus(freshness: PolicyFreshness): string {
  switch (freshness.state) {
    case "open":
      return "";
    case "ending":
      return `ends soon: ${freshness.en}`;
    default:
      return `${freshness.state}: ${freshness.en}`;
  }
}

function citationOf(atlas: Atlas, sourceId: string): string {
  const source = atlas.source(sourceId);
  return source ? sourceCitation(source) : sourceId;
}

/** Lower-cases a leading capital so a phrase reads inside a sentence ("up to spend on…"). */
function sentenceCase(phrase: string): string {
  return /^[A-Z][a-z]/.test(phrase) ? phrase[0].toLowerCase() + phrase.slice(1) : phrase;
}
