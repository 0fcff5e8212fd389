/**
 * CN.AIPACKAGE, CN.AIPACKAGETOTAL and CN.AIPACKAGERANK as pure functions of raw worksheet
 * arguments (PRODUCT.md §2 and §9): the profile is a matrix, money in `unit`, results in `unit`;
 * three totals: firm, eligible (an upper bound) and possible.
 */
import { AtlasError, describeValue } from "../errors";
import type { Atlas } from "../names/atlas";
import type { SheetLanguage } from "../rules/figure-format";
import { sourceCitation } from "../rules/labels";
import {
  companyPackage,
  isEmptyProfile,
  rankPackages,
  STACKING_NOTE,
  type CompanyPackage,
  type PackageLine,
  type PackageOptions,
} from "./package";
import { certaintyWord, lineMarks, lineReason, lineWorking, statusWord } from "./package-text";
import { parseProfile } from "./profile";
import type { Table } from "../api/tables";
import { lookupKey } from "../text/normalise";
import { fromYuan, parseUnit, type Unit } from "../text/units";

/** The columns of CN.AIPACKAGE. */
export const PACKAGE_COLUMNS = [
  "category",
  "incentive",
  "status",
  "certainty",
  "firm",
  "eligible",
  "possible",
  "working",
  "reason",
  "marks",
  "source",
] as const;
/** The columns of CN.AIPACKAGERANK. */
export const PACKAGE_RANK_COLUMNS = [
  "rank",
  "region",
  "firm",
  "eligible (upper bound)",
  "possible",
  "eligible lines",
  "unknown lines",
  "not eligible lines",
  "marks",
] as const;

/** Which total CN.AIPACKAGETOTAL returns. */
export type PackageTotal = "firm" | "eligible" | "possible";

const TOTAL_NAMES: readonly (readonly [PackageTotal, readonly string[]])[] = [
  ["firm", ["firm", "sure", "certain", "确定", "确定金额"]],
  ["eligible", ["eligible", "met", "upper bound", "符合", "已符合", "符合上限"]],
  ["possible", ["possible", "potential", "max", "maximum", "可能", "最多", "潜在"]],
];

/** Reads the `which` argument (default eligible). */
export function parsePackageTotal(input: unknown): PackageTotal {
  if (input === null || input === undefined || input === "") return "eligible";
  if (typeof input === "string") {
    const key = lookupKey(input);
    for (const [which, names] of TOTAL_NAMES) if (names.some((n) => lookupKey(n) === key)) return which;
  }
  throw new AtlasError(
    "bad-field",
    `Unknown total '${describeValue(input)}'. Use "firm" (确定), "eligible" (符合, the default: an upper bound) or "possible" (可能).`,
  );
}

/** The package of a typed region and profile range, in yuan. */
export function packageFor(atlas: Atlas, region: unknown, profile: unknown, unit: Unit, options: PackageOptions = {}): CompanyPackage {
  const r = atlas.region(region);
  atlas.rulesFor(r.id, "any"); // #N/A naming what the region (or the regions within it) has, when it has no incentives
  return companyPackage(atlas, r, parseProfile(profile, unit), options);
}

/** CN.AIPACKAGE: header, one row per incentive, then the firm, eligible and possible total rows. */
export function aipackage(atlas: Atlas, region: unknown, profile: unknown, unit?: unknown, options: PackageOptions = {}): Table {
  const u = parseUnit(unit);
  return packageTable(atlas, packageFor(atlas, region, profile, u, options), u);
}

/** The breakdown's header in Chinese (a static package sheet in Chinese). */
const PACKAGE_COLUMNS_ZH = [
  "类别",
  "支持内容",
  "判断",
  "金额确定性",
  "确定金额",
  "符合金额(上限)",
  "可能金额",
  "计算",
  "原因",
  "标注",
  "出处",
] as const;

