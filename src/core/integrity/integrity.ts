/**
 * What the schema alone cannot check: ids unique, references resolve, names unambiguous,
 * categories known, funds consistent with their clusters. Returns readable problems; an empty
 * list means the dataset is whole.
 */
import { ANY_CATEGORY, categoryEntry, fundEntry, groupBy, regionEntry } from "../names/name-entries";
import { eligibilityProblems } from "./eligibility-integrity";
import { NameIndex } from "../names/name-index";
import type { Dataset } from "../rules/schema";

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

/** One integrity problem: the JSON path of the record (or field) at fault, its id, and the message. */
export interface IntegrityFinding {
  /** `incentives[3].regionId`, `funds[2]`, or a collection (`categories`) when no one record is at fault. */
  path: string;
  /** The record's id, when one record is at fault. */
  id?: string;
  /** A readable line naming the record: `incentive cdht-model refers to unknown region 'x'`. */
  message: string;
}

/** Every referential and consistency problem in a schema-valid dataset, as readable lines. */
export function integrityProblems(dataset: Dataset): string[] {
  return integrityFindings(dataset).map((f) => f.message);
}

/** Every referential and consistency problem in a schema-valid dataset, with where it stands. */
export function integrityFindings(dataset: Dataset): IntegrityFinding[] {
  const problems: IntegrityFinding[] = [];
  const ids = (kind: string, key: keyof Dataset, records: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    records.forEach((r, n) => {
      if (seen.has(r.id)) problems.push({ path: `${String(key)}[${n}].id`, id: r.id, message: `${kind} id '${r.id}' is used twice` });
      seen.add(r.id);
    });
    return seen;
  };
  const sources = ids("source", "sources", dataset.sources);
  const regions = ids("region", "regions", dataset.regions);
  const categories = ids("category", "categories", dataset.categories);
  const funds = ids("fund", "funds", dataset.funds);
  const policies = ids("policy", "policies", dataset.policies);
  ids("incentive", "incentives", dataset.incentives);
  ids("target", "targets", dataset.targets);

  const policyById = new Map(dataset.policies.map((p) => [p.id, p]));
  /** A problem of the record at `at` (`incentives[3]`), optionally of one of its fields. */
  const at =
    (record: string, id: string | undefined, label: string) =>
    (message: string, field?: string): void => {
      problems.push({ path: field ? `${record}.${field}` : record, ...(id !== undefined ? { id } : {}), message: `${label}${message}` });
    };
  const ref = (problem: ReturnType<typeof at>, field: string, value: string | null | undefined, set: Set<string>, kind: string): void => {
    if (value !== null && value !== undefined && !set.has(value)) problem(` refers to unknown ${kind} '${value}'`, field);
  };
  dataset.regions.forEach((r, n) => ref(at(`regions[${n}]`, r.id, `region ${r.id}`), "parentId", r.parentId, regions, "region"));
  dataset.funds.forEach((f, n) => {
    const problem = at(`funds[${n}]`, f.id, `fund ${f.id}`);
    ref(problem, "regionId", f.regionId, regions, "region");
    ref(problem, "policyId", f.policyId, policies, "policy");
    ref(problem, "parentId", f.parentId, funds, "fund");
    ref(problem, "sourceId", f.sourceId, sources, "source");
    if (f.first && f.first.amount > f.total.amount) problem(`: first ${f.first.amount} exceeds total ${f.total.amount}`, "first.amount");
    f.firstBatch.forEach((member, i) => ref(problem, `firstBatch[${i}]`, member, funds, "fund"));
  });
  dataset.policies.forEach((p, n) => {
    const problem = at(`policies[${n}]`, p.id, `policy ${p.id}`);
    ref(problem, "regionId", p.regionId, regions, "region");
    ref(problem, "sourceId", p.sourceId, sources, "source");
    if (p.period && p.period.from > p.period.to) problem(": period ends before it starts", "period");
  });
  dataset.incentives.forEach((i, n) => {
    const problem = at(`incentives[${n}]`, i.id, `incentive ${i.id}`);
    ref(problem, "regionId", i.regionId, regions, "region");
    ref(problem, "policyId", i.policyId, policies, "policy");
    ref(problem, "sourceId", i.sourceId, sources, "source");
    ref(problem, "category", i.category, categories, "category");
    if (i.kind === "rate" && i.rate === undefined) problem(": a rate rule needs a rate", "rate");
    if (i.kind !== "rate" && i.rate !== undefined) problem(": only a rate rule has a rate", "rate");
    const policy = policyById.get(i.policyId);
    if (policy && policy.regionId !== i.regionId) problem(`: its policy belongs to region '${policy.regionId}'`, "policyId");
  });
  dataset.targets.forEach((t, n) => {
    const problem = at(`targets[${n}]`, t.id, `target ${t.id}`);
    ref(problem, "regionId", t.regionId, regions, "region");
    ref(problem, "sourceId", t.sourceId, sources, "source");
    t.policyIds.forEach((p, k) => ref(problem, `policyIds[${k}]`, p, policies, "policy"));
  });
  dataset.notData.forEach((d, n) =>
    ref(at(`notData[${n}]`, undefined, `not-data entry '${d.text}'`), "sourceId", d.sourceId, sources, "source"),
  );

  for (const required of REQUIRED_CATEGORY_IDS) {
    if (!categories.has(required)) {
      problems.push({
        path: "categories",
        message: `category '${required}' is missing (published categories are never removed or renamed)`,
      });
    }
  }
  const any = dataset.categories.findIndex((c) => c.id === ANY_CATEGORY.id);
  if (any >= 0) problems.push({ path: `categories[${any}].id`, id: ANY_CATEGORY.id, message: `category id 'any' is reserved` });

  problems.push(...clusterProblems(dataset), ...nameProblems(dataset), ...eligibilityProblems(dataset));
  return problems;
}

