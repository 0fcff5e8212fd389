/**
 * The loaded dataset with its lookups: resolve what users type to regions, categories and funds,
 * and answer the questions of the formula API (subsidy, fund size, ranking, citation). An `Atlas`
 * is immutable; a refresh builds a new one and swaps it in whole.
 */
import { AtlasError, describeValue } from "../errors";
import { figureStatus, fundLabel, regionLabel, type FigureStatus } from "../rules/labels";
import {
  ANY_CATEGORY,
  categoryEntry,
  didYouMean,
  fundEntry,
  fundFieldOf,
  groupBy,
  nameArgument,
  pickDistinctive,
  regionEntry,
  type FundField,
} from "./name-entries";
import { NameIndex } from "./name-index";
import { noFundMessage, noIncentiveMessage } from "./not-found";
import type { Category, Dataset, Fund, Incentive, Policy, Region, Source } from "../rules/schema";
import { bestOutcome, type SubsidyOutcome } from "../rules/subsidy";

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
  statusOf(record: { sourceId: string; policyId?: string; statedBy?: "official-remark" } | Policy | Fund): FigureStatus {
    const policy = "title" in record ? record : this.policy(record.policyId);
    const fundStatus = "total" in record ? record.status : undefined;
    return figureStatus(policy, this.source(record.sourceId), { fundStatus, statedBy: record.statedBy });
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
    if (rules.length === 0) throw new AtlasError("no-incentive", noIncentiveMessage(this, region, category));
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
    throw new AtlasError("no-incentive", noIncentiveMessage(this, region, category));
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
      throw new AtlasError("no-fund", noFundMessage(this, region, funds));
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
    throw new AtlasError(
      "bad-field",
      `Unknown fund field '${describeValue(input)}'. Use "total" (总规模), "first" (首期/首批), "qualifier" or "status" (状态).`,
    );
  }

  /** A fund's size in yuan: total, or planned first phase / first batch. */
  fundFigure(fund: Fund, field: "total" | "first"): number {
    if (field === "total") return fund.total.amount;
    if (fund.first) return fund.first.amount;
    throw new AtlasError(
      "no-figure",
      `No first-phase or first-batch figure is published for ${fundLabel(fund)}; its total is ${fund.total.amount.toLocaleString("en-US")} yuan.`,
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
}

function rankOfPrevious(rows: readonly { outcome: SubsidyOutcome }[], i: number): number {
  let j = i;
  while (j > 0 && rows[j - 1].outcome.value === rows[i].outcome.value) j--;
  return j + 1;
}
