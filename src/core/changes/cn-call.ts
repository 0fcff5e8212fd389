/**
 * Any CN function evaluated the way its adapter in src/functions does, against a given dataset:
 * the value (a number, text or a table) or the Excel error it would give. Used to compute a
 * workbook's CN cells under two dataset versions (PRODUCT.md §13).
 */
import * as formulas from "../api/formulas";
import type { Table } from "../api/tables";
import { isAtlasError } from "../errors";
import { argumentValue, type CellValue, type EvaluatedValue } from "../formula/formula-evaluate";
import type { Atlas } from "../names/atlas";
import { packageStartYear } from "../package/package";
import * as packageFormulas from "../package/package-formulas";
import type { Clock } from "../rules/freshness";

/** What some CN functions read besides their arguments: the day (ages, periods) and how the data was loaded. */
export interface CallEnvironment {
  clock: Clock;
  /** CN.AIDATA's origin and load time. */
  origin?: string;
  loadedAt?: string;
}

/** Calls CN.<name> (name without `CN.`, any case) on evaluated arguments; never throws. */
export function evaluateCnCall(atlas: Atlas, name: string, args: readonly EvaluatedValue[], env: CallEnvironment): EvaluatedValue {
  const a = args.map(argumentValue);
  const options = { startYear: packageStartYear(atlas.dataset.asOf, env.clock()) };
  try {
    switch (name.toUpperCase()) {
      case "AISUBSIDY":
        return formulas.aisubsidy(atlas, a[0], a[1], a[2], a[3]);
      case "AIFUND":
        return formulas.aifund(atlas, a[0], a[1], a[2], a[3]);
      case "AIINCENTIVES":
        return table(formulas.aiincentives(atlas, a[0], a[1]));
      case "AIFUNDS":
        return table(formulas.aifunds(atlas, a[0]));
      case "AIPOLICIES":
        return table(formulas.aipolicies(atlas, a[0], env.clock));
      case "AITARGETS":
        return table(formulas.aitargets(atlas, a[0], a[1], env.clock));
      case "AIRANK":
        return table(formulas.airank(atlas, a[0], a[1], a[2]));
      case "AISOURCE":
        return formulas.aisource(atlas, a[0], a[1]);
      case "AIREGIONS":
        return table(formulas.airegions(atlas, a[0]));
      case "AICATEGORIES":
        return table(formulas.aicategories(atlas, a[0]));
      case "AIDATA": {
        const value = formulas.aidata(atlas, { origin: env.origin ?? "bundled", loadedAt: env.loadedAt ?? "" }, a[0], env.clock);
        return Array.isArray(value) ? table(value) : cell(value);
      }
      case "AIPACKAGE":
        return table(packageFormulas.aipackage(atlas, a[0], a[1], a[2], options));
      case "AIPACKAGETOTAL":
        return packageFormulas.aipackagetotal(atlas, a[0], a[1], a[2], a[3], options);
      case "AIPACKAGERANK":
        return table(packageFormulas.aipackagerank(atlas, a[0], a[1], options));
      default:
        return { error: "#NAME?", message: `CN.${name} is not a function of this add-in.` };
    }
  } catch (e) {
    if (isAtlasError(e)) return { error: e.isNotFound ? "#N/A" : "#VALUE!", message: e.message };
    return { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
  }
}

function cell(value: unknown): CellValue {
  return typeof value === "number" || typeof value === "boolean" ? value : value === null || value === undefined ? "" : String(value);
}

function table(rows: Table): CellValue[][] {
  return rows.map((row) => row.map(cell));
}
