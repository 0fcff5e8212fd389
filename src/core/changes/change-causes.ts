/**
 * Why a workbook cell changed between two dataset versions: the records the cell's CN calls
 * resolve to (the incentive behind a subsidy, the fund, the row of a spilled table; for the
 * package, the region's incentives) that the diff of the two versions lists, with the fields that
 * differ and the quotes each version cites.
 */
import { argumentValue, evaluateFormula, isErrorValue, type EvaluatedValue } from "../formula/formula-evaluate";
import type { FormulaNode, ReferenceNode } from "../formula/formula-syntax";
import type { Atlas } from "../names/atlas";
import { ANY_CATEGORY } from "../names/name-entries";
import type { Dataset } from "../rules/schema";
import { resolveSubject, type TraceSubject } from "../trace/trace-subject";
import { evaluateCnCall, type CallEnvironment } from "./cn-call";

/** One record that differs between two versions (the shape of data/diff's RecordChange). */
export interface RecordDelta {
  kind: string;
  id: string;
  change: "added" | "removed" | "changed";
  fields: readonly { path: string; before: unknown; after: unknown }[];
  /** One readable line: `incentive cdht-model: cap 30000000 → 35000000`. */
  text: string;
}

/** A record behind a changed cell, with the quotes each version cites for it. */
export interface ChangeCause extends RecordDelta {
  quotesBefore: readonly string[];
  quotesAfter: readonly string[];
}

type RecordRef = { kind: string; id: string };
type Call = Extract<FormulaNode, { type: "call" }>;

/** The two versions compared and how their records differ (data/diff's records, by kind and id). */
export interface VersionPair {
  before: Atlas;
  after: Atlas;
  records: readonly RecordDelta[];
}

const COLLECTIONS: ReadonlyMap<string, keyof Dataset> = new Map([
  ["incentive", "incentives"],
  ["fund", "funds"],
  ["policy", "policies"],
  ["target", "targets"],
  ["region", "regions"],
  ["source", "sources"],
  ["category", "categories"],
]);

/** The changed records behind a cell of the given CN calls (`spillRow`: the row of a table under the cell). */
export function causesOf(
  calls: readonly Call[],
  versions: VersionPair,
  valuesOf: (ref: ReferenceNode) => (string | number | boolean)[][] | undefined,
  env: CallEnvironment,
  spillRow: number | undefined,
): ChangeCause[] {
  const refs: RecordRef[] = [];
  for (const atlas of [versions.before, versions.after]) {
    const context = { valuesOf, callCn: (name: string, args: EvaluatedValue[]) => evaluateCnCall(atlas, name, args, env) };
    for (const call of calls) {
      const args = call.args.map((node) => {
        const v = evaluateFormula(node, context);
        return v.ok && !isErrorValue(v.value) ? argumentValue(v.value) : null;
      });
      refs.push(...recordsOf(atlas, call.name.slice(3).toUpperCase(), args, spillRow));
    }
  }
  const byKey = new Map(versions.records.map((r) => [`${r.kind}:${r.id}`, r]));
  const seen = new Set<string>();
  const causes: ChangeCause[] = [];
  for (const ref of refs) {
    const key = `${ref.kind}:${ref.id}`;
    const delta = byKey.get(key);
    if (!delta || seen.has(key)) continue;
    seen.add(key);
    causes.push({ ...delta, quotesBefore: quotesOf(versions.before, ref), quotesAfter: quotesOf(versions.after, ref) });
  }
  return causes;
}

/** The records a call resolves to in one version, with the policies of its incentives. */
function recordsOf(atlas: Atlas, name: string, args: unknown[], spillRow: number | undefined): RecordRef[] {
  let subject: TraceSubject | undefined;
  try {
    subject = resolveSubject(atlas, name, args, spillRow);
  } catch {
    subject = undefined;
  }
  const refs = subject ? subjectRecords(subject) : regionRecords(atlas, name === "AIPACKAGERANK" ? undefined : args[0]);
  const policies = refs
    .filter((r) => r.kind === "incentive")
    .map((r) => atlas.dataset.incentives.find((i) => i.id === r.id)?.policyId)
    .filter((id): id is string => id !== undefined)
    .map((id) => ({ kind: "policy", id }));
  return [...refs, ...policies];
}

function subjectRecords(subject: TraceSubject): RecordRef[] {
  switch (subject.kind) {
    case "subsidy":
      return [{ kind: "incentive", id: subject.outcome.incentive.id }];
    case "fund":
      return [{ kind: "fund", id: subject.fund.id }];
    case "incentive-row":
      return [{ kind: "incentive", id: subject.incentive.id }];
    case "fund-row":
      return [{ kind: "fund", id: subject.fund.id }];
    case "policy-row":
      return [{ kind: "policy", id: subject.policy.id }];
    case "target-row":
      return [{ kind: "target", id: subject.target.id }];
    case "rank-row":
      return [{ kind: "incentive", id: subject.ranked.outcome.incentive.id }];
    case "region-row":
      return [{ kind: "region", id: subject.region.id }];
    case "category-row":
      return [{ kind: "category", id: subject.category.id }];
    case "header-row":
    case "dataset":
      return [];
  }
}

/** Every incentive of a region (all regions when none is given or it is unknown): the package's records. */
function regionRecords(atlas: Atlas, region: unknown): RecordRef[] {
  let regions = atlas.dataset.regions;
  try {
    if (region !== null && region !== undefined) regions = [atlas.region(region)];
  } catch {
    regions = atlas.dataset.regions;
  }
  return regions.flatMap((r) => atlas.incentives(r, ANY_CATEGORY).map((i) => ({ kind: "incentive", id: i.id })));
}

function quotesOf(atlas: Atlas, ref: RecordRef): string[] {
  const key = COLLECTIONS.get(ref.kind);
  if (!key) return [];
  const records = atlas.dataset[key] as unknown;
  if (!Array.isArray(records)) return [];
  const record = records.find((r: { id?: string }) => r.id === ref.id) as { quotes?: unknown } | undefined;
  return Array.isArray(record?.quotes) ? record.quotes.filter((q): q is string => typeof q === "string") : [];
}
