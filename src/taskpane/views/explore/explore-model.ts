/**
 * The records the Explore view lists, and its search and filters. Search matches every word
 * typed against the record's names in Chinese (Simplified or Traditional), English, pinyin and
 * aliases, ignoring case, width, accents and spaces (core's `lookupKey`), including the names of
 * the regions it lies within ("广东" finds Shenzhen's policies).
 */
import type { Atlas } from "../../../core/names/atlas";
import { policyFreshness, recordFreshness, type PolicyFreshness } from "../../../core/rules/freshness";
import type { FigureStatus } from "../../../core/rules/labels";
import type { Category, Fund, Incentive, Policy, Region, Target } from "../../../core/rules/schema";
import { targetPolicies, targetStatus } from "../../../core/api/targets";
import { lookupKey } from "../../../core/text/normalise";

/** The lists of the Explore view. */
export type ExploreKind = "incentives" | "funds" | "policies" | "targets";

/** The status filter: final (and official), draft for comment, or press report. */
export type StatusFilter = "all" | "final" | "draft" | "press-report";

/** What the user typed and picked; "" means all. */
export interface ExploreFilters {
  query: string;
  regionId: string;
  categoryId: string;
  status: StatusFilter;
}

/** No search, no filters. */
export const NO_FILTERS: ExploreFilters = { query: "", regionId: "", categoryId: "", status: "all" };

interface RecordBase {
  id: string;
  region: Region;
  status: FigureStatus;
  /** Whether the record's policy period has ended or ends soon, on the day the list was made. */
  freshness: PolicyFreshness;
  /** Every name the record answers to (its own, its region's and the regions it lies within). */
  names: readonly string[];
}

/** One listed record. */
export type ExploreRecord =
  | (RecordBase & { kind: "incentives"; record: Incentive; category: Category | undefined; policy: Policy | undefined })
  | (RecordBase & { kind: "funds"; record: Fund; policy: Policy | undefined })
  | (RecordBase & { kind: "policies"; record: Policy })
  | (RecordBase & { kind: "targets"; record: Target; policies: Policy[] });

const SEPARATOR = "\u0000";

function regionNames(atlas: Atlas, region: Region): string[] {
  const names: string[] = [];
  for (let r: Region | undefined = region; r; r = r.parentId ? atlas.regionOf(r.parentId) : undefined) {
    names.push(r.id, r.name.zhHans, r.name.zhHant, r.name.en, r.pinyin, r.pinyin.replace(/\s+/g, ""), ...r.aliases);
  }
  return names;
}

function present(names: readonly (string | undefined)[]): string[] {
  return names.filter((n): n is string => typeof n === "string" && n !== "");
}

const searchTexts = new WeakMap<ExploreRecord, string>();

/** The lookup keys of a record's names, joined; computed on the first search, not on the first render. */
function searchText(record: ExploreRecord): string {
  let text = searchTexts.get(record);
  if (text === undefined) {
    text = record.names.map(lookupKey).join(SEPARATOR);
    searchTexts.set(record, text);
  }
  return text;
}

/**
 * Every record of a kind, in dataset order, with its policy's freshness on `today` (YYYY-MM-DD).
 * Records of regions missing from the dataset are skipped.
 */
