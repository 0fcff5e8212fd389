/**
 * The analyst's corrections to the dataset (issue 21): every figure says how sure it is and no
 * record reads stronger than its source. One test per correction, on the bundled dataset.
 */
import { Atlas } from "../../src/core/names/atlas";
import { aifunds, aipolicies, aisource } from "../../src/core/api/formulas";
import { fixedClock } from "../../src/core/rules/freshness";
import { figureStatus } from "../../src/core/rules/labels";
import { bundledDataset } from "../../src/data/bundled";

const dataset = bundledDataset();
const atlas = new Atlas(dataset);
const incentive = (id: string) => dataset.incentives.find((i) => i.id === id)!;
const fund = (id: string) => dataset.funds.find((f) => f.id === id)!;
const policy = (id: string) => dataset.policies.find((p) => p.id === id)!;
const target = (id: string) => dataset.targets.find((t) => t.id === id)!;

test("every incentive says whether its amount is firm or up to, as the issue lists them", () => {
  const certainty = Object.fromEntries(dataset.incentives.map((i) => [i.id, i.certainty]));
  expect(certainty).toEqual({
    "cdht-compute": "up-to",
    "cdht-compute-case": "up-to",
    "cdht-model": "firm",
    "cdht-rnd": "firm",
    "cdht-data": "up-to",
    "cdht-talent": "up-to",
    "cdht-talent-award": "up-to",
    "cdht-scenario-solution": "firm",
    "cdht-scenario": "firm",
    "suzhou-chip": "up-to",
    "zhuhai-general": "up-to",
  });
});

test("no compute text says reimbursed or 报销", () => {
  const compute = JSON.stringify(incentive("cdht-compute"));
  expect(compute).not.toMatch(/reimburs|报销/i);
  expect(incentive("cdht-compute").kind).toBe("spend-ceiling");
});

test("who is paid: the settling award goes to 团队或个人; Suzhou's chip draft to AI chip makers only", () => {
  expect(incentive("cdht-talent-award").payee).toBe("team-or-person");
  expect(incentive("suzhou-chip").payeeIf).toBe("makesAiChips");
  expect(dataset.incentives.filter((i) => i.payee !== "company").map((i) => i.id)).toEqual(["cdht-talent-award"]);
});

test("超过千亿级 leaves exactly 千亿 to confirm", () => {
  expect(incentive("cdht-model").conditions.find((c) => c.field === "modelParameters")).toMatchObject({
    op: "gt",
    value: 100_000_000_000,
    atValue: "unknown",
  });
});

