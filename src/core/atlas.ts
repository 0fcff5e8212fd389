/**
 * The loaded dataset with its lookups: resolve what users type to regions, categories and funds,
 * and answer the questions of the formula API (subsidy, fund size, ranking, citation). An `Atlas`
 * is immutable; a refresh builds a new one and swaps it in whole.
 */
import { AtlasError, describeValue } from "./errors";
import { categoryLabel, figureStatus, fundLabel, regionLabel, type FigureStatus } from "./labels";
import { NameIndex, type NamedEntry } from "./name-index";
import type { Category, Dataset, Fund, Incentive, Policy, Region, Source } from "./schema";
import { bestOutcome, type SubsidyOutcome } from "./subsidy";
import { lookupKey } from "./text";

/** `any`: the largest single cap (or payment, given an amount) in a region. */
export const ANY_CATEGORY: Category = {
  id: "any",
  name: { zh: "任意类别(单项最高)", en: "Any (largest single incentive)" },
  aliases: ["all", "max", "best", "任意", "全部", "所有", "最高", "单项最高"],
  description: { zh: "该地区单项最高的补贴", en: "The largest single incentive in the region" },
};

/** Which figure of a fund: its total size or its first close (first batch for a cluster). */
export type FundField = "total" | "first";

const FUND_FIELD_NAMES: readonly (readonly [FundField, readonly string[]])[] = [
  ["total", ["total", "size", "fund size", "总规模", "规模", "总额", "total size"]],
  ["first", ["first", "first close", "first closing", "initial", "first batch", "首期", "首期规模", "首批", "首批规模", "一期"]],
];
let fundFields: ReadonlyMap<string, FundField> | undefined;

/** The fund field a name means; the map is built on first use, not at import. */
function fundFieldOf(name: string): FundField | undefined {
  fundFields ??= new Map(FUND_FIELD_NAMES.flatMap(([field, names]) => names.map((n) => [lookupKey(n), field] as const)));
  return fundFields.get(lookupKey(name));
}

/** One region's answer in a ranking. */
export interface RankedRegion {
  rank: number;
  region: Region;
  outcome: SubsidyOutcome;
}

/** Everything needed to cite a record: its quotes and source. */
export interface Citation {
  quotes: readonly string[];
  source: Source;
  status: FigureStatus;
  what: string;
}

const TYPED_NAMES_LIMIT = 5_000;

