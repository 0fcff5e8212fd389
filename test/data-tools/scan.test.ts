/**
 * `npm run data -- scan`: every figure of a source once, with its sentence and what accounts for
 * it; the Traditional source with pinyin reads as the source writes it, without the pinyin.
 */
import { runData } from "../support/data-cli";

type Figure = {
  kind: string;
  text: string;
  value: number;
  line: number;
  sentence: string;
  start: number;
  accountedBy: { type: string; id?: string; path: string }[];
};

function figures(argv: string[]): Figure[] {
  const run = runData([...argv, "--json"]);
  expect(run.code).toBe(0);
  return JSON.parse(run.out.join("\n")).figures;
}

describe("scan a curated source", () => {
  const found = figures(["scan", "example-district.txt", "--dataset", "curated.json"]);

  test("lists each amount, count, rate, period and deadline once, in order, with its sentence", () => {
    expect(found.map((f) => [f.line, f.kind, f.text])).toEqual([
      [1, "count", "十条"],
      [1, "money", "300万元"],
      [2, "count", "10条"],
      [3, "percent", "20%"],
      [3, "money", "300万元"],
      [4, "money", "100万元"],
      [5, "money", "50亿元"],
      [5, "money", "10亿元"],
      [6, "years", "3年"],
      [6, "deadline", "到2027年"],
      [6, "money", "500亿元"],
      [6, "count", "200家"],
      [7, "count", "30余家"],
    ]);
    expect(new Set(found.map((f) => f.start)).size).toBe(found.length);
    expect(found.find((f) => f.text === "20%")!.sentence).toBe("对企业购买智能算力的,按照实际支出的20%给予补贴,每家企业每年最高300万元。");
  });

  test("says which record or not-data entry accounts for each", () => {
    const by = (text: string, line: number): string[] =>
      found.find((f) => f.text === text && f.line === line)!.accountedBy.map((a) => (a.type === "record" ? a.id! : a.path));
    expect(by("20%", 3)).toEqual(["example-district-compute"]);
    expect(by("300万元", 1)).toEqual(["notData[1]"]);
    expect(by("到2027年", 6)).toEqual(["example-district-ai-output", "example-district-ai-companies"]);
    expect(by("30余家", 7)).toEqual(["notData[2]"]);
  });

  test("prints a checklist by sentence for the terminal", () => {
    const run = runData(["scan", "example-district.txt", "--dataset", "curated.json"]);
    expect(run.out[0]).toBe(
      "example-district.txt (source example-district-release of curated.json): 13 figures, 13 accounted for, 0 unaccounted",
    );
    expect(run.out).toContain("line 3: 对企业购买智能算力的,按照实际支出的20%给予补贴,每家企业每年最高300万元。");
    expect(run.out).toContain("  ✓ 20% · percent 0.2 (20%) · incentive example-district-compute (incentives[0])");
    expect(run.out).toContain("  ✓ 30余家 · count 30 · not data (notData[2])");
  });
});

describe("scan a source the dataset does not have yet", () => {
  test("by default against the dataset beside it: every figure is to do", () => {
    const run = runData(["scan", "example-district.txt"]);
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(
      /^example-district\.txt \(not a source of atlas-dataset\.json yet: .*\): 13 figures, 0 accounted for, 13 unaccounted/,
    );
    expect(run.out).toContain("  ✗ 50亿元 · money 5000000000 (50亿) · UNACCOUNTED");
  });
});

describe("scan a Traditional source with pinyin reading aids", () => {
  test("figures and sentences read as the source writes them, pinyin removed", () => {
    const found = figures(["scan", "base-city.txt"]);
    expect(found.map((f) => [f.text, f.value, f.accountedBy.map((a) => a.id ?? a.path)])).toEqual([
      ["20億元", 2_000_000_000, ["notData[0]"]],
      ["20億元", 2_000_000_000, ["example-city-ai-fund"]],
      ["5億元", 500_000_000, ["example-city-ai-fund"]],
    ]);
    expect(found[2].sentence).toBe("範例市近日宣布成立人工智能產業基金,總規模20億元,首期規模5億元,重點投資大模型與機器人項目。");
  });
});

describe("scan usage errors", () => {
  test.each([
    [["scan"], /^data: scan needs a source file/],
    [["scan", "missing.txt"], /^data: no such file: missing\.txt$/],
    [["scan", "base-city.txt", "--dataset", "missing.json"], /^data: no such file: missing\.json$/],
    [["scan", "base-city.txt", "--datset", "curated.json"], /^data: unknown option --datset$/],
  ])("%j exits 2 with one line", (argv, message) => {
    const run = runData(argv);
    expect([run.code, run.out, run.err.length]).toEqual([2, [], 1]);
    expect(run.err[0]).toMatch(message);
  });
});
