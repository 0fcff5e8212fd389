/**
 * The data tests: they pass on the curated dataset and would fail on a bad edit. Each check is
 * also run on a mutated copy (a changed cap, an altered quote, a deleted fund…) to prove it bites.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import raw from "../../seeds/atlas-dataset.json";
import { Atlas } from "../../src/core/atlas";
import { scanFigures } from "../../src/core/figures";
import type { Dataset } from "../../src/core/schema";
import { bundledDataset } from "../../src/data/bundled";
import { validateDataset } from "../../src/data/validate";
import {
  checkDataset,
  coverageProblems,
  leadQuoteProblems,
  loadSources,
  numberProblems,
  quoteProblems,
  type Problem,
} from "../../tools/data/checks";
import { normalizeForMatching, openccToSimplified, readSource, traditionalSpellings } from "../../tools/data/source-text";

const SEEDS_DIR = path.join(__dirname, "..", "..", "seeds");
const dataset = bundledDataset();
const { docs } = loadSources(dataset, SEEDS_DIR);

/** A seed's normalised text. */
function normalizedSource(file: string): string {
  return readSource(path.join(SEEDS_DIR, file)).text;
}

/** Problems as the one-line texts a test can search: `path (id): message`. */
function lines(problems: Problem[]): string[] {
  return problems.map((p) => `${p.path} (${p.id ?? ""}): ${p.message}`);
}

/** The figures (as the source writes them) that coverage finds unaccounted. */
function unaccounted(d: Dataset): string[] {
  return coverageProblems(d, docs)
    .filter((p) => p.path.startsWith("sources["))
    .map((p) => p.message.split(" ")[0]);
}

/** A deep copy of the dataset with one edit applied. */
function mutate(edit: (d: Dataset) => void): Dataset {
  const copy = structuredClone(dataset);
  edit(copy);
  return copy;
}

describe("the bundled dataset", () => {
  test("passes the schema and integrity checks", () => {
    const result = validateDataset(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test("passes every check of npm run data -- check", () => {
    expect(lines(checkDataset(raw, SEEDS_DIR).problems)).toEqual([]);
  });

  test("holds every kind of record PRODUCT.md lists", () => {
    expect(dataset.sources).toHaveLength(2);
    expect(dataset.regions.length).toBeGreaterThanOrEqual(9);
    expect(dataset.funds.length).toBeGreaterThanOrEqual(14);
    expect(dataset.policies.length).toBeGreaterThanOrEqual(8);
    expect(dataset.incentives.length).toBeGreaterThanOrEqual(11);
    expect(dataset.targets.length).toBeGreaterThanOrEqual(10);
  });

  test("source documents are the unchanged copies listed in seeds/README.md", () => {
    const readme = fs.readFileSync(path.join(SEEDS_DIR, "README.md"), "utf8");
    for (const source of dataset.sources) {
      const hash = crypto
        .createHash("sha256")
        .update(fs.readFileSync(path.join(SEEDS_DIR, source.file)))
        .digest("hex");
      expect(readme).toContain(`${hash}  ${source.file}`);
      const shared = path.join(__dirname, "..", "..", "..", "shared", "seeds", source.file);
      if (fs.existsSync(shared)) expect(fs.readFileSync(shared, "utf8")).toBe(fs.readFileSync(path.join(SEEDS_DIR, source.file), "utf8"));
    }
  });
});

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

describe("integrity", () => {
  test.each([
    ["a duplicate id", (d: Dataset) => d.funds.push({ ...d.funds[0] }), "fund id 'gd-ai-robotics-fund' is used twice"],
    ["an unknown region", (d: Dataset) => (d.incentives[0].regionId = "chengdu-hi-tech"), "unknown region 'chengdu-hi-tech'"],
    ["an unknown policy", (d: Dataset) => (d.incentives[0].policyId = "nope"), "unknown policy 'nope'"],
    ["an unknown category", (d: Dataset) => (d.incentives[0].category = "gpu"), "unknown category 'gpu'"],
    [
      "a missing published category",
      (d: Dataset) => (d.categories = d.categories.filter((c) => c.id !== "chip")),
      "category 'chip' is missing",
    ],
    ["an ambiguous alias", (d: Dataset) => d.regions[1].aliases.push("Suzhou"), "ambiguous"],
    [
      "a cluster whose members do not add up",
      (d: Dataset) => (d.funds.find((f) => f.id === "suzhou-talent-fund")!.total.amount = 1),
      "members add up to",
    ],
    [
      "a rate rule without a rate",
      (d: Dataset) => delete d.incentives.find((i) => i.id === "cdht-model")!.rate,
      "a rate rule needs a rate",
    ],
  ])("%s is caught", (_name, edit, message) => {
    const result = validateDataset(mutate(edit));
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.problems.join("\n")).toContain(message);
  });

  test.each([
    ["money as a float", (d: Dataset) => (d.incentives[0].cap = 5000000.5), "incentives[0].cap"],
    ["a negative amount", (d: Dataset) => (d.funds[0].total.amount = -1), "funds[0].total.amount"],
    ["a rate above 100%", (d: Dataset) => (d.incentives[2].rate = 30), "incentives[2].rate"],
    ["an unknown status", (d: Dataset) => ((d.policies[0] as { status: string }).status = "final-ish"), "policies[0].status"],
    ["a record without a quote", (d: Dataset) => (d.targets[0].quotes = []), "targets[0].quotes"],
  ])("the schema rejects %s", (_name, edit, where) => {
    const result = validateDataset(mutate(edit));
    expect(result.ok ? "" : result.problems.join("\n")).toContain(where);
  });
});

describe("names", () => {
  test("zh-Hant names are the OpenCC Traditional forms of the zh-Hans names", () => {
    for (const r of dataset.regions) expect([r.id, openccToSimplified(r.name.zhHant)]).toEqual([r.id, r.name.zhHans]);
    for (const f of dataset.funds) if (f.name.zhHant) expect([f.id, openccToSimplified(f.name.zhHant)]).toEqual([f.id, f.name.zhHans]);
  });

  test("every Chinese name and alias, spelled in Traditional, resolves to the same record", () => {
    const atlas = new Atlas(dataset);
    const han = /[\u4e00-\u9fff]/;
    for (const r of dataset.regions) {
      for (const name of [r.name.zhHans, ...r.aliases].filter((n) => han.test(n))) {
        for (const spelling of traditionalSpellings(name)) expect([spelling, atlas.region(spelling).id]).toEqual([spelling, r.id]);
      }
    }
    for (const c of dataset.categories) {
      for (const name of [c.name.zh, ...c.aliases].filter((n) => han.test(n))) {
        for (const spelling of traditionalSpellings(name)) expect([spelling, atlas.category(spelling).id]).toEqual([spelling, c.id]);
      }
    }
  });

  test("drafts for comment are marked as drafts", () => {
    for (const p of dataset.policies) expect([p.id, p.status]).toEqual([p.id, p.title.zh.includes("征求意见稿") ? "draft" : "final"]);
  });
});
