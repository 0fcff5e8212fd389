/**
 * The plan of a package sheet (PRODUCT.md §9): the profile as input cells, then either live
 * `CN.AIPACKAGETOTAL` / `CN.AIPACKAGE` formulas that reference them (edit a value and the sheet
 * recalculates), or static values with a Sources block citing each line. The grid's `values`
 * are the core's own answers, so the pane previews exactly what Excel will show.
 */
import { cellAddress, rangeAddress, type CellRef } from "./a1";
import type { Atlas } from "../names/atlas";
import { AtlasError } from "../errors";
import { unitNumberFormat, type SheetLanguage } from "../rules/figure-format";
import { companyPackage, STACKING_NOTE, type CompanyPackage } from "../package/package";
import { packageTable } from "../package/package-formulas";
import { profileValueText } from "../package/package-text";
import { PROFILE_FIELDS } from "../package/profile-fields";
import type { Profile } from "../package/profile";
import { GridBuilder, type SheetGrid } from "./sheet-grid";
import { planSources, type SourcesPlan } from "./sources-plan";
import { applyIncentive } from "../rules/subsidy";
import { UNITS, type Unit } from "../text/units";

/** What the user chose in the Profile view. */
export interface PackageSheetOptions {
  regionId: string;
  /** Values in yuan (money) as the Profile view holds them. */
  profile: Profile;
  unit: Unit["id"];
  mode: "live" | "static";
  language: SheetLanguage;
  /** First year of the horizon (the pane passes this year). */
  startYear?: number;
}

/** A planned package sheet. */
export interface PackageSheetPlan {
  options: PackageSheetOptions;
  sheetName: string;
  grid: SheetGrid;
  pkg: CompanyPackage;
  /** Absolute addresses the formulas use and the writer formats. */
  addresses: {
    region: string;
    unit: string;
    profile: string;
    firm: string;
    eligible: string;
    possible: string;
    breakdown: string;
    inputs: string;
  };
  /** The breakdown's first cell (where CN.AIPACKAGE spills from, in live mode). */
  breakdown: CellRef;
  /** Static mode: the Sources block citing each line. */
  sources?: SourcesPlan;
}

/** The package sheet's name in each language (a clash adds " (2)"…). */
export const PACKAGE_SHEET_NAME = { en: "AI Package", zh: "AI政策包" } as const;

const REGION_ROW = 1;
const UNIT_ROW = 2;
const HEADER_ROW = 4;
const FIRST_FIELD_ROW = 5;
const COLUMNS = 11;

/** The unit as typed into the sheet's unit cell (each spelling parses back to the unit). */
const UNIT_ARGUMENT: Record<Unit["id"], { en: string; zh: string }> = {
  yuan: { en: "CNY", zh: "元" },
  thousand: { en: "thousand", zh: "千元" },
  wan: { en: "万", zh: "万元" },
  million: { en: "million", zh: "百万元" },
  yi: { en: "亿", zh: "亿元" },
  billion: { en: "billion", zh: "十亿元" },
};

