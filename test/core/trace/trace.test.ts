/**
 * Trace in the core: reading formula text (literals, "" escapes, A1 and other-sheet references,
 * nested calls), evaluating arguments from referenced cells' values, and resolving the CN call
 * to its region, category, rule and outcome; a spilled table's row; a static figure's link.
 * Property tests: no formula text makes the reader, the evaluator or Trace throw.
 */
import fc from "fast-check";
import { Atlas } from "../../../src/core/names/atlas";
import { evaluateFormula } from "../../../src/core/formula/formula-evaluate";
import { parseFormula, referencesIn } from "../../../src/core/formula/formula-syntax";
import { traceCell, type Trace, type TracedCall } from "../../../src/core/trace/trace";
import { parseDocumentReference, referencesToRead, type ReadReference, type TraceSnapshot } from "../../../src/core/trace/trace-snapshot";
import { bundledDataset } from "../../../src/data/bundled";

const atlas = new Atlas(bundledDataset());

function snapshot(formula: unknown, value: unknown, references: ReadReference[] = [], extra: Partial<TraceSnapshot> = {}): TraceSnapshot {
  return { sheet: "Sheet1", address: "D4", formula, value, references, ...extra };
}

function calls(trace: Trace): TracedCall[] {
  if (trace.kind !== "cn") throw new Error(`expected a CN trace, got ${trace.kind}: ${JSON.stringify(trace)}`);
  return trace.calls;
}

