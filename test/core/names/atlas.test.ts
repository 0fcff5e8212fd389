/** Resolution, suggestions, ranking and tables of the Atlas, beyond the fixture table. */
import { Atlas } from "../../../src/core/names/atlas";
import { aicategories, aidata, aifunds, aiincentives, aipolicies, airank, airegions } from "../../../src/core/api/formulas";
import { fixedClock } from "../../../src/core/rules/freshness";
import { INCENTIVE_COLUMNS } from "../../../src/core/api/tables";
import { bundledDataset } from "../../../src/data/bundled";

const atlas = new Atlas(bundledDataset());
const clock = fixedClock("2026-11-30");

describe("resolution", () => {
  test.each([
    ["成都高新区", "chengdu-hitech"],
    ["成都高新區", "chengdu-hitech"],
    ["Chengdu Hi-tech Zone", "chengdu-hitech"],
    ["chengdu hitech zone", "chengdu-hitech"],
    ["CDHT", "chengdu-hitech"],
    ["Chéngdū Gāoxīnqū", "chengdu-hitech"],
    ["蘇州", "suzhou"],
    ["苏州市", "suzhou"],
    ["suzhou", "suzhou"],
    ["Guangdong Province", "guangdong"],
    ["廣東", "guangdong"],
    ["Sichuan", "sichuan"],
    ["shenzhen shi", "shenzhen"],
  ])("region %s → %s", (typed, id) => {
    expect(atlas.region(typed).id).toBe(id);
  });

  test("a repeated lookup is answered from memory with the same object", () => {
    expect(atlas.region("成都高新区")).toBe(atlas.region("成都高新区"));
  });

  test("suggestions for typos", () => {
    expect(() => atlas.region("Suzhuo")).toThrow("Did you mean 'Suzhou (苏州市)'");
    expect(() => atlas.region("Guangdogn")).toThrow("Guangdong Province (广东省)");
    expect(() => atlas.category("compte")).toThrow("Did you mean 'compute");
    expect(() => atlas.region("Atlantis")).toThrow(/^Unknown region 'Atlantis'\.$/);
  });
});

describe("ranking", () => {
  test("AIRANK for model ranks the one region with a model rule", () => {
    expect(airank(atlas, "model", 200000000)).toEqual([
      ["rank", "region", "subsidy", "category", "rule", "status", "policy"],
      [
        1,
        "成都高新区",
        30000000,
        "model",
        "30% of model r&d cost, up to 30,000,000",
        "final",
        "关于支持人工智能(机器人)产业高质量发展的若干政策",
      ],
    ]);
  });

  test("AIRANK for any orders regions by their largest cap and marks drafts", () => {
    const rows = airank(atlas, "any", null, "万");
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, "苏州市", 10000],
      [2, "成都高新区", 3000],
      [2, "珠海市", 3000],
    ]);
    expect(rows[1][5]).toContain("DRAFT");
    expect(rows[2][5]).toBe("final");
  });
});

describe("tables", () => {
  test("AIINCENTIVES has the documented header and one row per incentive", () => {
    const table = aiincentives(atlas);
    expect(table[0]).toEqual([...INCENTIVE_COLUMNS]);
    expect(table).toHaveLength(atlas.dataset.incentives.length + 1);
    for (const row of table) expect(row).toHaveLength(INCENTIVE_COLUMNS.length);
  });

  test("a region filter includes the regions within it", () => {
    const sichuan = aiincentives(atlas, "四川");
    expect(sichuan.slice(1).every((r) => r[0] === "成都高新区")).toBe(true);
    expect(sichuan).toHaveLength(10);
    expect(aiincentives(atlas, "成都高新区", "model")).toHaveLength(2);
  });

  test("a region without incentives is #N/A with the regions that have some", () => {
    expect(() => aiincentives(atlas, "山东")).toThrow("Regions with incentives");
  });

  test("AIFUNDS and AIPOLICIES", () => {
    expect(aifunds(atlas, "苏州")).toHaveLength(11);
    expect(aifunds(atlas)[1][3]).toBe(10000000000);
    const [header, ...rows] = aifunds(atlas, "苏州");
    const cluster = rows.find((r) => r[2] === "cluster");
    expect(header.slice(3, 6)).toEqual(["total", "total qualifier", "first"]);
    expect(cluster?.slice(3, 6)).toEqual([100000000000, "nearly", 70000000000]); // 近千亿元: the number alone would drop "nearly"
    expect(rows.filter((r) => r !== cluster).every((r) => r[4] === "")).toBe(true);
    expect(
      aipolicies(atlas, "广东", clock)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(["广东省", "深圳市", "深圳市", "珠海市"]);
  });

  test("AIREGIONS and AICATEGORIES are single columns for validation lists", () => {
    expect(airegions(atlas).map((r) => r[0])).toContain("成都高新区");
    expect(airegions(atlas, "en").map((r) => r[0])).toContain("Chengdu Hi-tech Zone");
    expect(aicategories(atlas).map((r) => r[0])).toEqual([
      "compute",
      "compute-case",
      "model",
      "rnd",
      "data",
      "talent",
      "talent-award",
      "scenario",
      "scenario-solution",
      "chip",
      "general",
      "any",
    ]);
    for (const row of [...airegions(atlas), ...aicategories(atlas)]) expect(row).toHaveLength(1);
  });

  test("AIDATA gives the version, counts and origin", () => {
    const info = { origin: "bundled", loadedAt: "2026-01-01T00:00:00.000Z" };
    expect(aidata(atlas, info, "version", clock)).toBe("2025.03.22.3");
    expect(aidata(atlas, info, "As of", clock)).toBe("2025-03-22");
    expect(aidata(atlas, info, "incentives", clock)).toBe(11);
    expect(aidata(atlas, info, null, clock)).toContainEqual(["origin", "bundled"]);
    expect(() => aidata(atlas, info, "colour", clock)).toThrow("Unknown field");
  });
});
