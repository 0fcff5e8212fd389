/**
 * What CN.AISOURCE cites (PRODUCT.md §2, §8): a region's incentive category, fund, policy (by id,
 * title, or `policy` for the region's main one) or target (by id, metric name in English or
 * Chinese, or a distinctive part such as `unicorn` / `独角兽`). Each answer carries the passage
 * that states the figure; nothing matching gives #N/A listing what the region has.
 */
import { type Atlas, type Citation } from "../names/atlas";
import { didYouMean, nameArgument } from "../names/name-entries";
import { AtlasError } from "../errors";
import { categoryLabel, fundLabel, regionLabel } from "../rules/labels";
import { NameIndex, type NamedEntry } from "../names/name-index";
import type { Policy, Region, Target } from "../rules/schema";
import { targetStatus } from "./targets";
import { lookupKey } from "../text/normalise";

/** What a citation cites. */
export type CitedKind = "category" | "fund" | "policy" | "target";

/** A citation with what it cites. */
export interface FigureCitation extends Citation {
  kind: CitedKind;
  /** The cited record's id (an incentive's for a category). */
  id: string;
}

/** Words meaning "the region's main policy". */
const MAIN_POLICY_WORDS = new Set(["policy", "mainpolicy", "政策", "主要政策", "主政策"].map(lookupKey));

interface RecordIndexes {
  policies: NameIndex<Policy>;
  targets: NameIndex<Target>;
}

const indexes = new WeakMap<Atlas, RecordIndexes>();

/** The name indexes of policies and targets, built once per loaded dataset. */
function indexesOf(atlas: Atlas): RecordIndexes {
  let found = indexes.get(atlas);
  if (!found) {
    found = {
      policies: new NameIndex(atlas.dataset.policies.map(policyEntry)),
      targets: new NameIndex(atlas.dataset.targets.map(targetEntry)),
    };
    indexes.set(atlas, found);
  }
  return found;
}

function policyEntry(policy: Policy): NamedEntry<Policy> {
  return { value: policy, names: [policy.id, policy.title.zh, policy.title.en], label: `${policy.id} (${policy.title.zh})` };
}

function targetEntry(target: Target): NamedEntry<Target> {
  return { value: target, names: [target.id, target.metric.zh, target.metric.en], label: `${target.id} (${target.metric.en})` };
}

/** The ids of a region and of every region within it. */
function scopeOf(atlas: Atlas, region: Region): Set<string> {
  return new Set([region.id, ...atlas.descendants(region).map((r) => r.id)]);
}

/**
 * A region's main policy: the one most of its incentives, funds and targets cite (ties: dataset
 * order); a region without policies of its own looks within it when exactly one region there has some.
 */
export function mainPolicy(atlas: Atlas, region: Region): Policy {
  const own = atlas.dataset.policies.filter((p) => p.regionId === region.id);
  if (own.length === 0) {
    const within = atlas.descendants(region).filter((r) => atlas.dataset.policies.some((p) => p.regionId === r.id));
    if (within.length === 1) return mainPolicy(atlas, within[0]);
    const where = within.length > 0 ? ` Within it: ${within.map(regionLabel).join("; ")}.` : "";
    throw new AtlasError("no-figure", `${regionLabel(region)} has no policy in the dataset.${where}`);
  }
  const uses = (p: Policy): number =>
    atlas.dataset.incentives.filter((i) => i.policyId === p.id).length +
    atlas.dataset.funds.filter((f) => f.policyId === p.id).length +
    atlas.dataset.targets.filter((t) => t.policyIds.includes(p.id)).length;
  return own.reduce((best, p) => (uses(p) > uses(best) ? p : best));
}

function citePolicy(atlas: Atlas, policy: Policy): FigureCitation {
  return { ...atlas.citationOf(policy, `policy ${policy.id}`, atlas.statusOf(policy)), kind: "policy", id: policy.id };
}

function citeTarget(atlas: Atlas, target: Target): FigureCitation {
  return { ...atlas.citationOf(target, `target ${target.id}`, targetStatus(atlas, target)), kind: "target", id: target.id };
}

/** The citation of what `input` names in a region: a category, fund, policy or target. */
export function citeFigure(atlas: Atlas, region: Region, input: unknown): FigureCitation {
  const name = nameArgument(input, "category, fund, policy or target");
  if (MAIN_POLICY_WORDS.has(lookupKey(name))) return citePolicy(atlas, mainPolicy(atlas, region));

  const category = atlas.categories.find(name);
  if (category) {
    const incentive = atlas.subsidy(region, category).incentive;
    return { ...atlas.citationOf(incentive, `${categoryLabel(category)} in ${regionLabel(region)}`), kind: "category", id: incentive.id };
  }

  const { policies, targets } = indexesOf(atlas);
  const scope = scopeOf(atlas, region);
  const policy = policies.find(name);
  const target = targets.find(name);
  for (const exact of [policy, target]) {
    if (exact && !scope.has(exact.regionId)) {
      const home = atlas.regionOf(exact.regionId);
      throw new AtlasError(
        "no-figure",
        `'${name}' is ${home ? `of ${regionLabel(home)}` : exact.regionId}, not of ${regionLabel(region)}.`,
      );
    }
  }
  if (policy) return citePolicy(atlas, policy);
  if (target) return citeTarget(atlas, target);

  if (atlas.hasFundNamed(region, name)) {
    const fund = atlas.fund(region, name); // throws when the part names several funds
    return { ...atlas.citationOf(fund, fundLabel(fund)), kind: "fund", id: fund.id };
  }

  const partial = [
    ...policies
      .containing(name)
      .filter((p) => scope.has(p.regionId))
      .map((p) => ({ label: `${p.id} (${p.title.zh})`, cite: () => citePolicy(atlas, p) })),
    ...targets
      .containing(name)
      .filter((t) => scope.has(t.regionId))
      .map((t) => ({ label: `${t.id} (${t.metric.en})`, cite: () => citeTarget(atlas, t) })),
  ];
  if (partial.length === 1) return partial[0].cite();
  if (partial.length > 1) {
    throw new AtlasError(
      "no-figure",
      `'${name}' matches ${partial.length} records in ${regionLabel(region)}: ${partial.map((p) => p.label).join("; ")}. Name one by its id.`,
    );
  }
  throw new AtlasError("no-figure", nothingNamed(atlas, region, scope, name));
}

/** "No category, fund, policy or target 'x' in … It has — policies: …; targets: …; categories: …; funds: …." */
function nothingNamed(atlas: Atlas, region: Region, scope: ReadonlySet<string>, name: string): string {
  const inScope = <T extends { regionId: string; id: string }>(records: readonly T[]): string[] =>
    records.filter((r) => scope.has(r.regionId)).map((r) => r.id);
  const suggestions = atlas.categories.suggest(name, 2);
  const parts = [
    ["policies", inScope(atlas.dataset.policies)],
    ["targets", inScope(atlas.dataset.targets)],
    ["categories", atlas.categoriesIn(region).map((c) => c.id)],
    ["funds", atlas.fundsOf(region).map((f) => f.id)],
  ] as const;
  const has = parts
    .filter(([, ids]) => ids.length > 0)
    .map(([what, ids]) => `${what}: ${ids.join(", ")}`)
    .join("; ");
  return `No category, fund, policy or target '${name}' in ${regionLabel(region)}.${didYouMean(suggestions)} ${has ? `It has ${has}.` : "It has nothing in the dataset."}`;
}