/** The spilled breakdown of a package, amounts in `unit`; English for CN.AIPACKAGE, Chinese for a Chinese sheet. */
export function packageTable(atlas: Atlas, pkg: CompanyPackage, unit: Unit, language: SheetLanguage = "en"): Table {
  const zh = language === "zh";
  const money = (yuan: number): number => fromYuan(yuan, unit);
  const rows: Table = [zh ? [...PACKAGE_COLUMNS_ZH] : [...PACKAGE_COLUMNS]];
  for (const line of pkg.lines) {
    const source = atlas.source(line.incentive.sourceId);
    // A line paid to someone else shows its arithmetic but no figure in the company's columns.
    const figure = (yuan: number): number | string => (line.paidToOther ? "" : money(yuan));
    rows.push([
      line.incentive.category,
      zh ? line.incentive.description.zh : line.incentive.description.en,
      statusWord(line.status, language),
      certaintyWord(line.certainty, language),
      line.certainty === "firm" ? figure(line.firm) : "",
      figure(line.amount),
      figure(line.possible),
      lineWorking(line, unit, language),
      lineReason(line, unit, language),
      lineMarks(line, language),
      source ? sourceCitation(source, language) : line.incentive.sourceId,
    ]);
  }
  const counted = (test: (l: PackageLine) => boolean): number => pkg.lines.filter((l) => !l.paidToOther && test(l)).length;
  const firmLines = counted((l) => l.status === "eligible" && l.certainty === "firm");
  const upToLines = counted((l) => l.status === "eligible" && l.certainty === "up-to");
  const unknownLines = counted((l) => l.status === "unknown");
  const assumedOne = pkg.lines.some(
    (l) => !l.paidToOther && l.status === "unknown" && l.working.timesField !== undefined && l.missing.includes(l.working.timesField),
  );
  const others = pkg.lines.filter((l) => l.paidToOther).length;
  const note = [zh ? STACKING_NOTE.zh : STACKING_NOTE.en, others > 0 ? otherPayeesNote(others, language) : ""].filter(Boolean).join(" ");
  const horizon = zh ? `测算 ${pkg.years} 年，自 ${pkg.startYear} 年起` : `horizon ${pkg.years} year(s) from ${pkg.startYear}`;
  const total = zh ? "合计" : "total";
  rows.push([
    total,
    zh ? "确定（条件满足，金额由公布的比例或固定奖励确定）" : "firm (conditions met, amount set by a published rate or fixed award)",
    "",
    certaintyWord("firm", language),
    money(pkg.firm),
    "",
    "",
    zh ? `${firmLines} 项确定金额之和` : `sum of ${firmLines} firm line(s)`,
    note,
    horizon,
    "",
  ]);
  rows.push([
    total,
    zh ? "符合（上限：最高额项按最高额计）" : "eligible, upper bound (up-to lines at their ceilings)",
    "",
    certaintyWord("up-to", language),
    "",
    money(pkg.eligible),
    "",
    zh ? `确定 + ${upToLines} 项按最高额` : `firm + ${upToLines} up-to line(s) at their ceilings`,
    note,
    "",
    "",
  ]);
  const assumedNote = assumedOne ? (zh ? "；数量未填的奖励按 1 项计" : "; one award counted where the count is not given") : "";
  rows.push([
    total,
    zh ? "可能（待确认项按最高额计）" : "possible (unknown lines at their ceilings)",
    "",
    certaintyWord("up-to", language),
    "",
    "",
    money(pkg.possible),
    zh ? `符合 + ${unknownLines} 项待确认${assumedNote}` : `eligible + ${unknownLines} unknown line(s)${assumedNote}`,
    note,
    "",
    "",
  ]);
  return rows;
}

function otherPayeesNote(count: number, language: SheetLanguage): string {
  return language === "zh"
    ? `${count} 项支付给企业以外的对象（团队或个人，或仅限AI芯片企业），已列出但不计入合计。`
    : `${count} line(s) paid to someone other than the company (a team or person, or AI chip makers only) are shown, not summed.`;
}

/** CN.AIPACKAGETOTAL: the eligible (default), firm or possible total, in `unit`. */
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
  return fromYuan(pkg[w], u);
}

/** CN.AIPACKAGERANK: regions ranked by eligible total, then possible total; an empty profile ranks nothing. */
export function aipackagerank(atlas: Atlas, profile: unknown, unit?: unknown, options: PackageOptions = {}): Table {
  const u = parseUnit(unit);
  const parsed = parseProfile(profile, u);
  if (isEmptyProfile(parsed)) {
    throw new AtlasError(
      "bad-field",
      "The profile is empty: fill in at least one field (computeSpend, modelRndCost, rndInput, highEndHires…) to rank regions.",
    );
  }
  const ranked = rankPackages(atlas, parsed, options);
  const rows: Table = [[...PACKAGE_RANK_COLUMNS]];
  for (const { rank, pkg } of ranked) {
    const count = (s: string): number => pkg.lines.filter((l) => l.status === s).length;
    const marks = [...new Set(pkg.lines.map((l) => lineMarks(l, "en")).filter(Boolean))].join("; ");
    rows.push([
      rank,
      pkg.region.name.zhHans,
      fromYuan(pkg.firm, u),
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
