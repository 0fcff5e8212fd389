/**
 * What the schema alone cannot check: ids unique, references resolve, names unambiguous,
 * categories known, funds consistent with their clusters. Returns readable problems; an empty
 * list means the dataset is whole.
 */
import { ANY_CATEGORY, categoryEntry, fundEntry, groupBy, regionEntry } from "./atlas";
import { eligibilityProblems } from "./eligibility-integrity";
import { NameIndex } from "./name-index";
import type { Dataset } from "./schema";

/** The category ids PRODUCT.md publishes: a dataset must define each, and never rename one. */
export const REQUIRED_CATEGORY_IDS = [
  "compute",
  "compute-case",
  "model",
  "rnd",
  "data",
  "talent",
  "talent-award",
  "scenario",
  "scenario-solution",
  "chip",
  "general",
] as const;

/** Every referential and consistency problem in a schema-valid dataset. */
export function integrityProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const ids = (kind: string, records: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    for (const r of records) {
      if (seen.has(r.id)) problems.push(`${kind} id '${r.id}' is used twice`);
      seen.add(r.id);
    }
    return seen;
  };
  const sources = ids("source", dataset.sources);
  const regions = ids("region", dataset.regions);
  const categories = ids("category", dataset.categories);
  const funds = ids("fund", dataset.funds);
  const policies = ids("policy", dataset.policies);
  ids("incentive", dataset.incentives);
  ids("target", dataset.targets);

  const policyById = new Map(dataset.policies.map((p) => [p.id, p]));
  const ref = (what: string, value: string | null | undefined, set: Set<string>, kind: string): void => {
    if (value !== null && value !== undefined && !set.has(value)) problems.push(`${what} refers to unknown ${kind} '${value}'`);
  };
  for (const r of dataset.regions) ref(`region ${r.id}`, r.parentId, regions, "region");
  for (const f of dataset.funds) {
    ref(`fund ${f.id}`, f.regionId, regions, "region");
    ref(`fund ${f.id}`, f.policyId, policies, "policy");
    ref(`fund ${f.id}`, f.parentId, funds, "fund");
    ref(`fund ${f.id}`, f.sourceId, sources, "source");
    if (f.first && f.first.amount > f.total.amount) problems.push(`fund ${f.id}: first ${f.first.amount} exceeds total ${f.total.amount}`);
  }
  for (const p of dataset.policies) {
    ref(`policy ${p.id}`, p.regionId, regions, "region");
    ref(`policy ${p.id}`, p.sourceId, sources, "source");
    if (p.period && p.period.from > p.period.to) problems.push(`policy ${p.id}: period ends before it starts`);
  }
  for (const i of dataset.incentives) {
    ref(`incentive ${i.id}`, i.regionId, regions, "region");
    ref(`incentive ${i.id}`, i.policyId, policies, "policy");
    ref(`incentive ${i.id}`, i.sourceId, sources, "source");
    ref(`incentive ${i.id}`, i.category, categories, "category");
    if (i.kind === "rate" && i.rate === undefined) problems.push(`incentive ${i.id}: a rate rule needs a rate`);
    if (i.kind !== "rate" && i.rate !== undefined) problems.push(`incentive ${i.id}: only a rate rule has a rate`);
    const policy = policyById.get(i.policyId);
    if (policy && policy.regionId !== i.regionId) problems.push(`incentive ${i.id}: its policy belongs to region '${policy.regionId}'`);
  }
  for (const t of dataset.targets) {
    ref(`target ${t.id}`, t.regionId, regions, "region");
    ref(`target ${t.id}`, t.sourceId, sources, "source");
    t.policyIds.forEach((p) => ref(`target ${t.id}`, p, policies, "policy"));
  }
  for (const n of dataset.notData) ref(`not-data entry '${n.text}'`, n.sourceId, sources, "source");

  for (const required of REQUIRED_CATEGORY_IDS) {
    if (!categories.has(required)) problems.push(`category '${required}' is missing (published categories are never removed or renamed)`);
  }
  if (categories.has(ANY_CATEGORY.id)) problems.push(`category id 'any' is reserved`);

  problems.push(...clusterProblems(dataset), ...nameProblems(dataset), ...eligibilityProblems(dataset));
  return problems;
}

/** A cluster's first batch is the sum of its member funds; one primary fund per region. */
function clusterProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const members = groupBy(
    dataset.funds.filter((f) => f.parentId !== undefined),
    (f) => f.parentId ?? "",
  );
  for (const cluster of dataset.funds.filter((f) => f.kind === "cluster")) {
    const sum = (members.get(cluster.id) ?? []).reduce((s, f) => s + f.total.amount, 0);
    const expected = cluster.first?.amount ?? cluster.total.amount;
    if (members.has(cluster.id) && sum !== expected) {
      problems.push(
        `fund cluster ${cluster.id}: members add up to ${sum}, but its ${cluster.first ? "first batch" : "total"} is ${expected}`,
      );
    }
  }
  for (const [regionId, primaries] of groupBy(
    dataset.funds.filter((f) => f.primary),
    (f) => f.regionId,
  )) {
    if (primaries.length > 1) problems.push(`region ${regionId} has ${primaries.length} primary funds`);
  }
  return problems;
}

/** Two regions, categories or funds of a region answering to the same name. */
function nameProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const report = (what: string, index: NameIndex<unknown>): void => {
    for (const c of index.conflicts()) problems.push(`${what} name '${c.key}' is ambiguous: ${c.labels.join(" / ")}`);
  };
  report("region", new NameIndex(dataset.regions.map(regionEntry)));
  report("category", new NameIndex([...dataset.categories, ANY_CATEGORY].map(categoryEntry)));
  for (const [regionId, funds] of groupBy(dataset.funds, (f) => f.regionId)) {
    report(`fund (${regionId})`, new NameIndex(funds.map(fundEntry)));
  }
  return problems;
}
