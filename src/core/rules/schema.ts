/**
 * The dataset's schema: the single definition of what a valid AI Policy Atlas dataset is.
 *
 * It lives in `core` (not `data`) because every domain type is derived from it and `core` may
 * import nothing of ours; `zod` is a pure library, so `core` stays free of Office, React and
 * fetch. `data` validates and loads with it. It uses `zod/mini` (the tree-shakable form of zod 4)
 * because the schema ships in the JavaScript that runs before the functions register.
 */
import * as z from "zod/mini";
import { aliases, datasetVersion, isoDate, list, name, sourceUrl, text } from "./schema-atoms";
import { LIMITS } from "./limits";

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'"), z.maxLength(64));
/** Integer CNY (yuan). Money is never a float: 1万 = 10,000; 1亿 = 100,000,000. */
const yuan = z.number().check(z.int(), z.gte(0), z.lte(1e15));
const year = z.number().check(z.int(), z.gte(1990), z.lte(2100));
const count = z.number().check(z.int(), z.gt(0));
const quantityValue = z.number().check(z.gte(0), z.lte(1e16));

/** A text in Chinese (as the source writes it, Simplified script) and English. */
export const Bilingual = z.strictObject({ zh: text, en: text });

/** How a published figure is qualified: "近千亿" is nearly, "8000亿元以上" at least, "超3000家" over. */
export const Qualifier = z.enum(["exact", "nearly", "about", "at-least", "over", "up-to"]);

/** A quantity as stated, with its qualifier ("10余个" = over 10). */
export const Quantity = z.strictObject({
  value: quantityValue,
  qualifier: z._default(Qualifier, "exact"),
});

/** An amount of money in yuan, with its qualifier. */
export const Money = z.strictObject({
  amount: yuan,
  qualifier: z._default(Qualifier, "exact"),
});

/** Every record cites a source and carries the verbatim passages that state it (first = main). */
const cited = {
  sourceId: id,
  quotes: z.array(text).check(z.minLength(1), z.maxLength(8)),
  /** An official's remark (…负责人表示) inside the source, rather than the source's own statement. */
  statedBy: z.optional(z.enum(["official-remark"])),
};

/** Fields of a record the source does not state and the data team inferred (shown as inferred). */
const inferred = z._default(z.array(z.enum(["beneficiary", "sponsors", "status", "firstBatch"])), []);

export const Source = z.strictObject({
  id,
  file: z.string().check(z.maxLength(200), z.regex(/^[\w.-]+\.txt$/, "a file name in seeds/")),
  title: text,
  titleEn: text,
  publisher: Bilingual,
  date: isoDate,
  dateNote: z.optional(text),
  url: z.nullable(sourceUrl),
  /** An official release states the issuer's figures; a press report is someone's account of them. */
  kind: z.enum(["official-release", "press-report"]),
  language: z.enum(["zh-Hans", "zh-Hant"]),
});

/** A subsidy category users type into CN.AISUBSIDY: its id never changes once published. */
export const Category = z.strictObject({
  id,
  name: Bilingual,
  aliases,
  description: Bilingual,
});

export const RegionLevel = z.enum(["province", "city", "district"]);

export const Region = z.strictObject({
  id,
  level: RegionLevel,
  parentId: z.nullable(id),
  name: z.strictObject({ zhHans: name, zhHant: name, en: name }),
  pinyin: z.string().check(z.maxLength(LIMITS.pinyin), z.regex(/^[a-z ]+$/i, "pinyin is Latin letters and spaces")),
  aliases,
  /** What the level means here (a national high-tech zone is not an administrative district). */
  levelNote: z.optional(Bilingual),
});

export const FundKind = z.enum(["fund", "fund-of-funds", "program", "cluster"]);
/**
 * What the source says of a fund or programme: proposed (提出设立), being set up (筹建, 推动组建),
 * agreement signed (签约), launched, or announced (推出, a programme). Never "final".
 */
export const FundStatus = z.enum(["proposed", "being-set-up", "agreement-signed", "launched", "announced"]);

