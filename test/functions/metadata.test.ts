/**
 * The metadata Excel reads: functions.json generated from the JSDoc (as the build does), the
 * Simplified Chinese functions-zh.json made from it and the catalog, the custom enums, the
 * manifest namespace, and every function the README and the pane document.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { Atlas } from "../../src/core/names/atlas";
import * as formulas from "../../src/core/api/formulas";
import { fixedClock } from "../../src/core/rules/freshness";
import { FUNCTION_CATALOG } from "../../src/core/api/function-catalog";
import { NAMESPACE } from "../../src/core/api/catalog/catalog-types";
import * as packageFormulas from "../../src/core/package/package-formulas";
import { bundledDataset } from "../../src/data/bundled";
import { WORKED_EXAMPLE } from "../support/package-fixture";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, loadCatalog } = require("../../scripts/functions-zh-plugin.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const enums = require("../../scripts/gen-function-enums.cjs");

const ROOT = path.join(__dirname, "..", "..");

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string; optional?: boolean; customEnumId?: string }[];
  result: { type?: string; dimensionality?: string };
}

let metadata: { functions: FunctionMetadata[]; enums: { id: string; values: { stringValue: string }[] }[] };

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(ROOT, "src", "functions", "functions.ts"));
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
}, 60_000);

test("every catalog function is registered, with the catalog's English and parameters", () => {
  expect(metadata.functions.map((f) => f.id)).toEqual(FUNCTION_CATALOG.map((f) => f.id));
  const { problems } = localizeMetadata(metadata, loadCatalog());
  expect(problems).toEqual([]);
});

test("the signatures Excel shows", () => {
  const signature = (f: FunctionMetadata): string =>
    `${NAMESPACE}.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")}) → ${f.result.dimensionality === "matrix" ? "table" : (f.result.type ?? "any")}`;
  expect(metadata.functions.map(signature)).toEqual([
    "CN.AISUBSIDY(region, category, [amount], [unit]) → number",
    "CN.AIFUND(region, [fund], [field], [unit]) → any",
    "CN.AIINCENTIVES([region], [category]) → table",
    "CN.AIFUNDS([region]) → table",
    "CN.AIPOLICIES([region]) → table",
    "CN.AITARGETS([region], [unit]) → table",
    "CN.AIRANK(category, [amount], [unit]) → table",
    "CN.AISOURCE(region, figure) → string",
    "CN.AIREGIONS([field]) → table",
    "CN.AICATEGORIES([field]) → table",
    "CN.AIDATA([field]) → table",
    "CN.AIPACKAGE(region, profile, [unit]) → table",
    "CN.AIPACKAGETOTAL(region, profile, [which], [unit]) → number",
    "CN.AIPACKAGERANK(profile, [unit]) → table",
  ]);
});

test("functions-zh.json describes every function and parameter in Chinese and keeps every function's name", () => {
  const { metadata: zh } = localizeMetadata(metadata, loadCatalog());
  // Names stay ASCII: a formula written through Range.formulas (=CN.AISUBSIDY(…)) gives #NAME? in
  // an Excel whose display language renames the function (office-js#891).
  expect(zh.functions.map((f: FunctionMetadata) => f.name)).toEqual(metadata.functions.map((f) => f.name));
  expect(zh.functions.map((f: FunctionMetadata) => f.name)).toContain("AISUBSIDY");
  for (const f of zh.functions as FunctionMetadata[]) {
    expect(f.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(zh.functions[0].parameters.map((p: { name: string }) => p.name)).toEqual(["地区", "类别", "金额", "单位"]);
});

test("a catalog entry that gives a Chinese function name fails the build", () => {
  const catalog = loadCatalog();
  const renamed = {
    ...catalog,
    FUNCTION_CATALOG: catalog.FUNCTION_CATALOG.map((f: object, i: number) => (i === 0 ? { ...f, zhName: "AI补贴" } : f)),
  };
  expect(localizeMetadata(metadata, renamed).problems).toEqual([
    "AISUBSIDY: the catalog gives a Chinese function name; names stay ASCII (office-js#891)",
  ]);
});

test("region and category arguments offer the dataset's values in AutoComplete, generated from the dataset", () => {
  expect(enums.current()).toBe(enums.generate());
  const regionEnum = metadata.enums.find((e) => e.id === "REGION");
  const categoryEnum = metadata.enums.find((e) => e.id === "CATEGORY");
  const dataset = bundledDataset();
  expect(regionEnum?.values.map((v) => v.stringValue)).toEqual(dataset.regions.map((r) => r.name.zhHans));
  expect(categoryEnum?.values.map((v) => v.stringValue)).toEqual([...dataset.categories.map((c) => c.id), "any"]);
  expect(metadata.functions[0].parameters.map((p) => p.customEnumId)).toEqual(["REGION", "CATEGORY", undefined, undefined]);
});

test("enum members are identifiers, so AutoComplete shows plain text; the values stay as they are", () => {
  expect(["compute-case", "talent-award", "成都高新区", "粤港澳·大湾区", "5g"].map(enums.memberName)).toEqual([
    "compute_case",
    "talent_award",
    "成都高新区",
    "粤港澳_大湾区",
    "_5g",
  ]);
  const category = metadata.enums.find((e) => e.id === "CATEGORY") as unknown as { values: { name: string; stringValue: string }[] };
  expect(category.values.find((v) => v.stringValue === "compute-case")?.name).toBe("compute_case");
});

test("the manifest's namespace is the catalog's", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(manifest).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${NAMESPACE}" />`);
  expect(manifest).toMatch(/<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions-zh\.json" \/>/);
});

test("every CN.* function the README documents exists", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const mentioned = new Set([...readme.matchAll(/CN\.([A-Z]+)\(/g)].map((m) => m[1]));
  expect(mentioned.size).toBeGreaterThanOrEqual(FUNCTION_CATALOG.length);
  for (const name of mentioned) expect(metadata.functions.map((f) => f.id)).toContain(name);
});

describe("every example in the catalog returns what it says", () => {
  const atlas = new Atlas(bundledDataset());
  const info = { origin: "bundled", loadedAt: "2025-01-01T00:00:00Z" };
  const clock = fixedClock("2026-11-30"); // the day the AIDATA("age") example was written
  const call: Record<string, (args: unknown[]) => unknown> = {
    AISUBSIDY: (a) => formulas.aisubsidy(atlas, a[0], a[1], a[2], a[3]),
    AIFUND: (a) => formulas.aifund(atlas, a[0], a[1], a[2], a[3]),
    AIINCENTIVES: (a) => formulas.aiincentives(atlas, a[0], a[1]),
    AIFUNDS: (a) => formulas.aifunds(atlas, a[0]),
    AIPOLICIES: (a) => formulas.aipolicies(atlas, a[0], clock),
    AITARGETS: (a) => formulas.aitargets(atlas, a[0], a[1], clock),
    AIRANK: (a) => formulas.airank(atlas, a[0], a[1], a[2]),
    AISOURCE: (a) => formulas.aisource(atlas, a[0], a[1]),
    AIREGIONS: (a) => formulas.airegions(atlas, a[0]),
    AICATEGORIES: (a) => formulas.aicategories(atlas, a[0]),
    AIDATA: (a) => formulas.aidata(atlas, info, a[0], clock),
    AIPACKAGE: (a) => packageFormulas.aipackage(atlas, a[0], a[1], a[2]),
    AIPACKAGETOTAL: (a) => packageFormulas.aipackagetotal(atlas, a[0], a[1], a[2], a[3]),
    AIPACKAGERANK: (a) => packageFormulas.aipackagerank(atlas, a[0], a[1]),
  };
  /** A range in an example (B2:C9) is the worked example's profile (PRODUCT.md §9). */
  const argument = (a: string): unknown =>
    a === "" ? null : a.startsWith('"') ? a.slice(1, -1) : /^[A-Z]+\d+:[A-Z]+\d+$/.test(a) ? WORKED_EXAMPLE : Number(a);
  const examples = FUNCTION_CATALOG.flatMap((f) => f.examples.map((e) => [e.formula, e.result] as const));

  test.each(examples)("%s → %s", (formula, documented) => {
    const m = /^=CN\.([A-Z]+)\((.*)\)$/.exec(formula);
    expect(m).not.toBeNull();
    const args = (m![2] === "" ? [] : m![2].split(",")).map(argument);
    const result = call[m![1]](args);
    const rows = /^(\d+) rows$/.exec(documented);
    if (rows) expect((result as unknown[][]).length).toBe(Number(rows[1]));
    else if (/^[\d,]+(\.\d+)?$/.test(documented)) expect(result).toBe(Number(documented.replace(/,/g, "")));
    else if (documented.includes("…"))
      for (const part of documented.split("…").filter((p) => p.length > 2))
        expect(String(result)).toContain(part.replace(/[“”—《]/g, "").trim());
    else expect(result).toBe(documented);
  });
});