/** A cluster's first batch is the sum of its member funds; one primary fund per region. */
function clusterProblems(dataset: Dataset): IntegrityFinding[] {
  const problems: IntegrityFinding[] = [];
  const members = groupBy(
    dataset.funds.filter((f) => f.parentId !== undefined),
    (f) => f.parentId ?? "",
  );
  dataset.funds.forEach((cluster, n) => {
    if (cluster.kind !== "cluster") return;
    const sum = (members.get(cluster.id) ?? []).reduce((s, f) => s + f.total.amount, 0);
    const expected = cluster.first?.amount ?? cluster.total.amount;
    if (members.has(cluster.id) && sum !== expected) {
      problems.push({
        path: `funds[${n}].${cluster.first ? "first" : "total"}.amount`,
        id: cluster.id,
        message: `fund cluster ${cluster.id}: members add up to ${sum}, but its ${cluster.first ? "first batch" : "total"} is ${expected}`,
      });
    }
  });
  for (const [regionId, primaries] of groupBy(
    dataset.funds.filter((f) => f.primary),
    (f) => f.regionId,
  )) {
    if (primaries.length > 1)
      problems.push({ path: "funds", id: regionId, message: `region ${regionId} has ${primaries.length} primary funds` });
  }
  return problems;
}

/** Two regions, categories or funds of a region answering to the same name. */
function nameProblems(dataset: Dataset): IntegrityFinding[] {
  const problems: IntegrityFinding[] = [];
  const report = (what: string, path: string, index: NameIndex<unknown>): void => {
    for (const c of index.conflicts()) {
      const shown = c.labels.length > 10 ? `${c.labels.slice(0, 10).join(" / ")} and ${c.labels.length - 10} more` : c.labels.join(" / ");
      problems.push({ path, message: `${what} name '${c.key}' is ambiguous: ${shown}` });
    }
  };
  report("region", "regions", new NameIndex(dataset.regions.map(regionEntry)));
  report("category", "categories", new NameIndex([...dataset.categories, ANY_CATEGORY].map(categoryEntry)));
  for (const [regionId, funds] of groupBy(dataset.funds, (f) => f.regionId)) {
    report(`fund (${regionId})`, "funds", new NameIndex(funds.map(fundEntry)));
  }
  return problems;
}