/** Plans the sheet. Throws an AtlasError for an unknown region or unit, or a region without incentives. */
export function planPackageSheet(atlas: Atlas, options: PackageSheetOptions): PackageSheetPlan {
  const unit = UNITS.find((u) => u.id === options.unit);
  if (!unit) throw new AtlasError("bad-unit", `Unknown unit '${options.unit}'.`);
  const region = atlas.regionOf(options.regionId);
  if (!region) throw new AtlasError("unknown-region", `Unknown region id '${options.regionId}'.`);
  atlas.rulesFor(region.id, "any");
  const zh = options.language === "zh";
  const pkg = companyPackage(atlas, region, options.profile, { startYear: options.startYear });
  // Live cells show what CN.AIPACKAGE returns (English, like every CN.* table); static ones the sheet's language.
  const table = packageTable(atlas, pkg, unit, options.mode === "live" ? "en" : options.language);
  const lastFieldRow = FIRST_FIELD_ROW + PROFILE_FIELDS.length - 1;
  const firmRow = lastFieldRow + 2;
  const eligibleRow = firmRow + 1;
  const possibleRow = eligibleRow + 1;
  const noteRow = possibleRow + 1;
  const breakdownRow = noteRow + 2;
  const grid = new GridBuilder(breakdownRow + table.length, COLUMNS);
  const money = unitNumberFormat(unit);
  const abs = (row: number, column: number): string => cellAddress(row, column, { row: true, column: true });
  const addresses = {
    region: abs(REGION_ROW, 1),
    unit: abs(UNIT_ROW, 1),
    profile: `${abs(FIRST_FIELD_ROW, 0)}:${abs(lastFieldRow, 1)}`,
    firm: cellAddress(firmRow, 1),
    eligible: cellAddress(eligibleRow, 1),
    possible: cellAddress(possibleRow, 1),
    breakdown: rangeAddress(breakdownRow, 0, breakdownRow + table.length - 1, COLUMNS - 1),
    inputs: rangeAddress(REGION_ROW, 1, lastFieldRow, 1),
  };

  grid.text(0, 0, title(options, region.name.zhHans, atlas.dataset.version), "title");
  grid.text(REGION_ROW, 0, zh ? "地区" : "Region", "parameter-label");
  grid.text(REGION_ROW, 1, region.name.zhHans, "parameter");
  grid.text(UNIT_ROW, 0, zh ? "单位" : "Unit", "parameter-label");
  grid.text(UNIT_ROW, 1, UNIT_ARGUMENT[unit.id][options.language], "parameter");
  grid.text(
    3,
    0,
    zh
      ? "在 B 列填写企业情况；不清楚的项留空（相关支持显示为待确认）。"
      : "Fill in column B; leave a value empty when unknown (its incentives show as unknown).",
    "hint",
  );
  (zh ? ["字段", "值", "说明"] : ["Field", "Value", "What"]).forEach((h, c) => grid.text(HEADER_ROW, c, h, "column-label"));
  PROFILE_FIELDS.forEach((field, i) => {
    const row = FIRST_FIELD_ROW + i;
    grid.text(row, 0, zh ? field.name.zh : field.id, "key");
    const value = options.profile.get(field.id);
    const hint = zh ? field.hint.zh : field.hint.en;
    grid.text(row, 2, field.kind === "money" ? `${hint} (${zh ? unit.label.zh : unit.label.en})` : hint, "hint");
    if (value === undefined) grid.blank(row, 1, field.kind === "money" ? money : "General", "parameter");
    else if (typeof value === "boolean") grid.text(row, 1, profileValueText(field.id, value, unit, options.language), "parameter");
    else if (field.kind === "money") grid.number(row, 1, value / unit.multiplier, money, "parameter");
    else if (field.kind === "fraction") grid.number(row, 1, value, "0.##%", "parameter");
    else grid.number(row, 1, value, field.kind === "number" ? "#,##0" : "0", "parameter");
  });

  const firm = table[table.length - 3][4] as number;
  const eligible = table[table.length - 2][5] as number;
  const possible = table[table.length - 1][6] as number;
  grid.text(firmRow, 0, zh ? "确定合计" : "Firm total", "key");
  grid.text(eligibleRow, 0, zh ? "符合合计（上限）" : "Eligible total (upper bound)", "key");
  grid.text(possibleRow, 0, zh ? "可能合计" : "Possible total", "key");
  grid.text(firmRow, 2, zh ? "金额由公布的比例或固定奖励确定" : "amounts set by a published rate or fixed award", "hint");
  grid.text(
    eligibleRow,
    2,
    zh ? "加上仅公布最高额的项（按最高额）：上限，不是确定金额" : "adds up-to lines at their ceilings: an upper bound, not a payment",
    "hint",
  );
  grid.text(
    possibleRow,
    2,
    zh ? "加上待确认项（按最高额；数量未填按 1 项）" : "adds unknown lines at their ceilings (one award where a count is not given)",
    "hint",
  );
  grid.text(noteRow, 0, zh ? STACKING_NOTE.zh : STACKING_NOTE.en, "note");
  const args = `${addresses.region},${addresses.profile}`;
  if (options.mode === "live") {
    grid.formula(firmRow, 1, `=CN.AIPACKAGETOTAL(${args},"firm",${addresses.unit})`, firm, money, "figure");
    grid.formula(eligibleRow, 1, `=CN.AIPACKAGETOTAL(${args},"eligible",${addresses.unit})`, eligible, money, "figure");
    grid.formula(possibleRow, 1, `=CN.AIPACKAGETOTAL(${args},"possible",${addresses.unit})`, possible, money, "figure");
  } else {
    grid.number(firmRow, 1, firm, money, "figure");
    grid.number(eligibleRow, 1, eligible, money, "figure");
    grid.number(possibleRow, 1, possible, money, "figure");
  }
  writeBreakdown(grid, table, breakdownRow, options.mode, `=CN.AIPACKAGE(${args},${addresses.unit})`, money);
  const built = grid.build();
  if (options.mode === "live") markSpill(built, table, breakdownRow, money);

  const plan: PackageSheetPlan = {
    options,
    sheetName: PACKAGE_SHEET_NAME[options.language],
    grid: built,
    pkg,
    addresses,
    breakdown: { row: breakdownRow, column: 0 },
  };
  if (options.mode === "static") plan.sources = packageSources(atlas, pkg, unit, options.language);
  return plan;
}

