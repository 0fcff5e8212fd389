/**
 * The data tests, the dataset as a whole: the bundled dataset passes the schema, integrity and
 * `npm run data -- check`, holds every kind of record, and rests on unchanged source documents;
 * the integrity and schema rules, and the Chinese names. Each rule is also run on a mutated copy
 * (a duplicate id, an unknown region, a float amount…) to prove it bites. What the sources say is
 * checked in dataset-sources.test.ts.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import raw from "../../seeds/atlas-dataset.json";
import { Atlas } from "../../src/core/names/atlas";
import type { Dataset } from "../../src/core/rules/schema";
import { validateDataset } from "../../src/data/validate";
import { checkDataset } from "../../tools/data/checks";
import { openccToSimplified, traditionalSpellings } from "../../tools/data/source-text";
import { SEEDS_DIR, dataset, lines, mutate } from "./dataset-fixture";

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
