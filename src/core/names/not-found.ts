/**
 * What #N/A says when a region lacks what was asked for: the categories or funds it does have,
 * those of the regions within it, or the regions that have any.
 */
import { ANY_CATEGORY } from "./name-entries";
import type { Atlas } from "./atlas";
import { fundLabel, regionLabel } from "../rules/labels";
import type { Category, Fund, Region } from "../rules/schema";

/** The message for a region without an incentive of that category. */
export function noIncentiveMessage(atlas: Atlas, region: Region, category: Category): string {
  const has = atlas.categoriesIn(region);
  const what = category.id === ANY_CATEGORY.id ? "incentives" : `'${category.id}' incentive`;
  if (has.length > 0) {
    return `${regionLabel(region)} has no ${what} in the dataset. It has: ${has.map((c) => c.id).join(", ")}.`;
  }
  const within = atlas.descendants(region).filter((r) => atlas.categoriesIn(r).length > 0);
  if (within.length > 0) {
    const list = within
      .map(
        (r) =>
          `${regionLabel(r)} has ${atlas
            .categoriesIn(r)
            .map((c) => c.id)
            .join(", ")}`,
      )
      .join("; ");
    return `${regionLabel(region)} has no incentives in the dataset. Within it: ${list}.`;
  }
  const withData = atlas.dataset.regions.filter((r) => atlas.categoriesIn(r).length > 0).map(regionLabel);
  return `${regionLabel(region)} has no incentives in the dataset. Regions with incentives: ${withData.join("; ")}.`;
}

/** The message for a region without that fund, or with several and none named. */
export function noFundMessage(atlas: Atlas, region: Region, funds: readonly Fund[]): string {
  if (funds.length > 1) return `${regionLabel(region)} has several funds; name one: ${funds.map(fundLabel).join("; ")}.`;
  const within = atlas.descendants(region).filter((r) => atlas.fundsOf(r).length > 0);
  if (within.length > 0) return `${regionLabel(region)} has no fund in the dataset. Within it: ${within.map(regionLabel).join("; ")}.`;
  const withFunds = atlas.dataset.regions.filter((r) => atlas.fundsOf(r).length > 0).map(regionLabel);
  return `${regionLabel(region)} has no fund in the dataset. Regions with funds: ${withFunds.join("; ")}.`;
}
