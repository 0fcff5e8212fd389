/**
 * The change summary of a refresh: records matched by id, field-level differences with readable
 * paths, and the one-line summary in English and Chinese the pane shows.
 */
import { bundledDataset } from "../../src/data/bundled";
import { diffDatasets, formatValue } from "../../src/data/diff";
import { byId, variant } from "../support/datasets";

const before = bundledDataset();

describe("diffDatasets", () => {
  test("two incentives changed and one added (the issue's example)", () => {
    const after = variant("2025.04.01", (d) => {
      byId(d.incentives, "cdht-model").cap = 35_000_000;
      byId(d.incentives, "suzhou-chip").description.en = "Up to 100M yuan for AI chips";
      d.incentives.push({ ...structuredClone(byId(d.incentives, "cdht-rnd")), id: "cdht-rnd-2" });
    });
    const changes = diffDatasets(before, after);
    expect(changes.summary).toEqual({
      en: "2025.03.22.3 → 2025.04.01: 2 incentives changed, 1 added",
      zh: "2025.03.22.3 → 2025.04.01：2 条补贴变更，新增 1 条",
    });
    expect(changes.counts.incentive).toEqual({ added: 1, removed: 0, changed: 2 });
    expect(changes.counts.fund).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(changes.records.find((r) => r.id === "cdht-model")).toEqual({
      kind: "incentive",
      id: "cdht-model",
      change: "changed",
      fields: [{ path: "cap", before: 30_000_000, after: 35_000_000 }],
      text: "incentive cdht-model: cap 30000000 → 35000000",
    });
    expect(changes.records.find((r) => r.id === "suzhou-chip")?.fields.map((f) => f.path)).toEqual(["description.en"]);
    expect(changes.identical).toBe(false);
  });

  test("several kinds, removals and nested paths", () => {
    const after = variant("2025.04.01", (d) => {
      d.funds = d.funds.filter((f) => f.id !== byId(d.funds, "gd-ai-robotics-fund").id);
      byId(d.regions, "suzhou").name.en = "Suzhou City";
      const model = byId(d.incentives, "cdht-model");
      model.conditions[0].value = 200_000_000_000;
      model.quotes = model.quotes.slice(0, 1);
    });
    const changes = diffDatasets(before, after);
    expect(changes.summary.en).toBe("2025.03.22.3 → 2025.04.01: 1 incentive changed; 1 fund removed; 1 region changed");
    expect(changes.summary.zh).toBe("2025.03.22.3 → 2025.04.01：1 条补贴变更；删除 1 条基金；1 条地区变更");
    expect(changes.records.map((r) => r.text)).toEqual([
      'incentive cdht-model: conditions[0].value 100000000000 → 200000000000; quotes[1] "激励千亿级通用大模型研发和关键技术攻关" → (none)',
      "fund gd-ai-robotics-fund removed",
      'region suzhou: name.en "Suzhou" → "Suzhou City"',
    ]);
  });

  test("a long list of field changes is shortened in the text, complete in the fields", () => {
    const after = variant("2025.04.01", (d) => {
      const r = byId(d.incentives, "cdht-rnd");
      r.cap = 1;
      r.beneficiary = { zh: "甲", en: "A" };
      r.period = r.period === "once" ? "per-year" : "once";
    });
    const record = diffDatasets(before, after).records[0];
    expect(record.fields).toHaveLength(4);
    expect(record.text).toMatch(/; and 1 more$/);
  });

  test("a new version with the same records: identical, and the summary says so", () => {
    const changes = diffDatasets(before, variant("2025.04.01"));
    expect(changes.identical).toBe(true);
    expect(changes.records).toEqual([]);
    expect(changes.summary).toEqual({ en: "2025.03.22.3 → 2025.04.01: no records changed", zh: "2025.03.22.3 → 2025.04.01：记录无变化" });
  });

  test("dataset-level changes (the not-data list, the publisher) are reported as details", () => {
    const changes = diffDatasets(
      before,
      variant("2025.04.01", (d) => {
        d.publisher = "Another team";
        d.notData.pop();
      }),
    );
    expect(changes.identical).toBe(false);
    expect(changes.details.map((f) => f.path)).toEqual(expect.arrayContaining(["publisher", `notData[${before.notData.length - 1}]`]));
    expect(changes.summary).toEqual({
      en: "2025.03.22.3 → 2025.04.01: dataset notes changed",
      zh: "2025.03.22.3 → 2025.04.01：数据集说明变更",
    });
  });

  test("values are shown as short, inert text", () => {
    expect(formatValue(undefined)).toBe("(none)");
    expect(formatValue(null)).toBe("null");
    expect(formatValue("=1+1")).toBe('"=1+1"');
    expect(formatValue("x".repeat(100))).toHaveLength(58);
  });
});
