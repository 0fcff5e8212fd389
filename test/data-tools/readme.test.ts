/**
 * seeds/README.md's worked example stays true: each `$ npm run data -- …` of its console blocks,
 * run in order on a scratch copy of the example, prints exactly what the README shows, and its
 * JSON excerpt is the curated record.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EXAMPLE_DIR, runData } from "../support/data-cli";

const README = fs.readFileSync(path.join(__dirname, "..", "..", "seeds", "README.md"), "utf8");

/** The commands of the README's console blocks, each with the output it shows. */
function steps(): { command: string; output: string[] }[] {
  const blocks = [...README.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1].trimEnd().split("\n"));
  const out: { command: string; output: string[] }[] = [];
  for (const line of blocks.flat()) {
    if (line.startsWith("$ ")) out.push({ command: line.slice(2), output: [] });
    else out[out.length - 1].output.push(line);
  }
  return out;
}

test("the worked example's commands print what the README shows", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-readme-"));
  const all = steps();
  expect(all.filter((s) => s.command.startsWith("npm run data -- ")).map((s) => s.command.split(" ")[4])).toEqual([
    "scan",
    "check",
    "check",
    "scan",
    "bump",
    "diff",
  ]);
  for (const { command, output } of all) {
    const copy = /^cp (-r )?(\S+) (\S+)$/.exec(command);
    if (copy) {
      const from = copy[2] === "test/fixtures/data-tools/example" ? EXAMPLE_DIR : path.join(root, copy[2]);
      fs.cpSync(from, path.join(root, copy[3]), { recursive: true });
      continue;
    }
    expect(command).toMatch(/^npm run data -- /);
    const run = runData(command.replace("npm run data -- ", "").split(" "), { cwd: root });
    expect([command, [...run.out, ...run.err]]).toEqual([command, output]);
  }
});

test("the README's JSON excerpt is the curated record", () => {
  const excerpt = JSON.parse(/```json\n([\s\S]*?)```/.exec(README)![1]);
  const curated = JSON.parse(fs.readFileSync(path.join(EXAMPLE_DIR, "curated.json"), "utf8"));
  expect(curated.incentives.find((i: { id: string }) => i.id === excerpt.id)).toMatchObject(excerpt);
});