/** The dataset plus every index the functions and the pane need. */
export class Atlas {
  readonly dataset: Dataset;
  readonly regions: NameIndex<Region>;
  readonly categories: NameIndex<Category>;
  private readonly allFunds: NameIndex<Fund>;
  private readonly fundsIn = new Map<string, NameIndex<Fund>>();
  private readonly incentivesIn = new Map<string, Map<string, Incentive[]>>();
  private readonly regionById = new Map<string, Region>();
  private readonly policyById = new Map<string, Policy>();
  private readonly sourceById = new Map<string, Source>();
  private readonly categoryById = new Map<string, Category>();
  private readonly rulesByTypedNames = new Map<string, Map<string, readonly Incentive[]>>();

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    dataset.regions.forEach((r) => this.regionById.set(r.id, r));
    dataset.policies.forEach((p) => this.policyById.set(p.id, p));
    dataset.sources.forEach((s) => this.sourceById.set(s.id, s));
    dataset.categories.forEach((c) => this.categoryById.set(c.id, c));
    this.regions = new NameIndex(dataset.regions.map(regionEntry));
    this.categories = new NameIndex([...dataset.categories, ANY_CATEGORY].map(categoryEntry));
    const fundEntries = dataset.funds.map(fundEntry);
    this.allFunds = new NameIndex(fundEntries);
    const entriesByRegion = groupBy(fundEntries, (e) => e.value.regionId);
    for (const region of dataset.regions) {
      this.fundsIn.set(region.id, new NameIndex(entriesByRegion.get(region.id) ?? []));
      this.incentivesIn.set(region.id, new Map());
    }
    for (const incentive of dataset.incentives) {
      const byCategory = this.incentivesIn.get(incentive.regionId) ?? new Map<string, Incentive[]>();
      this.incentivesIn.set(incentive.regionId, byCategory);
      const list = byCategory.get(incentive.category) ?? [];
      list.push(incentive);
      byCategory.set(incentive.category, list);
    }
  }

  /** The region a user means by a name, id, alias or pinyin; #N/A with suggestions otherwise. */
  region(input: unknown): Region {
    const name = nameArgument(input, "region");
    const region = this.regions.find(name);
    if (region) return region;
    const suggestions = this.regions.suggest(name);
    throw new AtlasError("unknown-region", `Unknown region '${name}'.${didYouMean(suggestions)}`, suggestions[0]);
  }

  /** The category a user means (`model`, `大模型`, `R&D`, `any`); #N/A with suggestions otherwise. */
  category(input: unknown): Category {
    const name = nameArgument(input, "category");
    const category = this.categories.find(name);
    if (category) return category;
    const suggestions = this.categories.suggest(name);
    const known = this.dataset.categories.map((c) => c.id).join(", ");
    throw new AtlasError(
      "unknown-category",
      `Unknown category '${name}'.${didYouMean(suggestions)} Categories: ${known}, any.`,
      suggestions[0],
    );
  }

  /** A region by id. */
  regionOf(id: string): Region | undefined {
    return this.regionById.get(id);
  }

  /** The policy a record belongs to. */
  policy(id: string | undefined): Policy | undefined {
    return id === undefined ? undefined : this.policyById.get(id);
  }

  /** A source by id. */
  source(id: string): Source | undefined {
    return this.sourceById.get(id);
  }

  /** The category record of an id (including `any`). */
  categoryOf(id: string): Category | undefined {
    return id === ANY_CATEGORY.id ? ANY_CATEGORY : this.categoryById.get(id);
  }

  /** Final or draft, official or press report, for an incentive, fund, policy or target. */
  statusOf(record: { sourceId: string; policyId?: string } | Policy): FigureStatus {
    const policy = "title" in record ? record : this.policy(record.policyId);
    return figureStatus(policy, this.source(record.sourceId));
  }

  /** Whether an incentive comes from a draft for comment. */
  readonly isDraft = (incentive: Incentive): boolean => this.policy(incentive.policyId)?.status === "draft";

  /** The incentives of a region in a category (`any`: all of them). */
  incentives(region: Region, category: Category): readonly Incentive[] {
    const byCategory = this.incentivesIn.get(region.id);
    if (!byCategory) return [];
    if (category.id === ANY_CATEGORY.id) return [...byCategory.values()].flat();
    return byCategory.get(category.id) ?? [];
  }

  /**
   * The incentives a typed region and category name (CN.AISUBSIDY's first two arguments), with
   * #N/A for unknown names or a region without such an incentive. Remembered by the names as
   * typed, so a sheet of formulas pays two Map lookups per call.
   */
  rulesFor(regionInput: unknown, categoryInput: unknown): readonly Incentive[] {
    if (typeof regionInput === "string" && typeof categoryInput === "string") {
      const known = this.rulesByTypedNames.get(regionInput)?.get(categoryInput);
      if (known) return known;
    }
    const region = this.region(regionInput);
    const category = this.category(categoryInput);
    const rules = this.incentives(region, category);
    if (rules.length === 0) throw new AtlasError("no-incentive", this.noIncentiveMessage(region, category));
    if (typeof regionInput === "string" && typeof categoryInput === "string") {
      if (this.rulesByTypedNames.size >= TYPED_NAMES_LIMIT) this.rulesByTypedNames.clear();
      let byCategory = this.rulesByTypedNames.get(regionInput);
      if (!byCategory) this.rulesByTypedNames.set(regionInput, (byCategory = new Map()));
      byCategory.set(categoryInput, rules);
    }
    return rules;
  }

  /**
   * The most a region's rules pay for a category and amount (yuan; undefined = the cap).
   * #N/A naming what the region does have when it has no such incentive.
   */
  subsidy(region: Region, category: Category, amount?: number): SubsidyOutcome {
    const outcome = bestOutcome(this.incentives(region, category), amount, this.isDraft);
    if (outcome) return outcome;
    throw new AtlasError("no-incentive", this.noIncentiveMessage(region, category));
  }

  /** Regions ranked by what they pay for a category and amount, best first; ties share a rank. */
  rank(category: Category, amount?: number): RankedRegion[] {
    const rows: Omit<RankedRegion, "rank">[] = [];
    for (const region of this.dataset.regions) {
      const outcome = bestOutcome(this.incentives(region, category), amount, this.isDraft);
      if (outcome) rows.push({ region, outcome });
    }
    // Best first; on a tie a final rule before a draft, then dataset order (the sort is stable).
    rows.sort(
      (a, b) => b.outcome.value - a.outcome.value || Number(this.isDraft(a.outcome.incentive)) - Number(this.isDraft(b.outcome.incentive)),
    );
    return rows.map((row, i) => ({
      ...row,
      rank: i > 0 && rows[i - 1].outcome.value === row.outcome.value ? rankOfPrevious(rows, i) : i + 1,
    }));
  }

  /** The regions within a region (children, grandchildren…), nearest first. */
  descendants(region: Region): Region[] {
    const out: Region[] = [];
    const queue = [region.id];
    while (queue.length > 0) {
      const parent = queue.shift();
      for (const r of this.dataset.regions) {
        if (r.parentId === parent) {
          out.push(r);
          queue.push(r.id);
        }
      }
    }
    return out;
  }

  /** The categories a region has incentives in, in dataset category order. */
  categoriesIn(region: Region): Category[] {
    const byCategory = this.incentivesIn.get(region.id);
    return this.dataset.categories.filter((c) => (byCategory?.get(c.id)?.length ?? 0) > 0);
  }

  /**
   * A region's fund by id, name or a distinctive part of its name (`新能源`, `new energy`);
   * without a name, the region's headline AI fund.
   */
  fund(region: Region, input: unknown): Fund {
    const index = this.fundsIn.get(region.id);
    const funds = index?.all() ?? [];
    if (input === null || input === undefined || input === "") {
      const primary = funds.find((f) => f.primary) ?? (funds.length === 1 ? funds[0] : undefined);
      if (primary) return primary;
      throw new AtlasError("no-fund", this.noFundMessage(region, funds));
    }
    const name = nameArgument(input, "fund");
    const exact = index?.find(name);
    if (exact) return exact;
    const partial = pickDistinctive(index?.containing(name) ?? [], name);
    if (partial.length === 1) return partial[0];
    if (partial.length > 1) {
      throw new AtlasError(
        "unknown-fund",
        `'${name}' matches ${partial.length} funds in ${regionLabel(region)}: ${partial.map(fundLabel).join("; ")}. Name one of them.`,
      );
    }
    const elsewhere = this.allFunds.find(name);
    if (elsewhere) {
      const home = this.regionById.get(elsewhere.regionId);
      throw new AtlasError(
        "unknown-fund",
        `${fundLabel(elsewhere)} is a fund of ${home ? regionLabel(home) : elsewhere.regionId}, not of ${regionLabel(region)}.`,
      );
    }
    const suggestions = index?.suggest(name) ?? [];
    throw new AtlasError(
      "unknown-fund",
      `No fund '${name}' in ${regionLabel(region)}.${didYouMean(suggestions)}${funds.length ? ` Its funds: ${funds.map(fundLabel).join("; ")}.` : ""}`,
      suggestions[0],
    );
  }

  /** Reads the `field` argument of CN.AIFUND (default total). */
  fundField(input: unknown): FundField {
    if (input === null || input === undefined || input === "") return "total";
    const field = typeof input === "string" ? fundFieldOf(input) : undefined;
    if (field) return field;
    throw new AtlasError("bad-field", `Unknown fund field '${describeValue(input)}'. Use "total" (总规模) or "first" (首期/首批).`);
  }

  /** A fund's size in yuan: total, or first close / first batch. */
  fundFigure(fund: Fund, field: FundField): number {
    if (field === "total") return fund.total.amount;
    if (fund.first) return fund.first.amount;
    throw new AtlasError(
      "no-figure",
      `No first-close figure is published for ${fundLabel(fund)}; its total is ${fund.total.amount.toLocaleString("en-US")} yuan.`,
    );
  }

  /** A region's funds, in dataset order. */
  fundsOf(region: Region): readonly Fund[] {
    return this.fundsIn.get(region.id)?.all() ?? [];
  }

  /** Whether a name (or a distinctive part of one) matches any fund of a region. */
  hasFundNamed(region: Region, name: string): boolean {
    const index = this.fundsIn.get(region.id);
    return index !== undefined && (index.find(name) !== undefined || index.containing(name).length > 0);
  }

  /** The citation of a record: its quotes, source and status; `what` names it in messages. */
  citationOf(record: { sourceId: string; quotes: readonly string[]; policyId?: string }, what: string, status?: FigureStatus): Citation {
    const source = this.sourceById.get(record.sourceId);
    if (!source) throw new AtlasError("no-figure", `The source of ${what} is missing from the dataset.`);
    return { quotes: record.quotes, source, status: status ?? this.statusOf(record), what };
  }

  private noIncentiveMessage(region: Region, category: Category): string {
    const has = this.categoriesIn(region);
    const what = category.id === ANY_CATEGORY.id ? "incentives" : `'${category.id}' incentive`;
    if (has.length > 0) {
      return `${regionLabel(region)} has no ${what} in the dataset. It has: ${has.map((c) => c.id).join(", ")}.`;
    }
    const within = this.descendants(region).filter((r) => this.categoriesIn(r).length > 0);
    if (within.length > 0) {
      const list = within
        .map(
          (r) =>
            `${regionLabel(r)} has ${this.categoriesIn(r)
              .map((c) => c.id)
              .join(", ")}`,
        )
        .join("; ");
      return `${regionLabel(region)} has no incentives in the dataset. Within it: ${list}.`;
    }
    const withData = this.dataset.regions.filter((r) => this.categoriesIn(r).length > 0).map(regionLabel);
    return `${regionLabel(region)} has no incentives in the dataset. Regions with incentives: ${withData.join("; ")}.`;
  }

  private noFundMessage(region: Region, funds: readonly Fund[]): string {
    if (funds.length > 1) return `${regionLabel(region)} has several funds; name one: ${funds.map(fundLabel).join("; ")}.`;
    const within = this.descendants(region).filter((r) => (this.fundsIn.get(r.id)?.all().length ?? 0) > 0);
    if (within.length > 0) return `${regionLabel(region)} has no fund in the dataset. Within it: ${within.map(regionLabel).join("; ")}.`;
    const withFunds = this.dataset.regions.filter((r) => (this.fundsIn.get(r.id)?.all().length ?? 0) > 0).map(regionLabel);
    return `${regionLabel(region)} has no fund in the dataset. Regions with funds: ${withFunds.join("; ")}.`;
  }
}

