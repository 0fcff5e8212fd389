/**
 * Runs `npm run data -- …` in-process for the tests: output collected, a fixed clock, git
 * answered from a table (`HEAD:path` → text) instead of the repository.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runDataCli } from "../../tools/data/cli";
import type { CliIo } from "../../tools/data/cli-io";

/** The example fixtures of the data tools. */
export const EXAMPLE_DIR = path.join(__dirname, "..", "fixtures", "data-tools", "example");

/** What a command printed and its exit code. */
export interface CliRun {
  code: number;
  out: string[];
  err: string[];
  /** The git commands it ran, as `cwd: args`. */
  gitCalls: string[];
}

/** Options of a run: where it runs, today's date, and what `git show REV:path` returns. */
export interface RunOptions {
  cwd?: string;
  today?: string;
  gitShow?: Record<string, string>;
}

/** Runs a data command line. */
export function runData(argv: string[], options: RunOptions = {}): CliRun {
  const run: CliRun = { code: -1, out: [], err: [], gitCalls: [] };
  const io: CliIo = {
    cwd: options.cwd ?? EXAMPLE_DIR,
    out: (line) => run.out.push(...line.split("\n")),
    err: (line) => run.err.push(line),
    now: () => new Date(`${options.today ?? "2025-04-01"}T09:00:00`),
    git(args, cwd) {
      run.gitCalls.push(`${cwd}: ${args.join(" ")}`);
      return args[0] === "show" ? options.gitShow?.[args[1]] : undefined;
    },
  };
  run.code = runDataCli(argv, io);
  return run;
}

/** A scratch copy of the example folder (commands that write run there). */
export function scratchExample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-data-"));
  fs.cpSync(EXAMPLE_DIR, dir, { recursive: true });
  return dir;
}
