/**
 * Trace (PRODUCT.md §8): what a selected cell's number is and where it comes from. From a
 * snapshot of the cell (its formula, value, link, spill and the values of the cells it refers
 * to) it finds the CN calls (alone or inside IFNA, SUM, arithmetic…), evaluates their arguments
 * as Excel did, resolves the region, category, fund or policy, and the rule and outcome behind
 * the figure; for a static figure it names the Sources row the figure links to. Pure: the pane
 * renders the result, src/excel reads the snapshot.
 */
import type { Atlas } from "../names/atlas";
import { spillsTable } from "../formula/cn-formula-text";
import { isAtlasError } from "../errors";
import { argumentValue, evaluateFormula, isErrorValue, type EvaluatedValue } from "../formula/formula-evaluate";
import { outerCnCalls, parseFormula, walkFormula, type FormulaNode } from "../formula/formula-syntax";
import * as formulas from "../api/formulas";
import { FUNCTION_CATALOG } from "../api/function-catalog";
import { quoteSheetName, SOURCES_SHEET_NAME } from "../sheets/sheet-names";
import { resolveSubject, type TraceSubject } from "./trace-subject";
import { findReadReference, parseDocumentReference, type TraceSnapshot } from "./trace-snapshot";

/** One argument of a traced call: as typed, and as Excel evaluated it. */
export interface TracedArgument {
  /** The parameter's name (`region`), or `argument 5` past the known ones. */
  name: string;
  zhName: string;
  /** As typed in the formula: `C$5`, `"model"`, `IF($B$2="","",$B$2)`. */
  text: string;
  /** The references it reads, with their sheet when not the cell's own: `C$5`, `'Sheet 1'!B2`. */
  references: string[];
  /** What it evaluated to (`""` = empty); undefined when it could not be evaluated (see `note`). */
  value?: EvaluatedValue;
  note?: string;
}

/** One CN call in the cell's formula. */
export interface TracedCall {
  /** The function without `CN.`: `AISUBSIDY`. */
  name: string;
  text: string;
  args: TracedArgument[];
  subject?: TraceSubject;
  /** The error the call gives (`#N/A: Unknown region 'x'.`), or why it was not resolved. */
  problem?: string;
}

/** What Trace says about a cell. */
export type Trace =
  | { kind: "empty"; address: string }
  | { kind: "not-cn"; address: string; formula?: string; value: unknown }
  | { kind: "unreadable"; address: string; formula: string; reason: string }
  | {
      kind: "cn";
      address: string;
      formula: string;
      value: unknown;
      /** Set when the cell is in a spilled table: the table's anchor and the row/column under the cursor (0 = header). */
      spill?: { anchor: string; row: number; column: number };
      calls: TracedCall[];
    }
  | { kind: "linked"; address: string; value: unknown; link: string; sources: boolean; row?: readonly unknown[] };

/** Traces a snapshot of the selected cell against the loaded dataset. Never throws. */
export function traceCell(atlas: Atlas, snapshot: TraceSnapshot): Trace {
  const address = snapshot.sheet ? `${quoteSheetName(snapshot.sheet)}!${snapshot.address}` : snapshot.address;
  try {
    const spill = snapshot.spill;
    const formula = typeof snapshot.formula === "string" && snapshot.formula.startsWith("=") ? snapshot.formula : undefined;
    const own = formula !== undefined && formula !== snapshot.value ? formula : undefined;
    const source = own ?? (typeof spill?.formula === "string" ? spill.formula : undefined);
    if (source && hasCnCall(source)) {
      // A cell whose own formula is a scalar CN call is reported as its own spill parent by some hosts: not a table.
      const ownTable = own !== undefined && spill?.rowOffset === 0 && spill.columnOffset === 0 && spillsTable(own, snapshot.value);
      const inSpill = own === undefined ? spill : ownTable ? spill : undefined;
      const sheet = inSpill ? inSpill.sheet : snapshot.sheet;
      const parsed = parseFormula(source);
      if (!parsed.ok) return { kind: "unreadable", address, formula: source, reason: parsed.reason };
      const calls = outerCnCalls(parsed.root).map((call) => traceCall(atlas, snapshot, sheet, call, inSpill?.rowOffset));
      return {
        kind: "cn",
        address,
        formula: source,
        value: snapshot.value,
        spill: inSpill
          ? { anchor: `${quoteSheetName(inSpill.sheet)}!${inSpill.address}`, row: inSpill.rowOffset, column: inSpill.columnOffset }
          : undefined,
        calls,
      };
    }
    if (snapshot.link) {
      const target = parseDocumentReference(snapshot.link);
      const sources = target !== undefined && Object.values(SOURCES_SHEET_NAME).some((n) => n.toUpperCase() === target.sheet.toUpperCase());
      return {
        kind: "linked",
        address,
        value: snapshot.value,
        link: snapshot.link,
        sources,
        row: sources ? snapshot.linkedRow : undefined,
      };
    }
    if (
      (snapshot.formula === "" || snapshot.formula === null || snapshot.formula === undefined) &&
      (snapshot.value === "" || snapshot.value == null)
    ) {
      return { kind: "empty", address };
    }
    return { kind: "not-cn", address, formula: own, value: snapshot.value };
  } catch (e) {
    return { kind: "unreadable", address, formula: String(snapshot.formula ?? ""), reason: e instanceof Error ? e.message : String(e) };
  }
}

