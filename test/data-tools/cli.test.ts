/**
 * The command line itself: help, exit codes, one-line errors, and `npm run data` running the
 * TypeScript tools with nothing but the project's own dependencies.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { EXAMPLE_DIR, runData } from "../support/data-cli";

const ROOT = path.join(__dirname, "..", "..");

describe("help and usage errors", () => {
  test("help lists every command, exit 0", () => {
    const run = runData(["help"]);
    expect(run.code).toBe(0);
    for (const command of ["check [dataset.json]", "scan <source.txt>", "diff [old] [new]", "bump [dataset.json]", "help"]) {
      expect(run.out).toContainEqual(expect.stringContaining(command));
    }
  });

  test("no command prints the help and exits 2", () => {
    expect(runData([]).code).toBe(2);
  });

  test.each([
    [["chek"], "data: unknown command 'chek' (commands: check, scan, diff, bump, keygen, sign, verify, help)"],
    [["check", "nope.json"], "data: no such file: nope.json"],
    [["check", "a.json", "b.json"], "data: too many arguments (usage: check [dataset.json])"],
    [["check", "--strict"], "data: unknown option --strict"],
  ])("%j: one line, exit 2", (argv, message) => {
    expect(runData(argv)).toMatchObject({ code: 2, out: [], err: [message] });
  });
});

describe("npm run data", () => {
  const npm = (args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } =>
    spawnSync("npm", ["run", "--silent", "data", "--", ...args], { cwd, encoding: "utf8", env: { ...process.env, INIT_CWD: cwd } });

  test("check on the broken fixture from its folder: four problems, exit 1", () => {
    const result = npm(["check", "broken.json"], EXAMPLE_DIR);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(5);
    expect(result.stdout).toContain("broken.json: 4 problems");
  }, 60_000);

  test("an unknown command: one line on stderr, exit 2", () => {
    const result = npm(["frobnicate"], ROOT);
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      "",
      "data: unknown command 'frobnicate' (commands: check, scan, diff, bump, keygen, sign, verify, help)\n",
    ]);
  }, 60_000);
});
