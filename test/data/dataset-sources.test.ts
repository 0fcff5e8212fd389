/**
 * The data tests, the dataset against its sources: every quote and title occurs in its source, a
 * citation's first quote states the figure, every number of a record appears in its quote, and
 * every figure the seeds state is in the dataset or in notData. Each check is also run on a
 * mutated copy (a changed cap, an altered quote, a deleted fund…) to prove it bites.
 */
import * as path from "path";
import { scanFigures } from "../../src/core/text/figures";
import type { Dataset } from "../../src/core/rules/schema";
import { coverageProblems, leadQuoteProblems, loadSources, numberProblems, quoteProblems } from "../../tools/data/checks";
import { normalizeForMatching, readSource } from "../../tools/data/source-text";
import { SEEDS_DIR, dataset, lines, mutate } from "./dataset-fixture";

const { docs } = loadSources(dataset, SEEDS_DIR);

/** A seed's normalised text. */
function normalizedSource(file: string): string {
  return readSource(path.join(SEEDS_DIR, file)).text;
}

/** The figures (as the source writes them) that coverage finds unaccounted. */
function unaccounted(d: Dataset): string[] {
  return coverageProblems(d, docs)
    .filter((p) => p.path.startsWith("sources["))
    .map((p) => p.message.split(" ")[0]);
}

describe("quotes occur in their sources", () => {
  test("every quote and policy title of the dataset", () => {
    expect(lines(quoteProblems(dataset, docs))).toEqual([]);
  });

  test("normalisation strips pinyin, folds Traditional to Simplified and width", () => {
    expect(normalizeForMatching("正式發(fā)布，首期規(guī)模２０億元")).toBe("正式发布,首期规模20亿元");
  });

  test("a quote with one character changed is caught", () => {
    const bad = mutate((d) => {
      d.incentives[0].quotes[0] = d.incentives[0].quotes[0].replace("500万元", "600万元");
    });
    expect(lines(quoteProblems(bad, docs))).toEqual([
      "incentives[0].quotes[0] (cdht-compute): the quote is not in 003_95f06a9e1ffbb10d.txt",
    ]);
    expect(quoteProblems(bad, docs)[0].nearest).toEqual({
      file: "003_95f06a9e1ffbb10d.txt",
      passage: dataset.incentives[0].quotes[0],
      edits: 1,
    });
  });

  test("a mistyped quote of the Traditional source shows its nearest passage in Traditional, pinyin removed", () => {
    const bad = mutate((d) => {
      d.funds[0].quotes[0] = d.funds[0].quotes[0].replace("首期規模20億元", "首期規模30億元");
    });
    const [problem] = quoteProblems(bad, docs);
    expect(problem).toMatchObject({ path: "funds[0].quotes[0]", id: "gd-ai-robotics-fund", check: "quote" });
    expect(problem.nearest).toEqual({ file: "000_07d09a5131ce9bd8.txt", passage: dataset.funds[0].quotes[0], edits: 1 });
    expect(problem.nearest!.passage).toContain("首期規模20億元");
  });

  test("a made-up policy title is caught", () => {
    const bad = mutate((d) => {
      d.policies[0].title.zh = "广东省人工智能十条";
    });
    expect(lines(quoteProblems(bad, docs))).toEqual([
      expect.stringContaining("policies[0].title.zh (gd-ai-robotics-measures): the title is not in"),
    ]);
  });
});

describe("a citation's passage states the figure", () => {
  test("the first quote of every target, incentive and fund states its value, cap or total", () => {
    expect(lines(leadQuoteProblems(dataset))).toEqual([]);
  });

  test("a target whose first quote is only its deadline is caught (as the Shenzhen targets were before 2025.03.22.2)", () => {
    const edited = mutate((d) => {
      const unicorns = d.targets.find((t) => t.id === "shenzhen-unicorns")!;
      unicorns.quotes = ["到2026年", ...unicorns.quotes.filter((q) => q !== "到2026年")];
    });
    expect(lines(leadQuoteProblems(edited))).toEqual([expect.stringContaining("target shenzhen-unicorns: its first quote")]);
  });
});

