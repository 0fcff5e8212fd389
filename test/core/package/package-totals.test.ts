/**
 * The package's three totals and how sure each line is (issue 21, PRODUCT.md §9): firm, eligible
 * (an upper bound) and possible in CN.AIPACKAGE, CN.AIPACKAGETOTAL and CN.AIPACKAGERANK; lines paid
 * to a team or person shown and not summed; one award counted where a count is unknown, said so;
 * a per-year rule over a term the policy does not publish flagged; an empty profile ranks nothing.
 */
import { Atlas } from "../../../src/core/names/atlas";
import { isAtlasError } from "../../../src/core/errors";
import { rankPackages } from "../../../src/core/package/package";
import { aipackage, aipackagerank, aipackagetotal, PACKAGE_COLUMNS, packageFor } from "../../../src/core/package/package-formulas";
import { lineMarks, lineWorking } from "../../../src/core/package/package-text";
import { profileOf } from "../../../src/core/package/profile";
import { profileField } from "../../../src/core/package/profile-fields";
import { parseUnit } from "../../../src/core/text/units";
import { bundledDataset } from "../../../src/data/bundled";
import { WORKED_EXAMPLE } from "../../support/package-fixture";

const atlas = new Atlas(bundledDataset());
const YUAN = parseUnit(undefined);

function errorOf(compute: () => unknown): string {
  try {
    compute();
  } catch (e) {
    if (isAtlasError(e)) return e.message;
    throw e;
  }
  throw new Error("expected an error");
}

test("CN.AIPACKAGETOTAL takes firm: the worked example is firm 45,000,000, eligible 61,000,000, possible 69,100,000", () => {
  expect(aipackagetotal(atlas, "成都高新区", WORKED_EXAMPLE, "firm")).toBe(45_000_000);
  expect(aipackagetotal(atlas, "成都高新区", WORKED_EXAMPLE, "确定")).toBe(45_000_000);
  expect(aipackagetotal(atlas, "成都高新区", WORKED_EXAMPLE)).toBe(61_000_000);
  expect(aipackagetotal(atlas, "成都高新区", WORKED_EXAMPLE, "possible")).toBe(69_100_000);
  expect(errorOf(() => aipackagetotal(atlas, "成都高新区", WORKED_EXAMPLE, "sure-ish"))).toContain('"firm"');
});

test("CN.AIPACKAGE shows each line's certainty and ends with the firm, eligible and possible total rows", () => {
  const table = aipackage(atlas, "成都高新区", WORKED_EXAMPLE);
  const column = (name: (typeof PACKAGE_COLUMNS)[number]): number => PACKAGE_COLUMNS.indexOf(name);
  expect(table[0]).toEqual([...PACKAGE_COLUMNS]);
  const row = (category: string) => table.find((r) => r[0] === category)!;
  expect(row("model")[column("certainty")]).toBe("firm");
  expect(row("compute")[column("certainty")]).toBe("up to");
  expect(row("talent")[column("certainty")]).toBe("up to");
  expect(row("compute")[column("firm")]).toBe("");
  expect(String(row("compute")[column("working")])).toMatch(/^up to min\(8,000,000 CNY, 5,000,000 CNY\)/);
  const [firm, eligible, possible] = table.slice(-3);
  expect(firm[column("firm")]).toBe(45_000_000);
  expect(String(eligible[column("incentive")])).toContain("upper bound");
  expect(eligible[column("eligible")]).toBe(61_000_000);
  expect(possible[column("possible")]).toBe(69_100_000);
  expect(String(possible[column("working")])).toContain("one award counted where the count is not given");
  expect(String(possible[column("reason")])).toContain("not summed");
});

