/**
 * What a traced CN call resolved to (Trace's subject): the region, category and outcome of a
 * CN.AISUBSIDY, the fund of a CN.AIFUND, the cited record of a CN.AISOURCE, or the record under
 * the cursor in a spilled table.
 */
import * as formulas from "../api/formulas";
import { citeFigure } from "../api/citations";
import { targetsIn } from "../api/targets";
import { AtlasError } from "../errors";
import type { Atlas, RankedRegion } from "../names/atlas";
import type { FundField } from "../names/name-entries";
import { qualifierWord } from "../rules/labels";
import type { Category, Fund, Incentive, Policy, Region, Target } from "../rules/schema";
import type { SubsidyOutcome } from "../rules/subsidy";
import { fromYuan, parseAmount, parseUnit, type Unit } from "../text/units";

/** What a traced call resolved to. */
export type TraceSubject =
  | { kind: "subsidy"; region: Region; category: Category; unit: Unit; amount?: number; outcome: SubsidyOutcome; result: number }
  | { kind: "fund"; region: Region; fund: Fund; field: FundField; unit: Unit; result: number | string }
  | { kind: "incentive-row"; incentive: Incentive; row: number }
  | { kind: "fund-row"; fund: Fund; row: number }
  | { kind: "policy-row"; policy: Policy; row: number }
  | { kind: "target-row"; target: Target; row: number }
  | { kind: "rank-row"; ranked: RankedRegion; unit: Unit; amount?: number; row: number }
  | { kind: "region-row"; region: Region; row: number }
  | { kind: "category-row"; category: Category; row: number }
  | { kind: "header-row"; table: string }
  | { kind: "dataset" };

/**
 * The record a traced call names: its region and category with the rule and outcome, its fund,
 * or the row of a spilled table under the cursor. Throws the AtlasError the call would give.
 */
export function resolveSubject(atlas: Atlas, name: string, args: unknown[], spillRow: number | undefined): TraceSubject | undefined {
  const [a, b, c, d] = args;
  switch (name) {
    case "AISUBSIDY": {
      const region = atlas.region(a);
      const category = atlas.category(b);
      const unit = parseUnit(d);
      const amount = parseAmount(c, unit);
      const outcome = atlas.subsidy(region, category, amount);
      return { kind: "subsidy", region, category, unit, amount, outcome, result: fromYuan(outcome.value, unit) };
    }
    case "AIFUND": {
      const region = atlas.region(a);
      const fund = atlas.fund(region, b);
      const field = atlas.fundField(c);
      const unit = parseUnit(d);
      const text = field === "qualifier" ? qualifierWord(fund.total.qualifier) : field === "status" ? atlas.statusOf(fund).en : undefined;
      return {
        kind: "fund",
        region,
        fund,
        field,
        unit,
        result: text ?? fromYuan(atlas.fundFigure(fund, field as "total" | "first"), unit),
      };
    }
    case "AISOURCE": {
      const region = atlas.region(a);
      const category = typeof b === "string" ? atlas.categories.find(b) : undefined;
      if (category) {
        const outcome = atlas.subsidy(region, category);
        return { kind: "subsidy", region, category, unit: parseUnit(null), outcome, result: outcome.value };
      }
      const cited = citeFigure(atlas, region, b);
      const policy = cited.kind === "policy" ? atlas.policy(cited.id) : undefined;
      if (policy) return { kind: "policy-row", policy, row: 0 };
      const target = cited.kind === "target" ? atlas.dataset.targets.find((t) => t.id === cited.id) : undefined;
      if (target) return { kind: "target-row", target, row: 0 };
      const fund = atlas.fund(region, b);
      return { kind: "fund", region, fund, field: "total", unit: parseUnit(null), result: fund.total.amount };
    }
    case "AITARGETS": {
      const region = a === null || a === undefined || a === "" ? undefined : atlas.region(a);
      parseUnit(b); // validates the unit argument
      return tableRow(spillRow, "AITARGETS", targetsIn(atlas, region), (target, row) => ({ kind: "target-row", target, row }));
    }
    case "AIINCENTIVES":
      return tableRow(spillRow, "AIINCENTIVES", formulas.incentiveRows(atlas, a, b), (incentive, row) => ({
        kind: "incentive-row",
        incentive,
        row,
      }));
    case "AIFUNDS":
      return tableRow(spillRow, "AIFUNDS", formulas.fundRows(atlas, a), (fund, row) => ({ kind: "fund-row", fund, row }));
    case "AIPOLICIES":
      return tableRow(spillRow, "AIPOLICIES", formulas.policyRows(atlas, a), (policy, row) => ({ kind: "policy-row", policy, row }));
    case "AIRANK": {
      const category = atlas.category(a);
      const unit = parseUnit(c);
      const amount = parseAmount(b, unit);
      return tableRow(spillRow, "AIRANK", atlas.rank(category, amount), (ranked, row) => ({ kind: "rank-row", ranked, unit, amount, row }));
    }
    case "AIREGIONS": {
      formulas.airegions(atlas, a); // validates the field argument
      const region = spillRow === undefined ? undefined : atlas.dataset.regions[spillRow];
      return region ? { kind: "region-row", region, row: spillRow ?? 0 } : { kind: "header-row", table: name };
    }
    case "AICATEGORIES": {
      const list = formulas.aicategories(atlas, a);
      const category =
        spillRow === undefined || spillRow >= list.length
          ? undefined
          : atlas.categoryOf(atlas.categories.find(String(list[spillRow][0]))?.id ?? "");
      return category ? { kind: "category-row", category, row: spillRow ?? 0 } : { kind: "header-row", table: name };
    }
    case "AIDATA":
      return { kind: "dataset" };
    default:
      throw new AtlasError("no-figure", `Trace does not know CN.${name} (this version of the add-in does not have it).`);
  }
}

/** The record under the cursor in a spilled table with a header row (row 0). */
function tableRow<T>(
  row: number | undefined,
  table: string,
  records: readonly T[],
  subject: (record: T, row: number) => TraceSubject,
): TraceSubject {
  if (row === undefined || row === 0) return { kind: "header-row", table };
  const record = records[row - 1];
  if (record === undefined)
    throw new AtlasError("no-figure", `Row ${row} is past the end of the table (${records.length} rows): recalculate the workbook.`);
  return subject(record, row);
}
