/**
 * `npm run data -- check` on fixtures: the broken example (one mistyped quote, one unaccounted
 * figure, one number missing from its quote, one bad reference) gives exactly those four lines,
 * each with its JSON path and record id; the curated example and the real seeds pass.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLE_DIR, runData, scratchExample } from "../support/data-cli";

describe("check on the broken example", () => {
  const run = runData(["check", "broken.json"]);

  test("exits 1 with one line per problem and a summary", () => {
    expect(run.code).toBe(1);
    expect(run.err).toEqual([]);
    expect(run.out).toHaveLength(5);
    expect(run.out[4]).toBe("broken.json: 4 problems");
  });

  test("a mistyped quote: the record, its path and the nearest passage of the source, in the source's script", () => {
    expect(run.out).toContain(
      "incentives[0].quotes[0] (example-district-compute): quote: the quote is not in example-district.txt; nearest passage (2 edits away): 「对企业购买智能算力的,按照实际支出的20%给予补贴,每家企业每年最高300万元。」",
    );
  });

  test("a number missing from its quote", () => {
    expect(run.out).toContain(
      "incentives[0].minimum (example-district-compute): number: incentive example-district-compute: minimum = 500000 (50万) does not appear in its quotes",
    );
  });

  test("an unaccounted figure, with its line and sentence", () => {
    expect(run.out).toContain(
      "sources[1] (example-district-release): coverage: 30余家 (example-district.txt line 7) is not accounted for: no record quoting it states 30 and no notData entry covers it: 「区科技局有关负责人表示,措施发布后已有30余家企业咨询申报。」",
    );
  });

  test("a bad reference", () => {
    expect(run.out).toContain(
      "incentives[1].category (example-district-talent): integrity: incentive example-district-talent refers to unknown category 'talents'",
    );
  });

  test("--json gives the same problems for scripts", () => {
    const json = runData(["check", "broken.json", "--json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out.join("\n"));
    expect(report.ok).toBe(false);
    expect(report.problems.map((p: { check: string; id: string }) => `${p.check} ${p.id}`)).toEqual([
      "integrity example-district-talent",
      "quote example-district-compute",
      "number example-district-compute",
      "coverage example-district-release",
    ]);
    expect(report.problems[1].nearest).toEqual({
      file: "example-district.txt",
      passage: "对企业购买智能算力的,按照实际支出的20%给予补贴,每家企业每年最高300万元。",
      edits: 2,
    });
  });
});

describe("check on datasets that pass", () => {
  test("the curated example: exit 0 and a one-line summary", () => {
    const run = runData(["check", "curated.json"]);
    expect([run.code, run.out]).toEqual([
      0,
      ["curated.json: OK, version 2024.12.01: 2 sources, 7 records, 8 quotes, 14 numbers and 16 source figures checked"],
    ]);
  });

  test("the real seeds, by default", () => {
    const run = runData(["check"], { cwd: path.join(EXAMPLE_DIR, "..", "..", "..", "..") });
    expect(run.code).toBe(0);
    expect(run.out).toEqual([expect.stringMatching(/^seeds\/atlas-dataset\.json: OK, version \S+: 2 sources, \d+ records/)]);
  });
});

describe("check on a dataset that fails the schema or is not JSON", () => {
  test("a schema problem names the path and the record id; the other checks wait", () => {
    const dir = scratchExample();
    const json = JSON.parse(fs.readFileSync(path.join(dir, "curated.json"), "utf8"));
    json.incentives[1].cap = 1000000.5;
    fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify(json));
    const run = runData(["check", "bad.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      expect.stringMatching(/^incentives\[1\]\.cap \(example-district-talent\): schema: .*int/i),
      "bad.json: 1 problem (the schema must pass before the other checks run)",
    ]);
  });

  test("text that is not JSON is one problem", () => {
    const dir = scratchExample();
    fs.writeFileSync(path.join(dir, "cut.json"), '{ "schemaVersion": 1, ');
    const run = runData(["check", "cut.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.out[0]).toMatch(/^\(file\): schema: not valid JSON: /);
  });

  test("a source file that is not beside the dataset", () => {
    const dir = scratchExample();
    fs.rmSync(path.join(dir, "base-city.txt"));
    const run = runData(["check", "curated.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.out[0]).toBe(`sources[0].file (base-city-release): integrity: source file base-city.txt is not in ${dir}`);
  });
});