test("the team settling award is shown with its amount and marked, never summed", () => {
  const profile = [...WORKED_EXAMPLE, ["awardTeams", 2]];
  const pkg = packageFor(atlas, "成都高新区", profile, YUAN);
  const line = pkg.lines.find((l) => l.incentive.id === "cdht-talent-award")!;
  expect(line.status).toBe("eligible");
  expect(line.paidToOther).toBe(true);
  expect([line.firm, line.amount, line.possible]).toEqual([0, 0, 0]);
  expect(lineWorking(line, YUAN, "en")).toContain("= up to 1,000,000 CNY");
  expect(lineMarks(line, "en")).toContain("paid to teams or individuals, not the company: not summed");
  expect(lineMarks(line, "zh")).toContain("支付给团队或个人");
  const table = aipackage(atlas, "成都高新区", profile);
  const row = table.find((r) => r[0] === "talent-award")!;
  expect(row[PACKAGE_COLUMNS.indexOf("eligible")]).toBe("");
});

test("Suzhou's chip-only draft counts (in possible, never eligible) only when the profile says the company makes AI chips", () => {
  expect(aipackagetotal(atlas, "苏州", WORKED_EXAMPLE, "possible")).toBe(0);
  const chips = [...WORKED_EXAMPLE, ["makesAiChips", "是"]];
  expect(aipackagetotal(atlas, "苏州", chips, "possible")).toBe(100_000_000);
  expect(aipackagetotal(atlas, "苏州", chips)).toBe(0);
  const line = packageFor(atlas, "苏州", WORKED_EXAMPLE, YUAN).lines[0];
  expect(lineMarks(line, "en")).toContain("summed when makesAiChips = yes");
});

test("exactly 100,000,000,000 parameters is unknown (confirm), not not-eligible; one more is eligible", () => {
  const at = (parameters: number) =>
    packageFor(
      atlas,
      "成都高新区",
      [...WORKED_EXAMPLE.filter((r) => r[0] !== "modelParameters"), ["modelParameters", parameters]],
      YUAN,
    ).lines.find((l) => l.incentive.category === "model")!;
  const exactly = at(100_000_000_000);
  expect(exactly.status).toBe("unknown");
  expect(exactly.toConfirm.map((c) => c.condition.field)).toEqual(["modelParameters"]);
  expect(exactly.possible).toBe(30_000_000);
  expect(at(100_000_000_001).status).toBe("eligible");
});

test("a per-year rule multiplied beyond a term the policy does not publish is flagged", () => {
  const pkg = packageFor(atlas, "成都高新区", WORKED_EXAMPLE, YUAN);
  const rnd = pkg.lines.find((l) => l.incentive.category === "rnd")!;
  expect(rnd.termUnpublished).toBe(true);
  expect(lineMarks(rnd, "en")).toContain("the policy publishes no term: years 2–3 assume it continues");
  const oneYear = packageFor(
    atlas,
    "成都高新区",
    WORKED_EXAMPLE.filter((r) => r[0] !== "years"),
    YUAN,
  );
  expect(oneYear.lines.find((l) => l.incentive.category === "rnd")!.termUnpublished).toBe(false);
});

test("CN.AIPACKAGERANK shows the three totals; an empty profile ranks nothing", () => {
  const table = aipackagerank(atlas, WORKED_EXAMPLE);
  expect(table[0].slice(2, 5)).toEqual(["firm", "eligible (upper bound)", "possible"]);
  const chengdu = table.find((r) => r[1] === "成都高新区")!;
  expect(chengdu.slice(2, 5)).toEqual([45_000_000, 61_000_000, 69_100_000]);
  expect(rankPackages(atlas, profileOf({}))).toEqual([]);
  expect(rankPackages(atlas, profileOf({ years: 3 }))).toEqual([]);
  expect(errorOf(() => aipackagerank(atlas, [["years", 3]]))).toContain("The profile is empty");
});

test("profile fields say what the source measures", () => {
  const name = (id: Parameters<typeof profileField>[0]) => profileField(id).name;
  expect(name("rndIntensity")).toEqual({ en: "Internal R&D intensity on key technologies", zh: "关键技术内部研发投入强度" });
  expect(profileField("dataAward").hint.en).toContain("ministry-hosted AI (robotics) competition such as 数据要素×");
  expect(name("modelLeading").en).toContain("General-purpose (通用)");
  expect(name("computeSpend").en).toContain("training AI models");
  expect(profileField("makesAiChips").kind).toBe("yes-no");
});