export const Fund = z.strictObject({
  id,
  regionId: id,
  policyId: z.optional(id),
  /** The cluster or batch this fund belongs to. */
  parentId: z.optional(id),
  kind: FundKind,
  name: z.strictObject({ zhHans: name, zhHant: z.optional(name), en: name }),
  aliases,
  total: Money,
  /** A planned first phase (首期规模, per an agreement), or first batch (首批) for a cluster. */
  first: z.optional(Money),
  firstLabel: z.optional(z.enum(["planned-first-phase", "first-batch"])),
  /** The funds that make up a cluster's first batch (首批), by id. */
  firstBatch: z._default(z.array(id), []),
  focus: z.optional(Bilingual),
  sponsors: z._default(list(Bilingual), []),
  status: FundStatus,
  pipeline: z.optional(z.strictObject({ projects: Quantity, note: Bilingual })),
  /** The region's headline AI fund: what CN.AIFUND(region) returns when no fund is named. */
  primary: z._default(z.boolean(), false),
  inferred,
  ...cited,
});

export const PolicyStatus = z.enum(["final", "draft"]);

export const Policy = z.strictObject({
  id,
  regionId: id,
  title: z.strictObject({ zh: text, en: text }),
  issuer: Bilingual,
  /** draft = 征求意见稿 (draft for comment): its figures may change before it is final. */
  status: PolicyStatus,
  published: z.optional(isoDate),
  period: z.optional(z.strictObject({ from: year, to: year })),
  measures: z.optional(count),
  directions: z.optional(count),
  parts: z.optional(count),
  measureList: z.optional(list(Bilingual)),
  budget: z.optional(z.strictObject({ amount: yuan, years: z.optional(count), note: Bilingual })),
  /** Share of the clauses granted without application (免申即享). */
  autoGrantShare: z.optional(Quantity),
  /** Categorical facts the source states: technology focus, carriers, named measures, scenario domains. */
  facts: z._default(
    z.array(z.strictObject({ kind: z.enum(["tech-focus", "carrier", "named-measure", "scenario-domain"]), zh: text, en: text })),
    [],
  ),
  inferred,
  ...cited,
});

/**
 * How a rule turns an amount into a payment:
 * - rate: rate × amount, capped; 0 below the minimum;
 * - spend-ceiling: only a ceiling is published (tiers or rate unpublished): min(amount, cap) bounds it, an upper bound;
 * - ceiling: a policy's overall cap with no published basis; computed like a spend ceiling;
 * - award: a prize or fixed award, the amount is ignored;
 * - per-person: a grant per person, the amount is ignored.
 */
export const IncentiveKind = z.enum(["rate", "spend-ceiling", "ceiling", "award", "per-person"]);

/**
 * The fields of a company profile (政策计算器, PRODUCT.md §9) that eligibility conditions and
 * amounts refer to. Their names, units and aliases live in `profile-fields.ts`.
 */
export const ProfileFieldId = z.enum([
  "computeSpend",
  "modelRndCost",
  "modelParameters",
  "modelLeading",
  "rndInput",
  "rndIntensity",
  "highEndHires",
  "awardTeams",
  "dataAward",
  "computeCase",
  "benchmarkScenarios",
  "scenarioSolutions",
  "makesAiChips",
  "years",
]);

/**
 * One machine-readable eligibility condition: the profile's `field` compared (`gt` >, `gte` ≥ (含),
 * `eq` =) with `value` (a number, or true for a yes/no judgement). `zh` is the source's own words
 * for it (a passage of the incentive's quotes); `en` translates it.
 */
export const EligibilityCondition = z.strictObject({
  zh: text,
  en: text,
  field: ProfileFieldId,
  op: z.enum(["gt", "gte", "eq"]),
  value: z.union([quantityValue, z.boolean()]),
  /** The source's words leave the boundary itself open (超过千亿级): exactly `value` is unknown, to confirm. */
  atValue: z.optional(z.literal("unknown")),
});

/**
 * How many times a rule pays in a package: per year × the horizon's `years`, per person × a
 * headcount, per award × a count of awards. `zh`/`en` say what is counted, in the source's words.
 */
export const Multiplier = z.strictObject({
  by: z.enum(["per-year", "per-person", "per-award"]),
  field: ProfileFieldId,
  zh: z.optional(text),
  en: z.optional(text),
});