describe("every number in a record appears in its quote", () => {
  test("in the curated dataset", () => {
    expect(lines(numberProblems(dataset))).toEqual([]);
  });

  test.each([
    [
      "a cap of 3,000万 typed as 300万",
      (d: Dataset) => (d.incentives.find((i) => i.id === "cdht-model")!.cap = 3_000_000),
      "cap = 3000000",
    ],
    ["a rate of 30% typed as 3%", (d: Dataset) => (d.incentives.find((i) => i.id === "cdht-model")!.rate = 0.03), "rate = 0.03"],
    [
      "a threshold of 1500万 typed as 150万",
      (d: Dataset) => (d.incentives.find((i) => i.id === "cdht-rnd")!.minimum = 1_500_000),
      "minimum = 1500000",
    ],
    [
      "a first close of 20亿 typed as 2亿",
      (d: Dataset) => (d.funds[0].first = { amount: 200_000_000, qualifier: "exact" }),
      "first.amount = 200000000",
    ],
    ["a 2026 target year typed as 2025", (d: Dataset) => (d.targets[0].year = 2025), "year 2025"],
    ["12 measures typed as 13", (d: Dataset) => (d.policies[0].measures = 13), "measures = 13"],
    [
      "an R&D intensity threshold of 20% typed as 25%",
      (d: Dataset) => (d.incentives.find((i) => i.id === "cdht-rnd")!.conditions[0].value = 0.25),
      "conditions[0].value = 0.25 (25%) does not appear in its quotes",
    ],
    [
      "a 千亿 parameter threshold typed as 100亿",
      (d: Dataset) => (d.incentives.find((i) => i.id === "cdht-model")!.conditions[0].value = 10_000_000_000),
      "conditions[0].value = 10000000000 (100亿) does not appear in its quotes",
    ],
  ])("%s is caught", (_name, edit, message) => {
    expect(lines(numberProblems(mutate(edit))).join("\n")).toContain(message);
  });
});

describe("coverage: every figure stated in the seeds is in the dataset or in notData", () => {
  test("the scanner finds the figures the seeds state", () => {
    const chengdu = normalizedSource("003_95f06a9e1ffbb10d.txt");
    const texts = scanFigures(chengdu).map((f) => f.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "500万元",
        "300万元",
        "30%",
        "3000万元",
        "1500万元",
        "10%",
        "1000万元",
        "100亿元",
        "25万元",
        "50万元",
        "10万元",
        "3亿元",
        "14条",
        "25个",
        "三分之一",
        "千亿",
      ]),
    );
    const guangdong = normalizedSource("000_07d09a5131ce9bd8.txt");
    expect(scanFigures(guangdong).map((f) => f.text)).toEqual(
      expect.arrayContaining([
        "100亿元",
        "20亿元",
        "10余个",
        "千亿元",
        "700亿元",
        "50亿",
        "12条",
        "8000亿元",
        "1万亿元",
        "3000家",
        "10家",
        "20%",
        "十个",
        "1亿元",
        "3年",
        "12亿元",
        "5个",
        "十项",
        "3000万元",
      ]),
    );
  });

  test("nothing is unaccounted for", () => {
    expect(lines(coverageProblems(dataset, docs))).toEqual([]);
  });

  test("a not-data entry that names no figure of its source is caught", () => {
    const bad = mutate((d) => d.notData.push({ sourceId: d.sources[1].id, text: "成都高新区", reason: "stale" }));
    expect(lines(coverageProblems(bad, docs))).toEqual([
      `notData[${dataset.notData.length}] (): not-data entry '成都高新区' covers no figure of its source`,
    ]);
  });

  test("deleting a fund leaves its figure unaccounted", () => {
    const bad = mutate((d) => {
      d.funds = d.funds.filter((f) => f.id !== "suzhou-new-energy-fund");
    });
    expect(unaccounted(bad)).toEqual(["50億"]);
  });

  test("deleting an incentive leaves its cap unaccounted", () => {
    const bad = mutate((d) => {
      d.incentives = d.incentives.filter((i) => i.id !== "cdht-talent");
    });
    expect(unaccounted(bad)).toEqual(["25万元"]);
  });

  test("dropping a not-data entry leaves its figure unaccounted", () => {
    const bad = mutate((d) => {
      d.notData = d.notData.filter((n) => !n.text.includes("千家"));
    });
    expect(unaccounted(bad)).toEqual(["千家"]);
  });
});
