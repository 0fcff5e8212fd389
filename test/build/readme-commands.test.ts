/**
 * Every command the README gives is proven by CI: `.ci/run` runs it, or a named test runs it
 * (the long-running servers and the data team's subcommands). A README command that neither
 * reaches fails here, so a broken `npm run bench` cannot go unnoticed again.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const ci = fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8");

/** Commands a test runs instead of `.ci/run` itself (which runs `npm test`), and the text the test must contain. */
const PROVEN_BY_TESTS: Record<string, { test: string; mentions: string }> = {
  start: { test: "test/scripts/start.test.ts", mentions: "npm start" },
  stop: { test: "test/scripts/start.test.ts", mentions: "stop.mjs" },
  "dev-server": { test: "test/scripts/start.test.ts", mentions: "npm start" }, // npm start serves through it (scripts/start.mjs)
  data: { test: "test/data-tools/cli.test.ts", mentions: "data.cjs" },
};

/** The npm commands in the README's code (inline `…` and fenced blocks): `install`, `test`, `run bench`… */
function readmeCommands(text: string): string[] {
  const code = [...text.matchAll(/```[\s\S]*?```|`[^`\n]+`/g)].map((m) => m[0]).join("\n");
  const names = [...code.matchAll(/\bnpm (?:run )?([a-z][\w:-]*)/g)].map((m) => m[1]);
  return [...new Set(names)].sort();
}

/** Whether `.ci/run` runs a command (`npm test`, `npm run lint`, `npm run --silent data -- check`…). */
function ciRuns(command: string): boolean {
  const builtins = new Set(["install", "ci", "test", "start", "stop"]);
  const pattern = builtins.has(command)
    ? new RegExp(`^\\s*npm ${command}\\b`, "m")
    : new RegExp(`^\\s*npm run (?:--silent )?${command.replace(/[:-]/g, "\\$&")}(?![\\w:-])`, "m");
  return pattern.test(ci);
}

test("the README's commands are found (the extraction works)", () => {
  const commands = readmeCommands(readme);
  for (const command of ["install", "start", "test", "build", "bench", "lint", "validate", "typecheck"])
    expect(commands).toContain(command);
  expect(readmeCommands("run `npm run frob` then\n```bash\nnpm install\n```")).toEqual(["frob", "install"]);
});

test.each(readmeCommands(readme))("npm %s, given in the README, is run by CI", (command) => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  if (!["install", "ci", "test"].includes(command)) expect(Object.keys(pkg.scripts)).toContain(command);
  if (ciRuns(command)) return;
  const proof = PROVEN_BY_TESTS[command];
  expect([command, proof ? "proven by a test" : "neither .ci/run nor a test runs it"]).toEqual([command, "proven by a test"]);
  expect(fs.readFileSync(path.join(ROOT, proof.test), "utf8")).toContain(proof.mentions);
});

test("a command CI does not run is caught", () => {
  expect(ciRuns("bench")).toBe(true);
  expect(ciRuns("frobnicate")).toBe(false);
  expect(ciRuns("test")).toBe(true);
});