export function exploreRecords(atlas: Atlas, kind: ExploreKind, today: string): ExploreRecord[] {
  const d = atlas.dataset;
  const out: ExploreRecord[] = [];
  const policyOf = (id: string) => atlas.policy(id);
  if (kind === "incentives") {
    for (const record of d.incentives) {
      const region = atlas.regionOf(record.regionId);
      if (!region) continue;
      const category = atlas.categoryOf(record.category);
      const policy = atlas.policy(record.policyId);
      const names = [
        ...regionNames(atlas, region),
        record.id,
        record.category,
        category?.name.zh,
        category?.name.en,
        ...(category?.aliases ?? []),
        record.description.zh,
        record.description.en,
        record.beneficiary.zh,
        record.beneficiary.en,
        record.basis?.zh,
        record.basis?.en,
        policy?.title.zh,
        policy?.title.en,
      ];
      const freshness = recordFreshness(policyOf, record, today);
      out.push({ kind, id: record.id, record, region, category, policy, status: atlas.statusOf(record), freshness, names: present(names) });
    }
  } else if (kind === "funds") {
    for (const record of d.funds) {
      const region = atlas.regionOf(record.regionId);
      if (!region) continue;
      const policy = atlas.policy(record.policyId);
      const names = [
        ...regionNames(atlas, region),
        record.id,
        record.name.zhHans,
        record.name.zhHant,
        record.name.en,
        ...record.aliases,
        record.focus?.zh,
        record.focus?.en,
        ...record.sponsors.flatMap((s) => [s.zh, s.en]),
        // A first batch's members (Suzhou's 700亿: 医药, 新能源…) find the cluster too.
        ...record.firstBatch.flatMap((id) => {
          const member = d.funds.find((f) => f.id === id);
          return member ? [member.name.zhHans, member.name.en] : [];
        }),
        ...(record.firstBatch.length > 0 ? ["首批", "first batch"] : []),
      ];
      const freshness = recordFreshness(policyOf, record, today);
      out.push({ kind, id: record.id, record, region, policy, status: atlas.statusOf(record), freshness, names: present(names) });
    }
  } else if (kind === "targets") {
    for (const record of d.targets) {
      const region = atlas.regionOf(record.regionId);
      if (!region) continue;
      const policies = targetPolicies(atlas, record);
      const names = [
        ...regionNames(atlas, region),
        record.id,
        record.metric.zh,
        record.metric.en,
        record.kind,
        ...policies.flatMap((p) => [p.title.zh, p.title.en]),
      ];
      const freshness = recordFreshness(policyOf, record, today);
      out.push({ kind, id: record.id, record, region, policies, status: targetStatus(atlas, record), freshness, names: present(names) });
    }
  } else {
    for (const record of d.policies) {
      const region = atlas.regionOf(record.regionId);
      if (!region) continue;
      const names = [
        ...regionNames(atlas, region),
        record.id,
        record.title.zh,
        record.title.en,
        record.issuer.zh,
        record.issuer.en,
        // Categorical facts (Zhuhai's 灵巧手, Chengdu's 智慧医疗, 免申即享) are searchable too.
        ...record.facts.flatMap((f) => [f.zh, f.en]),
        ...(record.measureList ?? []).flatMap((m) => [m.zh, m.en]),
        ...(record.autoGrantShare ? ["免申即享", "granted without application"] : []),
      ];
      const freshness = policyFreshness(record, today);
      out.push({ kind, id: record.id, record, region, status: atlas.statusOf(record), freshness, names: present(names) });
    }
  }
  return out;
}

/** The words of a search, each as a lookup key (`chengdu model` → ["chengdu", "model"]). */
export function searchTokens(query: string): string[] {
  return query
    .split(/[\s,，、;；]+/u)
    .map(lookupKey)
    .filter((k) => k !== "");
}

/** The ids of a region and every region within it. */
export function regionScope(atlas: Atlas, regionId: string): ReadonlySet<string> | undefined {
  if (regionId === "") return undefined;
  const region = atlas.regionOf(regionId);
  if (!region) return new Set();
  return new Set([region.id, ...atlas.descendants(region).map((r) => r.id)]);
}

/** Whether a status passes the status filter. */
export function matchesStatus(status: FigureStatus, filter: StatusFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "final":
      return !status.draft && !status.pressReport;
    case "draft":
      return status.draft;
    case "press-report":
      return status.pressReport;
  }
}

/** The records that match the search and filters, in their order. */
export function filterRecords(atlas: Atlas, records: readonly ExploreRecord[], filters: ExploreFilters): ExploreRecord[] {
  const tokens = searchTokens(filters.query);
  const scope = regionScope(atlas, filters.regionId);
  return records.filter(
    (r) =>
      (!scope || scope.has(r.region.id)) &&
      (filters.categoryId === "" || (r.kind === "incentives" && r.record.category === filters.categoryId)) &&
      matchesStatus(r.status, filters.status) &&
      (tokens.length === 0 || tokens.every((token) => searchText(r).includes(token))),
  );
}
