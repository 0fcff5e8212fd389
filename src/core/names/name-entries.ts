/**
 * The names a record answers to (a region also without 省/市/区), how a name argument is read,
 * the "did you mean" wording, the `any` category and CN.AIFUND's field names: the vocabulary the
 * Atlas's lookups are built from.
 */
import { AtlasError } from "../errors";
import { categoryLabel, fundLabel, regionLabel } from "../rules/labels";
import type { NamedEntry } from "./name-index";
import type { Category, Fund, Region } from "../rules/schema";
import { lookupKey } from "../text/normalise";

/** `any`: the largest single cap (or payment, given an amount) in a region. */
export const ANY_CATEGORY: Category = {
  id: "any",
  name: { zh: "任意类别(单项最高)", en: "Any (largest single incentive)" },
  aliases: ["all", "max", "best", "任意", "全部", "所有", "最高", "单项最高"],
  description: { zh: "该地区单项最高的补贴", en: "The largest single incentive in the region" },
};

/**
 * Which figure of a fund: its total size, its planned first phase (首期规模) or first batch (首批),
 * how the total is qualified (近千亿: nearly) or its status (proposed … launched, and the source kind).
 */
export type FundField = "total" | "first" | "qualifier" | "status";

const FUND_FIELD_NAMES: readonly (readonly [FundField, readonly string[]])[] = [
  ["total", ["total", "size", "fund size", "总规模", "规模", "总额", "total size"]],
  [
    "first",
    [
      "first",
      "first phase",
      "planned first phase",
      "first close",
      "initial",
      "first batch",
      "首期",
      "首期规模",
      "首批",
      "首批规模",
      "一期",
    ],
  ],
  ["qualifier", ["qualifier", "total qualifier", "how exact", "限定", "修饰", "规模说明"]],
  ["status", ["status", "fund status", "状态", "进展"]],
];
let fundFields: ReadonlyMap<string, FundField> | undefined;

/** The fund field a name means; the map is built on first use, not at import. */
export function fundFieldOf(name: string): FundField | undefined {
  fundFields ??= new Map(FUND_FIELD_NAMES.flatMap(([field, names]) => names.map((n) => [lookupKey(n), field] as const)));
  return fundFields.get(lookupKey(name));
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
export function pickDistinctive(candidates: readonly Fund[], part: string): Fund[] {
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