/** Whether formula text calls a CN function (outside string literals). */
export function hasCnCall(formula: string): boolean {
  return /(?:^|[^A-Za-z0-9_.])CN\.[A-Za-z\u0080-\uFFFF]/i.test(formula.replace(/"(?:[^"]|"")*"?/g, '""'));
}

function traceCall(
  atlas: Atlas,
  snapshot: TraceSnapshot,
  sheet: string,
  call: Extract<FormulaNode, { type: "call" }>,
  spillRow: number | undefined,
): TracedCall {
  const name = canonicalName(call.name.slice(3));
  const parameters = FUNCTION_CATALOG.find((f) => f.id === name)?.parameters ?? [];
  const context = {
    valuesOf: (ref: Parameters<typeof findReadReference>[2]) => findReadReference(snapshot, sheet, ref)?.values,
    callCn: (inner: string, args: EvaluatedValue[]) => callCn(atlas, inner, args),
  };
  const args: TracedArgument[] = call.args.map((node, i) => {
    const references: string[] = [];
    walkFormula(node, (n) => {
      if (n.type === "ref" && !references.includes(n.text)) references.push(n.text);
    });
    const evaluated = evaluateFormula(node, context);
    const problem = references
      .map((text) => {
        const parsed = parseFormula(`=${text}`);
        const ref = parsed.ok && parsed.root.type === "ref" ? parsed.root : undefined;
        return ref ? findReadReference(snapshot, sheet, ref)?.problem : undefined;
      })
      .find((p) => p !== undefined);
    return {
      name: parameters[i]?.name ?? `argument ${i + 1}`,
      zhName: parameters[i]?.zhName ?? `参数${i + 1}`,
      text: node.text,
      references,
      value: evaluated.ok ? evaluated.value : undefined,
      note: evaluated.ok ? undefined : (problem ?? evaluated.reason),
    };
  });
  const traced: TracedCall = { name, text: call.text, args };
  const missing = args.find((a) => a.value === undefined);
  if (missing) {
    traced.problem = `The ${missing.name} argument could not be evaluated: ${missing.note ?? "unknown"}.`;
    return traced;
  }
  const values = args.map((a) => argumentValue(a.value));
  const error = args.map((a) => a.value).find(isErrorValue);
  if (error) {
    traced.problem = `An argument is the error ${error.error}, so the call gives ${error.error}.`;
    return traced;
  }
  try {
    traced.subject = resolveSubject(atlas, name, values, spillRow);
  } catch (e) {
    traced.problem = isAtlasError(e) ? `${e.isNotFound ? "#N/A" : "#VALUE!"}: ${e.message}` : e instanceof Error ? e.message : String(e);
  }
  return traced;
}

/** A nested CN call as an argument's value, or the error Excel would give. */
function callCn(atlas: Atlas, name: string, args: EvaluatedValue[]): EvaluatedValue {
  const raw = args.map(argumentValue);
  try {
    switch (canonicalName(name)) {
      case "AISUBSIDY":
        return formulas.aisubsidy(atlas, raw[0], raw[1], raw[2], raw[3]);
      case "AIFUND":
        return formulas.aifund(atlas, raw[0], raw[1], raw[2], raw[3]);
      case "AISOURCE":
        return formulas.aisource(atlas, raw[0], raw[1]);
      case "AIRANK":
        return formulas.airank(atlas, raw[0], raw[1], raw[2]);
      default:
        return { error: "#N/A", message: `Trace does not evaluate CN.${name} inside another call.` };
    }
  } catch (e) {
    if (isAtlasError(e)) return { error: e.isNotFound ? "#N/A" : "#VALUE!", message: e.message };
    return { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
  }
}

/** The catalog id of a function name as a formula holds it (the id is its name in every language). */
function canonicalName(name: string): string {
  const upper = name.toUpperCase();
  return FUNCTION_CATALOG.find((f) => f.id === upper)?.id ?? upper;
}