test("statuses: funds are never final; Suzhou's funds are being set up; Chengdu's targets are an official's remark", () => {
  expect(aisource(atlas, "苏州", "cluster")).toMatch(/\[nearly \(近\); being set up, press report\]$/);
  expect(aisource(atlas, "苏州", "cluster")).not.toContain("final");
  const funds = aifunds(atlas);
  const status = funds[0].indexOf("status");
  for (const row of funds.slice(1)) expect(String(row[status])).not.toMatch(/final/);
  expect(atlas.statusOf(fund("cdht-ai-mother-fund")).en).toBe("proposed, official release");
  expect(target("cdht-national-scenarios").statedBy).toBe("official-remark");
  expect(aisource(atlas, "成都高新区", "国家级应用场景")).toMatch(/\[final, an official's remark \(负责人表示\)\]$/);
  const release = dataset.sources.find((s) => s.kind === "official-release");
  expect(figureStatus(undefined, release, { fundStatus: "being-set-up" }).en).toBe("being set up, official release");
});

test("Shenzhen: the terminal-industry targets belong to the terminal plan only; growth is the AI industry's", () => {
  expect(target("shenzhen-terminal-scale").policyIds).toEqual(["shenzhen-ai-terminal-plan"]);
  expect(target("shenzhen-terminal-scale-stretch").policyIds).toEqual(["shenzhen-ai-terminal-plan"]);
  for (const id of ["shenzhen-ai-companies", "shenzhen-unicorns", "shenzhen-growth"])
    expect(target(id).policyIds).toEqual(["shenzhen-ai-terminal-plan", "shenzhen-ai-pioneer-city-plan"]);
  expect(target("shenzhen-growth").metric).toEqual({ zh: "人工智能产业规模年均增长", en: "Average annual growth of AI industry output" });
});

test("Guangdong's 首期规模 is a planned first phase, not a first close", () => {
  expect(fund("gd-ai-robotics-fund").firstLabel).toBe("planned-first-phase");
  expect(JSON.stringify(dataset)).not.toContain("first-close");
});

test("Chengdu: the three 1亿 programmes are announced programmes, not the policy's budget", () => {
  for (const id of ["cdht-compute-vouchers", "cdht-model-fund", "cdht-scenario-fund"]) {
    expect(fund(id)).toMatchObject({ kind: "program", status: "announced" });
  }
  expect(policy("cdht-ai-robotics-policy").budget).toBeUndefined();
  expect(dataset.policies.filter((p) => p.budget).map((p) => p.id)).toEqual(["sichuan-ai-chain-policy"]);
});

test("Sichuan's 12亿 is planned over 3 years, start year not stated", () => {
  const table = aipolicies(atlas, "四川", fixedClock("2026-11-30"));
  const row = table[1];
  expect(row[table[0].indexOf("budget")]).toBe(1_200_000_000);
  expect(row[table[0].indexOf("budget period")]).toBe("planned over 3 years (start year not stated)");
});

test("no signing date from outside the sources; drafts' period not stated; inferred fields marked", () => {
  const blog = dataset.sources.find((s) => s.id === "blog-gd-suzhou-funds")!;
  expect(blog.dateNote).not.toMatch(/2025-03-16|signed/);
  expect(incentive("suzhou-chip").period).toBe("not-stated");
  expect(incentive("zhuhai-general").period).toBe("not-stated");
  expect(incentive("suzhou-chip").inferred).toEqual(["beneficiary"]);
  expect(fund("cdht-ai-mother-fund").inferred).toEqual(["sponsors"]);
  expect(policy("cdht-ai-three-year-plan").inferred).toEqual(["status"]);
  const general = dataset.categories.find((c) => c.id === "general")!;
  expect(JSON.stringify(general.description)).not.toMatch(/per company|单个企业/);
});

test("translations: suzhou-chip is the largest single subsidy; Canton is not Guangdong; the zone is a national high-tech zone", () => {
  expect(incentive("suzhou-chip").description.en).toBe(
    "The largest single subsidy in the funding package is 100M yuan (draft for comment)",
  );
  expect(dataset.regions.find((r) => r.id === "guangdong")!.aliases).not.toContain("Canton");
  const zone = dataset.regions.find((r) => r.id === "chengdu-hitech")!;
  expect(zone.levelNote?.en).toContain("national high-tech industrial development zone");
});

test("categorical facts: Zhuhai's technology focus and carriers, Chengdu's named measures and scenario domains", () => {
  const kinds = (id: string, kind: string) =>
    policy(id)
      .facts.filter((f) => f.kind === kind)
      .map((f) => f.zh);
  expect(kinds("zhuhai-ai-robotics-draft", "tech-focus")).toEqual(["机器人运动控制算法", "灵巧手", "高精度传感器", "柔性关节", "球形电机"]);
  expect(kinds("zhuhai-ai-robotics-draft", "carrier")).toHaveLength(5);
  expect(kinds("cdht-ai-robotics-policy", "scenario-domain")).toEqual(["机器人社区", "智慧交通", "智慧应急", "智慧医疗"]);
  expect(kinds("cdht-ai-robotics-policy", "named-measure")).toHaveLength(4);
  expect(policy("cdht-ai-robotics-policy").autoGrantShare?.qualifier).toBe("over");
});

test("Shandong, named among the regions issuing measures, has a record saying so, its status inferred", () => {
  const shandong = dataset.policies.filter((p) => p.regionId === "shandong");
  expect(shandong.map((p) => p.id)).toEqual(["shandong-ai-measures-unnamed"]);
  expect(shandong[0].inferred).toEqual(["status"]);
  expect(shandong[0].title.en).toContain("gives no title, issuer, figures or details");
  expect(atlas.statusOf(shandong[0]).en).toBe("final (inferred: the source does not say), press report");
  expect(dataset.incentives.some((i) => i.regionId === "shandong")).toBe(false);
});

test("Suzhou's 700亿 first batch is made up of the nine listed funds (inferred from their sum)", () => {
  const cluster = fund("suzhou-fund-cluster");
  expect(cluster.inferred).toEqual(["firstBatch"]);
  const members = cluster.firstBatch.map(fund);
  expect(members).toHaveLength(9);
  expect(members.reduce((sum, f) => sum + f.total.amount, 0)).toBe(cluster.first?.amount);
});
