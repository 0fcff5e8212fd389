/**
 * The metadata contract, for every function functions.json declares (new functions are covered
 * without editing this file): each fixture row and thousands of random calls return what the
 * metadata says (matrix ↔ a rectangular 2-D array of scalars; otherwise a scalar, never an
 * array), fail only with #N/A or #VALUE! and a message, and every enum value's name is plain
 * text. A deliberately broken functions file shows the checks catch each kind of breach.
 */
import * as path from "path";
import fc from "fast-check";
import { installCustomFunctionsDouble } from "../support/custom-functions-double";
import { formulaCases } from "../support/formula-fixture";
import {
  argumentArbitrary,
  callAsExcel,
  contractViolations,
  enumNameProblems,
  generateMetadata,
  type FunctionMetadata,
  type GeneratedMetadata,
} from "../support/metadata-contract";

installCustomFunctionsDouble();

const ROOT = path.join(__dirname, "..", "..");
const RUNS_PER_FUNCTION = 1000;

type Module = Record<string, unknown>;

/** The exported JavaScript function bound to a declared id. */
function bound(module: Module, metadata: GeneratedMetadata, declared: FunctionMetadata): (...args: unknown[]) => unknown {
  const name = metadata.functionNameById.get(declared.id);
  const fn = name === undefined ? undefined : module[name];
  if (typeof fn !== "function") throw new Error(`${declared.id}: no exported function ${name}`);
  return fn as (...args: unknown[]) => unknown;
}

describe("src/functions/functions.ts keeps its metadata's contract", () => {
  let metadata: GeneratedMetadata;
  let module: Module;

  beforeAll(async () => {
    metadata = await generateMetadata(path.join(ROOT, "src", "functions", "functions.ts"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module = require("../../src/functions/functions") as Module;
  }, 60_000);

  test("every declared function is exported and bound", () => {
    expect(metadata.functions.length).toBeGreaterThanOrEqual(10);
    for (const declared of metadata.functions) expect(() => bound(module, metadata, declared)).not.toThrow();
  });

  test("every enum value reads as plain text in AutoComplete", () => {
    expect(metadata.enums.length).toBeGreaterThan(0);
    expect(enumNameProblems(metadata.enums)).toEqual([]);
  });

  test("every fixture row returns the shape its function declares", () => {
    const problems: string[] = [];
    const cases = formulaCases();
    for (const c of cases) {
      const declared = metadata.functions.find((f) => f.id === c.fn);
      if (!declared) {
        problems.push(`row ${c.n}: CN.${c.fn} is not declared`);
        continue;
      }
      for (const p of contractViolations(declared, callAsExcel(bound(module, metadata, declared), declared, c.args)))
        problems.push(`row ${c.n} CN.${c.fn}: ${p}`);
    }
    expect(cases.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  test("every function with no optional argument given returns the shape it declares", () => {
    const problems = metadata.functions.flatMap((declared) =>
      contractViolations(declared, callAsExcel(bound(module, metadata, declared), declared, [])).map((p) => `CN.${declared.id}(): ${p}`),
    );
    expect(problems).toEqual([]);
  });

  test(`${RUNS_PER_FUNCTION} random calls of each function keep the contract`, () => {
    for (const declared of metadata.functions) {
      const fn = bound(module, metadata, declared);
      const args = fc.tuple(...declared.parameters.map((p) => argumentArbitrary(p, metadata.enums)));
      fc.assert(
        fc.property(args, (a) => {
          const problems = contractViolations(declared, callAsExcel(fn, declared, a));
          if (problems.length > 0) throw new Error(`CN.${declared.id}: ${problems.join("; ")}`);
        }),
        { numRuns: RUNS_PER_FUNCTION },
      );
    }
  }, 120_000);
});

describe("the checks catch a broken functions file", () => {
  let metadata: GeneratedMetadata;
  let module: Module;

  beforeAll(async () => {
    const file = path.join(ROOT, "test", "fixtures", "contract", "broken-functions.ts");
    metadata = await generateMetadata(file);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module = require(file) as Module;
  }, 60_000);

  const outcome = (id: string, args: unknown[] = []): string[] => {
    const declared = metadata.functions.find((f) => f.id === id) as FunctionMetadata;
    return contractViolations(declared, callAsExcel(bound(module, metadata, declared), declared, args));
  };

  test("a table from a function declared scalar (JSDoc return type any), as CN.AIDATA() was", () => {
    expect(metadata.functions.find((f) => f.id === "TABLEASANY")?.result).toEqual({});
    expect(outcome("TABLEASANY")).toEqual(["declared scalar, returned an array (2 long)"]);
  });

  test("a scalar from a function declared matrix, and a ragged table", () => {
    expect(outcome("SCALARASMATRIX")).toEqual(["declared matrix, returned the number 1"]);
    expect(outcome("RAGGED")).toEqual(["declared matrix, row 1 is not 2 wide (not rectangular)"]);
  });

  test("a raw exception, an error Excel shows no message for, NaN", () => {
    expect(outcome("RAW")).toEqual(["threw a raw TypeError: TypeError: boom"]);
    expect(outcome("DIVZERO")).toEqual(["threw #DIV/0! (only #N/A and #VALUE! show a message)"]);
    expect(outcome("NOTANUMBER")).toEqual(["declared scalar number, returned the number NaN"]);
  });

  test("a quoted enum member, as the categories were", () => {
    expect(enumNameProblems(metadata.enums)).toEqual(['KIND: the value "two-words" shows in AutoComplete as "two-words"']);
  });
});