describe("reading formula text", () => {
  test("references with $ anchors, other sheets (quoted, with '' escapes) and ranges", () => {
    const parsed = parseFormula(`=CN.AISUBSIDY($A$6,'Bob''s sheet'!C$5,Data!B2:C9,"亿")`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const refs = referencesIn(parsed.root);
    expect(refs.map((r) => [r.sheet, r.address, r.top, r.left, r.bottom, r.right])).toEqual([
      [undefined, "$A$6", 5, 0, 5, 0],
      ["Bob's sheet", "C$5", 4, 2, 4, 2],
      ["Data", "B2:C9", 1, 1, 8, 2],
    ]);
  });

  test('strings keep "" escapes and commas; function names with digits are not references', () => {
    const parsed = parseFormula('=CN.AISOURCE("a ""b"", c",LOG10(A1))');
    expect(parsed.ok && parsed.root.type === "call" && parsed.root.args.map((a) => a.type)).toEqual(["string", "call"]);
    if (parsed.ok && parsed.root.type === "call" && parsed.root.args[0].type === "string") {
      expect(parsed.root.args[0].value).toBe('a "b", c');
    }
  });

  test("the references a formula needs read, deduplicated, with the cell counts", () => {
    expect(referencesToRead('=IFNA(CN.AISUBSIDY(C$5,$A6,IF($B$2="","",$B$2),$B$3),"—")')).toEqual([
      { sheet: undefined, address: "C5", cells: 1 },
      { sheet: undefined, address: "A6", cells: 1 },
      { sheet: undefined, address: "B2", cells: 1 },
      { sheet: undefined, address: "B3", cells: 1 },
    ]);
    expect(referencesToRead("plain text")).toEqual([]);
  });

  test("document references of hyperlinks", () => {
    expect(parseDocumentReference("'AI Atlas Sources'!A12")).toEqual({ sheet: "AI Atlas Sources", row: 11, column: 0 });
    expect(parseDocumentReference("Sheet1!$B$3")).toEqual({ sheet: "Sheet1", row: 2, column: 1 });
    expect(parseDocumentReference("https://example.com")).toBeUndefined();
  });

  test('the comparison sheet\'s amount argument evaluates like Excel: empty → "", else the amount', () => {
    const parsed = parseFormula('=IF($B$2="","",$B$2)');
    if (!parsed.ok) throw new Error(parsed.reason);
    const withValue = (v: string | number) => evaluateFormula(parsed.root, { valuesOf: () => [[v]] });
    expect(withValue("")).toEqual({ ok: true, value: "" });
    expect(withValue(2)).toEqual({ ok: true, value: 2 });
  });
});

describe("tracing a CN call", () => {
  test("literals: Chengdu Hi-tech Zone's model rule, 30% × 200,000,000 capped at 30,000,000", () => {
    const [call] = calls(traceCell(atlas, snapshot('=CN.AISUBSIDY("成都高新区","model",200000000)', 30_000_000)));
    expect(call.args.map((a) => [a.name, a.text, a.value])).toEqual([
      ["region", '"成都高新区"', "成都高新区"],
      ["category", '"model"', "model"],
      ["amount", "200000000", 200_000_000],
    ]);
    expect(call.subject?.kind).toBe("subsidy");
    if (call.subject?.kind !== "subsidy") return;
    expect(call.subject.region.id).toBe("chengdu-hitech");
    expect(call.subject.outcome.incentive.category).toBe("model");
    expect(call.subject.outcome.step).toMatchObject({ kind: "rate", rate: 0.3, raw: 60_000_000, capped: true });
    expect(call.subject.result).toBe(30_000_000);
  });

  test("a comparison sheet's formula: references read from the workbook, inside IFNA", () => {
    const refs: ReadReference[] = [
      { sheet: "Sheet1", address: "C5", values: [["成都高新区"]] },
      { sheet: "Sheet1", address: "A6", values: [["rnd"]] },
      { sheet: "Sheet1", address: "B2", values: [[2000]] },
      { sheet: "Sheet1", address: "B3", values: [["万"]] },
    ];
    const trace = traceCell(atlas, snapshot('=IFNA(CN.AISUBSIDY(C$5,$A6,IF($B$2="","",$B$2),$B$3),"—")', 200, refs));
    const [call] = calls(trace);
    expect(call.args.map((a) => [a.text, a.references, a.value])).toEqual([
      ["C$5", ["C$5"], "成都高新区"],
      ["$A6", ["$A6"], "rnd"],
      ['IF($B$2="","",$B$2)', ["$B$2"], 2000],
      ["$B$3", ["$B$3"], "万"],
    ]);
    expect(call.subject?.kind === "subsidy" && [call.subject.unit.id, call.subject.amount, call.subject.result]).toEqual([
      "wan",
      20_000_000,
      200,
    ]);
  });

  test("another sheet's reference and arithmetic around the call; two calls in SUM", () => {
    const refs: ReadReference[] = [{ sheet: "Inputs 2025", address: "B2", values: [["苏州"]] }];
    const [only] = calls(traceCell(atlas, snapshot(`=CN.AISUBSIDY('Inputs 2025'!B2,"chip")/2`, 50_000_000, refs)));
    expect(only.args[0]).toMatchObject({ text: "'Inputs 2025'!B2", value: "苏州" });
    expect(only.subject?.kind === "subsidy" && atlas.statusOf(only.subject.outcome.incentive).draft).toBe(true);
    const two = calls(traceCell(atlas, snapshot('=SUM(CN.AISUBSIDY("成都高新区","rnd"),CN.AIFUND("广东"))', 0)));
    expect(two.map((c) => [c.name, c.subject?.kind])).toEqual([
      ["AISUBSIDY", "subsidy"],
      ["AIFUND", "fund"],
    ]);
  });

  test("a nested CN call is an argument's value", () => {
    const [call] = calls(traceCell(atlas, snapshot('=CN.AISUBSIDY("成都高新区","rnd",CN.AIFUND("广东")/100)', 0)));
    expect(call.args[2].value).toBe(100_000_000);
    expect(call.subject?.kind === "subsidy" && call.subject.outcome.step.kind).toBe("rate");
  });

  test("a reference the reader could not read is named, and nothing is resolved", () => {
    const refs: ReadReference[] = [{ sheet: "Gone", address: "A1", problem: "the sheet 'Gone' does not exist" }];
    const [call] = calls(traceCell(atlas, snapshot('=CN.AISUBSIDY(Gone!A1,"model")', "#REF!", refs)));
    expect(call.args[0].note).toBe("the sheet 'Gone' does not exist");
    expect(call.subject).toBeUndefined();
    expect(call.problem).toMatch(/region argument could not be evaluated/);
  });

  test("an unknown region gives the #N/A message the function gives", () => {
    const [call] = calls(traceCell(atlas, snapshot('=CN.AISUBSIDY("Atlantis","model")', "#N/A")));
    expect(call.problem).toMatch(/^#N\/A: Unknown region 'Atlantis'/);
  });

  test("a spilled table: the row under the cursor is the record of that row", () => {
    const anchor = '=CN.AIINCENTIVES("成都高新区")';
    const row = (rowOffset: number) =>
      traceCell(atlas, snapshot("", "x", [], { spill: { sheet: "Sheet1", address: "A1", formula: anchor, rowOffset, columnOffset: 2 } }));
    const [header] = calls(row(0));
    expect(header.subject).toEqual({ kind: "header-row", table: "AIINCENTIVES" });
    const [third] = calls(row(3));
    expect(third.subject?.kind === "incentive-row" && third.subject.incentive.category).toBe("model");
    const rank = traceCell(
      atlas,
      snapshot("", "x", [], { spill: { sheet: "Sheet1", address: "A1", formula: '=CN.AIRANK("any")', rowOffset: 1, columnOffset: 0 } }),
    );
    expect(rank.kind === "cn" && rank.spill).toEqual({ anchor: "Sheet1!A1", row: 1, column: 0 });
    const [first] = calls(rank);
    expect(first.subject?.kind === "rank-row" && first.subject.ranked.rank).toBe(1);
  });

  test("targets and policies: a CN.AITARGETS row, and CN.AISOURCE of a policy or a target", () => {
    const targets = traceCell(
      atlas,
      snapshot("", "x", [], { spill: { sheet: "Sheet1", address: "A1", formula: '=CN.AITARGETS("深圳")', rowOffset: 1, columnOffset: 1 } }),
    );
    const [row] = calls(targets);
    expect(row.subject?.kind === "target-row" && row.subject.target.regionId).toBe("shenzhen");
    const [policy] = calls(traceCell(atlas, snapshot('=CN.AISOURCE("深圳","policy")', "…")));
    expect(policy.subject?.kind === "policy-row" && policy.subject.policy.regionId).toBe("shenzhen");
    const [unicorn] = calls(traceCell(atlas, snapshot('=CN.AISOURCE("深圳","独角兽")', "…")));
    expect(unicorn.subject?.kind === "target-row" && unicorn.subject.target.metric.en).toMatch(/unicorn/i);
  });

  test("cells without a CN call, empty cells, and a static figure linked to its Sources row", () => {
    expect(traceCell(atlas, snapshot("=SUM(A1:A3)", 6)).kind).toBe("not-cn");
    expect(traceCell(atlas, snapshot('="CN.AISUBSIDY(1)"', "CN.AISUBSIDY(1)")).kind).toBe("not-cn");
    expect(traceCell(atlas, snapshot("", ""))).toEqual({ kind: "empty", address: "Sheet1!D4" });
    const linked = traceCell(
      atlas,
      snapshot(30_000_000, 30_000_000, [], { link: "'AI Atlas Sources'!A7", linkedRow: ["成都高新区", "Chengdu"] }),
    );
    expect(linked).toMatchObject({ kind: "linked", sources: true, row: ["成都高新区", "Chengdu"] });
  });
});

describe("odd formulas never make Trace throw (fast-check)", () => {
  const pieces = fc.constantFrom(
    "CN.AISUBSIDY(",
    "CN.AIRANK(",
    "IFNA(",
    "SUM(",
    "IF(",
    ")",
    "(",
    ",",
    ";",
    '"',
    '""',
    '"a""b"',
    "'",
    "'Sheet 1'!",
    "Sheet1!",
    "$A$1",
    "B2:C3",
    "R1C1",
    "R[-1]C[2]",
    "#REF!",
    "#N/A",
    "myName",
    "Table1[Col]",
    "{1,2;3,4}",
    "+",
    "-",
    "*",
    "/",
    "^",
    "&",
    "=",
    "<>",
    "%",
    "1e400",
    "TRUE",
    " ",
    "成都高新区",
    "_xlfn.",
    "!",
    ":",
  );
  const formula = fc.oneof(
    fc.array(pieces, { maxLength: 30 }).map((parts) => `=${parts.join("")}`),
    fc.string({ maxLength: 60 }).map((s) => `=${s}`),
    fc.string({ maxLength: 60 }),
  );

  test("parse, evaluate and trace: total functions", () => {
    fc.assert(
      fc.property(formula, fc.oneof(fc.string(), fc.double(), fc.constant("")), (f, v) => {
        const parsed = parseFormula(f);
        if (parsed.ok) evaluateFormula(parsed.root, { valuesOf: () => [[v]] });
        referencesToRead(f);
        const trace = traceCell(atlas, snapshot(f, v, [{ sheet: "Sheet1", address: "A1", values: [[v]] }]));
        expect(["empty", "not-cn", "unreadable", "cn", "linked"]).toContain(trace.kind);
      }),
      { numRuns: 3000 },
    );
  });

  test("deep nesting is refused, not a stack overflow", () => {
    const deep = `=${"IFNA(".repeat(5000)}CN.AISUBSIDY("a","b")${",0)".repeat(5000)}`;
    expect(parseFormula(deep).ok).toBe(false);
    expect(traceCell(atlas, snapshot(deep, 0)).kind).toBe("unreadable");
  });
});