function rankOfPrevious(rows: readonly { outcome: SubsidyOutcome }[], i: number): number {
  let j = i;
  while (j > 0 && rows[j - 1].outcome.value === rows[i].outcome.value) j--;
  return j + 1;
}

/** Reads a name argument: text or a number typed as a name; anything else is #VALUE!. */
export function nameArgument(input: unknown, what: string): string {
  if (typeof input === "string" && input.trim() !== "") return input;
  if (typeof input === "number" && Number.isFinite(input)) return String(input);
  if (input === null || input === undefined || input === "") {
    throw new AtlasError("bad-argument", `Give a ${what}.`);
  }
  throw new AtlasError("bad-argument", `The ${what} must be text, not ${typeof input === "boolean" ? "TRUE/FALSE" : typeof input}.`);
}

/** " Did you mean 'a' or 'b'?", or nothing without suggestions. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  return ` Did you mean ${suggestions.map((s) => `'${s}'`).join(" or ")}?`;
}

const SUFFIXES = /(?:省|市|區|区| province| city)$/i;

/** Every name a region answers to, including its name without 省/市/区 or Province/City. */
export function regionEntry(region: Region): NamedEntry<Region> {
  const base = [region.id, region.name.zhHans, region.name.zhHant, region.name.en, region.pinyin, ...region.aliases];
  const derived = base.map((n) => n.replace(SUFFIXES, "")).filter((n) => n.length >= 2);
  return { value: region, names: [...base, ...derived], label: regionLabel(region) };
}

/** Every name a category answers to. */
export function categoryEntry(category: Category): NamedEntry<Category> {
  return { value: category, names: [category.id, category.name.zh, category.name.en, ...category.aliases], label: categoryLabel(category) };
}

/** Every name a fund answers to. */
export function fundEntry(fund: Fund): NamedEntry<Fund> {
  const names = [fund.id, fund.name.zhHans, fund.name.en, ...fund.aliases];
  if (fund.name.zhHant) names.push(fund.name.zhHant);
  return { value: fund, names, label: fundLabel(fund) };
}

/**
 * Among funds matching part of a name, the one it distinctively names: a fund whose own name
 * (not only an alias) holds the part wins, then a fund over a cluster; still tied = ambiguous.
 */
function pickDistinctive(candidates: readonly Fund[], part: string): Fund[] {
  if (candidates.length <= 1) return [...candidates];
  const key = lookupKey(part);
  const score = (f: Fund): number =>
    ([f.name.zhHans, f.name.en, f.name.zhHant ?? ""].some((n) => lookupKey(n).includes(key)) ? 2 : 0) + (f.kind === "cluster" ? 0 : 1);
  const best = Math.max(...candidates.map(score));
  return candidates.filter((f) => score(f) === best);
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
