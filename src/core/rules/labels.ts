/**
 * How records are named and labelled for people: region labels in messages, the status of a
 * figure (policy final or draft, fund status, source kind), display quotes.
 */
import type { Category, Fund, FundStatus, Policy, PolicyStatus, Qualifier, Region, Source } from "./schema";
import { stripPinyinAnnotations } from "../text/normalise";

/** `Chengdu Hi-tech Zone (成都高新区)`: how messages name a region. */
export function regionLabel(region: Region): string {
  return `${region.name.en} (${region.name.zhHans})`;
}

/** `model (大模型研发补助)`: how messages name a category. */
export function categoryLabel(category: Category): string {
  return `${category.id} (${category.name.zh})`;
}

/** `Suzhou New Energy Industry Fund (新能源产业基金)`. */
export function fundLabel(fund: Fund): string {
  return `${fund.name.en} (${fund.name.zhHans})`;
}

/** What a figure's source is: the issuer's release, a press report, or an official's remark in it. */
export type SourceKind = "official-release" | "press-report" | "official-remark";

/**
 * How sure a figure's standing is, in three separate parts that say what the source says: the
 * policy's status (final or draft for comment), a fund's status (proposed … launched, never
 * "final"), and the kind of source (official release, press report, an official's remark).
 */
export interface FigureStatus {
  draft: boolean;
  pressReport: boolean;
  /** Stated in an official's remark (…负责人表示), not as the release's own text. */
  remark: boolean;
  /** The policy's status is the data team's inference: the source does not state it. */
  inferred: boolean;
  /** The policy's status, for a figure of a policy (absent for a fund). */
  policyStatus?: PolicyStatus;
  /** The fund's status, for a fund or programme. */
  fundStatus?: FundStatus;
  sourceKind: SourceKind;
  en: string;
  zh: string;
}

/** A fund's status in words: never "final". */
export const FUND_STATUS_WORDS: Record<FundStatus, { en: string; zh: string }> = {
  proposed: { en: "proposed", zh: "提出设立" },
  "being-set-up": { en: "being set up", zh: "筹建中" },
  "agreement-signed": { en: "agreement signed", zh: "已签约" },
  launched: { en: "launched", zh: "已设立" },
  announced: { en: "announced", zh: "已推出" },
};

/** What a record adds to its status: a fund's own status, an official's remark. */
export interface StatusFacts {
  fundStatus?: FundStatus;
  statedBy?: "official-remark";
}

/** The status of a figure from its policy (if any, and not for a fund), its source and the record's own facts. */
export function figureStatus(policy: Policy | undefined, source: Source | undefined, facts: StatusFacts = {}): FigureStatus {
  const fundStatus = facts.fundStatus;
  const policyStatus = fundStatus ? undefined : (policy?.status ?? "final");
  const draft = policyStatus === "draft";
  const pressReport = source?.kind === "press-report";
  const remark = facts.statedBy === "official-remark";
  const inferred = !fundStatus && policy?.inferred.includes("status") === true;
  const sourceKind: SourceKind = remark ? "official-remark" : pressReport ? "press-report" : "official-release";
  const first = fundStatus
    ? FUND_STATUS_WORDS[fundStatus]
    : draft
      ? { en: "DRAFT for comment (征求意见稿)", zh: "征求意见稿" }
      : inferred
        ? { en: "final (inferred: the source does not say)", zh: "正式(推断:来源未说明)" }
        : { en: "final", zh: "正式" };
  const kind = remark
    ? { en: "an official's remark (负责人表示)", zh: "负责人表示" }
    : pressReport
      ? { en: "press report", zh: "媒体报道" }
      : fundStatus
        ? { en: "official release", zh: "官方发布" }
        : undefined;
  const en = [first.en, kind?.en].filter(Boolean).join(", ");
  const zh = [first.zh, kind?.zh].filter(Boolean).join(",");
  return { draft, pressReport, remark, inferred, policyStatus, fundStatus, sourceKind, en, zh };
}

/** How a published figure is qualified, in words: "nearly (近)" for 近千亿; "exact" when unqualified. */
export function qualifierWord(qualifier: Qualifier | undefined): string {
  const words: Record<Qualifier, string> = {
    exact: "exact",
    nearly: "nearly (近)",
    about: "about (约)",
    "at-least": "at least (以上)",
    over: "over (超)",
    "up-to": "up to (最高)",
  };
  return words[qualifier ?? "exact"];
}

/** A quote as shown to users: the source's own words, reading aids removed. */
export function displayQuote(quote: string): string {
  return stripPinyinAnnotations(quote);
}

/** `《title》, publisher, date`: the short citation of a source. */
export function sourceCitation(source: Source, language: "en" | "zh" = "en"): string {
  const publisher = language === "zh" ? source.publisher.zh : source.publisher.en;
  return `《${source.title}》, ${publisher}, ${source.date}`;
}
