/**
 * How records are named and labelled for people: region labels in messages, the status of a
 * figure (final or draft for comment, official or press report), display quotes.
 */
import type { Category, Fund, Policy, Region, Source } from "./schema";
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

/** Whether a figure is final or a draft for comment, and whether only a press report states it. */
export interface FigureStatus {
  draft: boolean;
  pressReport: boolean;
  en: string;
  zh: string;
}

/** The status of a figure from its policy (if any) and its source. */
export function figureStatus(policy: Policy | undefined, source: Source | undefined): FigureStatus {
  const draft = policy?.status === "draft";
  const pressReport = source?.kind === "press-report";
  const en = [draft ? "DRAFT for comment (征求意见稿)" : "final", pressReport ? "press report" : ""].filter(Boolean).join(", ");
  const zh = [draft ? "征求意见稿" : "正式", pressReport ? "媒体报道" : ""].filter(Boolean).join(",");
  return { draft, pressReport, en, zh };
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
