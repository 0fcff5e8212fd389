/**
 * The dataset's schema: the single definition of what a valid AI Policy Atlas dataset is.
 *
 * It lives in `core` (not `data`) because every domain type is derived from it and `core` may
 * import nothing of ours; `zod` is a pure library, so `core` stays free of Office, React and
 * fetch. `data` validates and loads with it. It uses `zod/mini` (the tree-shakable form of zod 4)
 * because the schema ships in the JavaScript that runs before the functions register.
 */
import * as z from "zod/mini";
import { sourceUrlProblem } from "../text/links";
import { realDateTime, versionDateTime } from "./dates";
import { LIMITS, unsafeTextProblem } from "./limits";

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'"), z.maxLength(64));
const text = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(LIMITS.text),
  z.refine(
    (s) => unsafeTextProblem(s) === undefined,
    "text must not start with = + - @ (or full-width forms) nor hold control, bidi or zero-width characters",
  ),
);
/** A record's names and aliases (bounded in length and number: "did you mean" walks them). */
const name = text.check(z.maxLength(LIMITS.name));
const aliases = z._default(z.array(name).check(z.maxLength(LIMITS.aliases)), []);
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(LIMITS.perRecordList));
const isoDate = z
  .string()
  .check(z.refine((s) => realDateTime(s) !== undefined, "dates are real dates, YYYY-MM-DD (or YYYY-MM when only the month is known)"));
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
};

export const Source = z.strictObject({
  id,
  file: z.string().check(z.maxLength(200), z.regex(/^[\w.-]+\.txt$/, "a file name in seeds/")),
  title: text,
  titleEn: text,
  publisher: Bilingual,
  date: isoDate,
  dateNote: z.optional(text),
  url: z.nullable(
    z.string().check(
      z.maxLength(LIMITS.url),
      z.refine(
        (s) => sourceUrlProblem(s) === undefined,
        "a source URL is http(s), names a full host, has no user info or hidden characters",
      ),
    ),
  ),
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
});

export const FundKind = z.enum(["fund", "fund-of-funds", "program", "cluster"]);
export const FundStatus = z.enum(["agreement-signed", "forming", "proposed", "launched"]);

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
  /** First close (首期), or first batch (首批) for a cluster. */
  first: z.optional(Money),
  firstLabel: z.optional(z.enum(["first-close", "first-batch"])),
  focus: z.optional(Bilingual),
  sponsors: z._default(list(Bilingual), []),
  status: FundStatus,
  pipeline: z.optional(z.strictObject({ projects: Quantity, note: Bilingual })),
  /** The region's headline AI fund: what CN.AIFUND(region) returns when no fund is named. */
  primary: z._default(z.boolean(), false),
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
  ...cited,
});

/**
 * How a rule turns an amount into a payment:
 * - rate: rate × amount, capped; 0 below the minimum;
 * - reimbursement: the amount itself, capped (no published rate);
 * - ceiling: a policy's overall cap with no published basis; computed like a reimbursement;
 * - award: a prize or fixed award, the amount is ignored;
 * - per-person: a grant per person, the amount is ignored.
 */
export const IncentiveKind = z.enum(["rate", "reimbursement", "ceiling", "award", "per-person"]);

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
  rate: z.optional(z.number().check(z.gt(0), z.lte(1))),
  basis: z.optional(Bilingual),
  /** The rule pays nothing below this amount of its basis (inclusive: 含). */
  minimum: z.optional(yuan),
  period: z.enum(["once", "per-year", "per-person"]),
  tiered: z._default(z.boolean(), false),
  beneficiary: Bilingual,
  description: Bilingual,
  /** Every condition must hold for the rule to pay (schema 2: each machine-readable). */
  conditions: z._default(list(EligibilityCondition), []),
  /** The money field of a profile the rate or reimbursement applies to; absent = the source publishes no basis. */
  basisField: z.optional(ProfileFieldId),
  /** How many times the rule pays in a package; absent = once. */
  multiplier: z.optional(Multiplier),
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
  version: z.string().check(z.refine((s) => versionDateTime(s) !== undefined, "version is a real date, YYYY.MM.DD or YYYY.MM.DD.N")),
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
