/**
 * CN.AIPACKAGE, CN.AIPACKAGETOTAL and CN.AIPACKAGERANK as pure functions of raw worksheet
 * arguments (PRODUCT.md §2 and §9): the profile is a matrix, money in `unit`, results in `unit`.
 */
import { AtlasError, describeValue } from "../errors";
import type { Atlas } from "../names/atlas";
import type { SheetLanguage } from "../rules/figure-format";
import { sourceCitation } from "../rules/labels";
import { companyPackage, rankPackages, STACKING_NOTE, type CompanyPackage, type PackageOptions } from "./package";
import { lineMarks, lineReason, lineWorking, statusWord } from "./package-text";
import { parseProfile } from "./profile";
import type { Table } from "../api/tables";
import { lookupKey } from "../text/normalise";
import { fromYuan, parseUnit, type Unit } from "../text/units";

/** The columns of CN.AIPACKAGE. */
export const PACKAGE_COLUMNS = ["category", "incentive", "status", "amount", "possible", "working", "reason", "marks", "source"] as const;
/** The columns of CN.AIPACKAGERANK. */
export const PACKAGE_RANK_COLUMNS = [
  "rank",
  "region",
  "eligible",
  "possible",
  "eligible lines",
  "unknown lines",
  "not eligible lines",
  "marks",
] as const;

/** Which total CN.AIPACKAGETOTAL returns. */
export type PackageTotal = "eligible" | "possible";

const TOTAL_NAMES: readonly (readonly [PackageTotal, readonly string[]])[] = [
  ["eligible", ["eligible", "met", "sure", "符合", "确定", "已符合"]],
  ["possible", ["possible", "potential", "max", "maximum", "可能", "最多", "潜在"]],
];

/** Reads the `which` argument (default eligible). */
export function parsePackageTotal(input: unknown): PackageTotal {
  if (input === null || input === undefined || input === "") return "eligible";
  if (typeof input === "string") {
    const key = lookupKey(input);
    for (const [which, names] of TOTAL_NAMES) if (names.some((n) => lookupKey(n) === key)) return which;
  }
  throw new AtlasError("bad-field", `Unknown total '${describeValue(input)}'. Use "eligible" (符合, the default) or "possible" (可能).`);
}

/** The package of a typed region and profile range, in yuan. */
export function packageFor(atlas: Atlas, region: unknown, profile: unknown, unit: Unit, options: PackageOptions = {}): CompanyPackage {
  const r = atlas.region(region);
  atlas.rulesFor(r.id, "any"); // #N/A naming what the region (or the regions within it) has, when it has no incentives
  return companyPackage(atlas, r, parseProfile(profile, unit), options);
}

/** CN.AIPACKAGE: header, one row per incentive, then the eligible and possible total rows. */
export function aipackage(atlas: Atlas, region: unknown, profile: unknown, unit?: unknown, options: PackageOptions = {}): Table {
  const u = parseUnit(unit);
  return packageTable(atlas, packageFor(atlas, region, profile, u, options), u);
}

/** The breakdown's header in Chinese (a static package sheet in Chinese). */
const PACKAGE_COLUMNS_ZH = ["类别", "支持内容", "判断", "金额", "可能金额", "计算", "原因", "标注", "出处"] as const;

/** The spilled breakdown of a package, amounts in `unit`; English for CN.AIPACKAGE, Chinese for a Chinese sheet. */
export function packageTable(atlas: Atlas, pkg: CompanyPackage, unit: Unit, language: SheetLanguage = "en"): Table {
  const zh = language === "zh";
  const money = (yuan: number): number => fromYuan(yuan, unit);
  const rows: Table = [zh ? [...PACKAGE_COLUMNS_ZH] : [...PACKAGE_COLUMNS]];
  for (const line of pkg.lines) {
    const source = atlas.source(line.incentive.sourceId);
    rows.push([
      line.incentive.category,
      zh ? line.incentive.description.zh : line.incentive.description.en,
      statusWord(line.status, language),
      money(line.amount),
      money(line.possible),
      lineWorking(line, unit, language),
      lineReason(line, unit, language),
      lineMarks(line, language),
      source ? sourceCitation(source, language) : line.incentive.sourceId,
    ]);
  }
  const counted = (s: string): number => pkg.lines.filter((l) => l.status === s).length;
  const note = zh ? STACKING_NOTE.zh : STACKING_NOTE.en;
  rows.push([
    zh ? "合计" : "total",
    zh ? "符合（条件全部满足）" : "eligible (every condition met)",
    "",
    money(pkg.eligible),
    "",
    zh ? `${counted("eligible")} 项符合之和` : `sum of ${counted("eligible")} eligible line(s)`,
    note,
    zh ? `测算 ${pkg.years} 年，自 ${pkg.startYear} 年起` : `horizon ${pkg.years} year(s) from ${pkg.startYear}`,
    "",
  ]);
  rows.push([
    zh ? "合计" : "total",
    zh ? "可能（待确认项按最多计）" : "possible (unknown lines at most)",
    "",
    "",
    money(pkg.possible),
    zh ? `符合 + ${counted("unknown")} 项待确认` : `eligible + ${counted("unknown")} unknown line(s)`,
    note,
    "",
    "",
  ]);
  return rows;
}

/** CN.AIPACKAGETOTAL: the eligible (default) or possible total, in `unit`. */
export function aipackagetotal(
  atlas: Atlas,
  region: unknown,
  profile: unknown,
  which?: unknown,
  unit?: unknown,
  options: PackageOptions = {},
): number {
  const w = parsePackageTotal(which);
  const u = parseUnit(unit);
  const pkg = packageFor(atlas, region, profile, u, options);
  return fromYuan(w === "eligible" ? pkg.eligible : pkg.possible, u);
}

/** CN.AIPACKAGERANK: regions ranked by eligible total, then possible total. */
export function aipackagerank(atlas: Atlas, profile: unknown, unit?: unknown, options: PackageOptions = {}): Table {
  const u = parseUnit(unit);
  const ranked = rankPackages(atlas, parseProfile(profile, u), options);
  const rows: Table = [[...PACKAGE_RANK_COLUMNS]];
  for (const { rank, pkg } of ranked) {
    const count = (s: string): number => pkg.lines.filter((l) => l.status === s).length;
    const marks = [...new Set(pkg.lines.map((l) => lineMarks(l, "en")).filter(Boolean))].join("; ");
    rows.push([
      rank,
      pkg.region.name.zhHans,
      fromYuan(pkg.eligible, u),
      fromYuan(pkg.possible, u),
      count("eligible"),
      count("unknown"),
      count("not-eligible"),
      marks,
    ]);
  }
  return rows;
}
