/**
 * `npm run data -- diff` shows the pane's own refresh message and every changed record and field;
 * `bump` raises version and as-of date, touches nothing else in the file, and refuses a version
 * that is not newer than the file's or the last published one.
 */
import * as fs from "fs";
import * as path from "path";
import { runData, scratchExample } from "../support/data-cli";

describe("diff", () => {
  test("two fixture versions: what users see after a refresh, then each record and field", () => {
    const dir = scratchExample();
    expect(runData(["bump", "curated.json", "--date", "2025-04-01"], { cwd: dir }).code).toBe(0);
    const run = runData(["diff", "atlas-dataset.json", "curated.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out.slice(0, 5)).toEqual([
      "old: atlas-dataset.json (version 2024.12.01, as of 2024-12-01)",
      "new: curated.json (version 2025.04.01, as of 2025-04-01)",
      "after a refresh, users see:",
      "  Data updated. 2024.12.01 → 2025.04.01: 2 incentives added; 1 fund added; 1 policy added; 2 targets added; 1 region added; 1 source added; dataset notes changed",
      "  数据已更新。2024.12.01 → 2025.04.01：新增 2 条补贴；新增 1 条基金；新增 1 条政策；新增 2 条目标；新增 1 条地区；新增 1 条来源；数据集说明变更",
    ]);
    expect(run.out).toContain("incentive example-district-compute added");
    expect(run.out).toContainEqual(
      expect.stringMatching(/^dataset notData\[1\]: \(none\) → \{"sourceId":"example-district-release","text":"示例区/),
    );
  });

  test("changed fields, one per line, and a warning when the version was not raised", () => {
    const run = runData(["diff", "curated.json", "broken.json"]);
    expect(run.out).toEqual(
      expect.arrayContaining([
        "incentive example-district-compute changed:",
        "  minimum: (none) → 500000",
        '  quotes[0]: "对企业购买智能算力的,按照实际支出的20%给予补贴,每家企业每年最高300万元。" → "对企业采购智能算力的,按照实际支出的20%给予补贴,每家企业每年最高300万元。"',
        "incentive example-district-talent changed:",
        '  category: "talent" → "talents"',
        "warning: the version was not raised (2024.12.01): users cannot tell the two datasets apart; run: npm run data -- bump",
      ]),
    );
  });

  test("an older new version: users are asked before it loads", () => {
    const run = runData(["diff", "curated.json", "atlas-dataset.json"], { cwd: bumped("2025-05-01") });
    expect(run.out[3]).toMatch(/^ {2}The published dataset \(version 2024\.12\.01, as of 2024-12-01\) is older than the loaded one/);
  });

  test("defaults: the last published version (git HEAD) against the working copy", () => {
    const head = fs
      .readFileSync(path.join(__dirname, "..", "..", "seeds", "atlas-dataset.json"), "utf8")
      .replace(/"cap": 5000000,/, '"cap": 4000000,');
    const run = runData(["diff"], { gitShow: { "HEAD:seeds/atlas-dataset.json": head } });
    expect(run.gitCalls).toEqual([`${path.join(__dirname, "..", "..")}: show HEAD:seeds/atlas-dataset.json`]);
    expect(run.out).toContain("incentive cdht-compute changed:");
    expect(run.out).toContain("  cap: 4000000 → 5000000");
  });

  test("REV:path that git does not have, and a missing file, exit 2", () => {
    expect(runData(["diff", "v0:seeds/atlas-dataset.json"]).err).toEqual(["data: git has no seeds/atlas-dataset.json at v0"]);
    expect(runData(["diff", "missing.json", "curated.json"])).toMatchObject({ code: 2, err: ["data: no such file: missing.json"] });
  });
});

/** A scratch example whose curated.json was bumped to a date. */
function bumped(date: string): string {
  const dir = scratchExample();
  expect(runData(["bump", "curated.json", "--date", date], { cwd: dir }).code).toBe(0);
  return dir;
}

describe("bump", () => {
  test("raises version and asOf to today and changes nothing else in the file", () => {
    const dir = scratchExample();
    const before = fs.readFileSync(path.join(dir, "curated.json"), "utf8");
    const run = runData(["bump", "curated.json"], { cwd: dir, today: "2025-04-02" });
    expect([run.code, run.out]).toEqual([0, ["curated.json: version 2024.12.01 → 2025.04.02, asOf 2024-12-01 → 2025-04-02"]]);
    const after = fs.readFileSync(path.join(dir, "curated.json"), "utf8");
    const changed = after.split("\n").filter((line, i) => line !== before.split("\n")[i]);
    expect(changed).toEqual(['  "version": "2025.04.02",', '  "asOf": "2025-04-02",']);
  });

  test("a second bump on the same day adds a revision", () => {
    const dir = bumped("2025-04-01");
    const run = runData(["bump", "curated.json", "--date", "2025-04-01"], { cwd: dir });
    expect(run.out).toEqual(["curated.json: version 2025.04.01 → 2025.04.01.1, asOf 2025-04-01 → 2025-04-01"]);
  });

  test("refuses an older version and leaves the file alone", () => {
    const dir = scratchExample();
    const before = fs.readFileSync(path.join(dir, "curated.json"), "utf8");
    const run = runData(["bump", "curated.json", "--version", "2024.11.30"], { cwd: dir });
    expect([run.code, run.err]).toEqual([1, ["refused: version 2024.11.30 is not newer than the file's 2024.12.01"]]);
    expect(fs.readFileSync(path.join(dir, "curated.json"), "utf8")).toBe(before);
  });

  test("refuses a version not newer than the last published one (git HEAD)", () => {
    const dir = scratchExample();
    const published = fs
      .readFileSync(path.join(dir, "curated.json"), "utf8")
      .replace("2024.12.01", "2025.06.01")
      .replace("2024-12-01", "2025-06-01");
    const run = runData(["bump", "curated.json", "--version", "2025.05.01", "--date", "2025-06-01"], {
      cwd: dir,
      gitShow: { "HEAD:./curated.json": published },
    });
    expect([run.code, run.err]).toEqual([1, ["refused: version 2025.05.01 is not newer than the last published 2025.06.01 (git HEAD)"]]);
  });

  test("the default version is newer than the published one", () => {
    const dir = scratchExample();
    const published = fs
      .readFileSync(path.join(dir, "curated.json"), "utf8")
      .replace("2024.12.01", "2025.04.01")
      .replace("2024-12-01", "2025-04-01");
    const run = runData(["bump", "curated.json"], { cwd: dir, today: "2025-04-01", gitShow: { "HEAD:./curated.json": published } });
    expect([run.code, run.out[0]]).toEqual([0, "curated.json: version 2024.12.01 → 2025.04.01.1, asOf 2024-12-01 → 2025-04-01"]);
  });

  test("keeps the last published version, byte for byte, in versions/ for the build to publish", () => {
    const dir = scratchExample();
    const published = fs.readFileSync(path.join(dir, "curated.json"), "utf8");
    const run = runData(["bump", "curated.json", "--date", "2025-04-01"], { cwd: dir, gitShow: { "HEAD:./curated.json": published } });
    expect(run.code).toBe(0);
    expect(run.out[1]).toBe(
      "kept the published 2024.12.01 as versions/2024.12.01.json: the build publishes it for workbooks computed with it",
    );
    expect(fs.readFileSync(path.join(dir, "versions", "2024.12.01.json"), "utf8")).toBe(published);
    // A second bump keeps the archive as it is.
    const again = runData(["bump", "curated.json", "--date", "2025-04-02"], { cwd: dir, gitShow: { "HEAD:./curated.json": published } });
    expect([again.code, again.out.length]).toEqual([0, 1]);
  });

  test("an earlier date is refused: the version and the as-of date never go back", () => {
    const run = runData(["bump", "curated.json", "--date", "2024-11-01"], { cwd: scratchExample() });
    expect([run.code, run.err]).toEqual([
      1,
      ["refused: version 2024.11.01 is not newer than the file's 2024.12.01; as-of date 2024-11-01 is earlier than 2024-12-01"],
    ]);
  });

  test("--json for scripts", () => {
    const run = runData(["bump", "curated.json", "--date", "2025-04-01", "--json"], { cwd: scratchExample() });
    expect(JSON.parse(run.out.join("\n"))).toMatchObject({
      ok: true,
      from: { version: "2024.12.01" },
      to: { version: "2025.04.01", asOf: "2025-04-01" },
    });
  });

  test.each([
    [["bump", "curated.json", "--date", "2025-02-30"], "data: --date must be a date YYYY-MM-DD (got 2025-02-30)"],
    [["bump", "curated.json", "--version", "v2"], "data: --version must be YYYY.MM.DD or YYYY.MM.DD.N (got v2)"],
    [["bump", "curated.json", "--date"], "data: --date needs a value"],
    [["bump", "nope.json"], "data: no such file: nope.json"],
  ])("%j exits 2", (argv, message) => {
    expect(runData(argv, { cwd: scratchExample() })).toMatchObject({ code: 2, err: [message] });
  });
});

describe("diff across issue 21's renames", () => {
  test("a dataset from before the renames is read in today's terms and each rename is listed", () => {
    const dir = scratchExample();
    const curated = JSON.parse(fs.readFileSync(path.join(dir, "curated.json"), "utf8"));
    for (const incentive of curated.incentives) delete incentive.certainty;
    for (const fund of curated.funds) if (fund.status === "being-set-up") fund.status = "forming";
    fs.writeFileSync(path.join(dir, "legacy.json"), JSON.stringify(curated));
    const run = runData(["diff", "legacy.json", "curated.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toEqual(
      expect.arrayContaining([
        "read in today's schema (the old file predates these values; the add-in shows them as the new words):",
        '  example-district-compute: certainty (implicit) → "firm"',
        '  example-district-talent: certainty (implicit) → "up-to"',
      ]),
    );
  });
});