function title(options: PackageSheetOptions, region: string, version: string): string {
  const mode = options.mode === "live" ? { en: "live formulas", zh: "实时公式" } : { en: "static values", zh: "静态数值" };
  return options.language === "zh"
    ? `企业政策包：${region}（${mode.zh}，数据版本 ${version}）`
    : `Company package: ${region} (${mode.en}, data version ${version})`;
}

/** Static: the table as values. Live: CN.AIPACKAGE at the corner; the rest is left empty for its spill. */
function writeBreakdown(
  grid: GridBuilder,
  table: (string | number)[][],
  top: number,
  mode: "live" | "static",
  formula: string,
  money: string,
): void {
  if (mode === "live") {
    grid.formula(top, 0, formula, table[0][0], "General", "header");
    return;
  }
  table.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "number") grid.number(top + r, c, cell, money, "figure");
      else if (cell !== "") grid.text(top + r, c, cell, r === 0 ? "header" : "text");
    }),
  );
}

/** The spilled cells: empty to write, the core's answer to preview, number formats set ahead. */
function markSpill(grid: SheetGrid, table: (string | number)[][], top: number, money: string): void {
  table.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (r === 0 && c === 0) return;
      grid.values[top + r][c] = cell;
      grid.numberFormats[top + r][c] = typeof cell === "number" ? money : "General";
      grid.roles[top + r][c] = r === 0 ? "header" : typeof cell === "number" ? "figure" : "text";
    }),
  );
}

/** The Sources rows of a static sheet: each line's rule, figure and verbatim quote. */
function packageSources(atlas: Atlas, pkg: CompanyPackage, unit: Unit, language: SheetLanguage): SourcesPlan {
  const figures = pkg.lines.map((line) => ({
    region: pkg.region,
    category: atlas.categoryOf(line.incentive.category) ?? {
      id: line.incentive.category,
      name: { zh: "", en: "" },
      aliases: [],
      description: { zh: "", en: "" },
    },
    outcome: applyIncentive(line.incentive, line.working.basis),
    value: (line.paidToOther ? 0 : line.status === "eligible" ? line.amount : line.possible) / unit.multiplier,
  }));
  return planSources(atlas, figures, unit, language);
}
