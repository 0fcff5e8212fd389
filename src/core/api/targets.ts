/**
 * Targets and results (PRODUCT.md §8): Shenzhen's 8000亿 terminal-industry goal, Chengdu Hi-tech
 * Zone's stretch targets and its 2024 results. The CN.AITARGETS table, the words for a target's
 * year, value and kind, and the policies a target belongs to with their freshness.
 */
import type { Atlas } from "../names/atlas";
import type { SheetLanguage } from "../rules/figure-format";
import { freshnessMarker, recordFreshness, type PolicyFreshness } from "../rules/freshness";
import { figureStatus, sourceCitation, type FigureStatus } from "../rules/labels";
import type { Policy, Region, Target } from "../rules/schema";
import type { Cell, Table } from "./tables";
import type { Unit } from "../text/units";

/** The columns of CN.AITARGETS. */
export const TARGET_COLUMNS = ["region", "metric", "value", "unit", "qualifier", "kind", "year", "policy", "source"] as const;

/** The targets of a region and the regions within it (all without a region), in dataset order. */
export function targetsIn(atlas: Atlas, region: Region | undefined): Target[] {
  if (!region) return [...atlas.dataset.targets];
  const scope = new Set([region.id, ...atlas.descendants(region).map((r) => r.id)]);
  return atlas.dataset.targets.filter((t) => scope.has(t.regionId));
}

/** The policies a target belongs to, skipping ids the dataset lacks. */
export function targetPolicies(atlas: Atlas, target: Target): Policy[] {
  return target.policyIds.map((id) => atlas.policy(id)).filter((p): p is Policy => p !== undefined);
}

/** Final or draft (from its first policy), official or press report (from its source). */
export function targetStatus(atlas: Atlas, target: Target): FigureStatus {
  return figureStatus(targetPolicies(atlas, target)[0], atlas.source(target.sourceId), { statedBy: target.statedBy });
}

/** Whether a target's policies have ended or end soon. */
export function targetFreshness(atlas: Atlas, target: Target, today: Date | string): PolicyFreshness {
  return recordFreshness((id) => atlas.policy(id), target, today);
}

/** A target's value in a unit: money follows the unit; counts and shares never do. */
export function targetValue(target: Target, unit: Unit): number {
  return target.unit === "CNY" ? target.value / unit.multiplier : target.value;
}

/** When a target is due (or a result was reached): `2026`, or `within 3 years` / `3年内`. */
export function targetYear(target: Target, language: SheetLanguage): string | number {
  if (target.year !== undefined) return target.year;
  if (target.horizonYears !== undefined) return language === "zh" ? `${target.horizonYears}年内` : `within ${target.horizonYears} years`;
  return "";
}

/** The unit column of CN.AITARGETS: the money unit's label for CNY targets; `count` or `share` otherwise. */
function unitCell(target: Target, unit: Unit): string {
  if (target.unit === "CNY") return unit.label.en;
  return target.unit === "share" ? "share (0.2 = 20%)" : "count";
}

/** CN.AITARGETS: the targets given, header first; a policy that has ended or ends soon is marked in its cell. */
export function targetTable(atlas: Atlas, targets: readonly Target[], unit: Unit, today: Date | string): Table {
  return [
    [...TARGET_COLUMNS],
    ...targets.map((t): Cell[] => {
      const source = atlas.source(t.sourceId);
      const mark = freshnessMarker(targetFreshness(atlas, t, today), "en");
      const policies = targetPolicies(atlas, t)
        .map((p) => p.title.zh)
        .join("; ");
      return [
        atlas.regionOf(t.regionId)?.name.zhHans ?? t.regionId,
        `${t.metric.zh} (${t.metric.en})`,
        targetValue(t, unit),
        unitCell(t, unit),
        t.qualifier === "exact" ? "" : t.qualifier,
        t.kind,
        targetYear(t, "en"),
        policies === "" ? "" : `${policies}${mark ? ` ${mark}` : ""}`,
        source ? sourceCitation(source) : t.sourceId,
      ];
    }),
  ];
}