export const Incentive = z.strictObject({
  id,
  regionId: id,
  policyId: id,
  category: id,
  kind: IncentiveKind,
  cap: yuan,
  /** up-to = 最高 (the most it pays); fixed = the award is that amount. */
  capType: z.enum(["up-to", "fixed"]),
  /** firm = a published rule sets the amount (rate × basis capped, a fixed award); up-to = only a ceiling is published. */
  certainty: z.enum(["firm", "up-to"]),
  rate: z.optional(z.number().check(z.gt(0), z.lte(1))),
  basis: z.optional(Bilingual),
  /** The rule pays nothing below this amount of its basis (inclusive: 含). */
  minimum: z.optional(yuan),
  /** not-stated: the source gives no period (a draft's overall cap). */
  period: z.enum(["once", "per-year", "per-person", "not-stated"]),
  tiered: z._default(z.boolean(), false),
  beneficiary: Bilingual,
  /** Who is paid: the company, or a team or person (团队或个人), never added to a company's totals. */
  payee: z._default(z.enum(["company", "team-or-person"]), "company"),
  /** A yes/no profile field that must be yes for the company to be the payee (a chip-only policy: makesAiChips). */
  payeeIf: z.optional(ProfileFieldId),
  description: Bilingual,
  /** Every condition must hold for the rule to pay (schema 2: each machine-readable). */
  conditions: z._default(list(EligibilityCondition), []),
  /** The money field of a profile the rate or reimbursement applies to; absent = the source publishes no basis. */
  basisField: z.optional(ProfileFieldId),
  /** How many times the rule pays in a package; absent = once. */
  multiplier: z.optional(Multiplier),
  inferred,
  ...cited,
});

export const Target = z.strictObject({
  id,
  regionId: id,
  policyIds: z._default(list(id), []),
  metric: Bilingual,
  value: quantityValue,
  unit: z.enum(["CNY", "count", "share"]),
  qualifier: z._default(Qualifier, "exact"),
  /** target = the goal; stretch = 力争 (strive for); actual = already achieved. */
  kind: z.enum(["target", "stretch", "actual"]),
  year: z.optional(year),
  horizonYears: z.optional(count),
  ...cited,
});

export const NotDataEntry = z.strictObject({
  sourceId: id,
  text,
  reason: text,
});

/** The dataset format this add-in reads; a dataset of another format is refused with a message. */
export const SCHEMA_VERSION = 2;

export const Dataset = z.strictObject({
  /** 2 since eligibility conditions, basis fields and multipliers became machine-readable. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Dotted date with optional revision: 2025.03.22, 2025.03.22.2 */
  version: datasetVersion,
  asOf: isoDate,
  publisher: text,
  sources: z.array(Source).check(z.minLength(1), z.maxLength(LIMITS.sources)),
  categories: z.array(Category).check(z.minLength(1), z.maxLength(LIMITS.categories)),
  regions: z.array(Region).check(z.minLength(1), z.maxLength(LIMITS.regions)),
  funds: z.array(Fund).check(z.maxLength(LIMITS.records)),
  policies: z.array(Policy).check(z.maxLength(LIMITS.records)),
  incentives: z.array(Incentive).check(z.maxLength(LIMITS.records)),
  targets: z.array(Target).check(z.maxLength(LIMITS.records)),
  /** Figures in the sources deliberately not recorded as data, each with its reason. */
  notData: z._default(z.array(NotDataEntry).check(z.maxLength(LIMITS.records)), []),
});

export type Bilingual = z.infer<typeof Bilingual>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Quantity = z.infer<typeof Quantity>;
export type Money = z.infer<typeof Money>;
export type Source = z.infer<typeof Source>;
export type Category = z.infer<typeof Category>;
export type RegionLevel = z.infer<typeof RegionLevel>;
export type Region = z.infer<typeof Region>;
export type FundKind = z.infer<typeof FundKind>;
export type FundStatus = z.infer<typeof FundStatus>;
export type Fund = z.infer<typeof Fund>;
export type PolicyStatus = z.infer<typeof PolicyStatus>;
export type Policy = z.infer<typeof Policy>;
export type IncentiveKind = z.infer<typeof IncentiveKind>;
export type ProfileFieldId = z.infer<typeof ProfileFieldId>;
export type EligibilityCondition = z.infer<typeof EligibilityCondition>;
export type Multiplier = z.infer<typeof Multiplier>;
export type Incentive = z.infer<typeof Incentive>;
export type Target = z.infer<typeof Target>;
export type NotDataEntry = z.infer<typeof NotDataEntry>;
export type Dataset = z.infer<typeof Dataset>;
/** The dataset as written in JSON, before defaults are applied. */
export type DatasetInput = z.input<typeof Dataset>;
