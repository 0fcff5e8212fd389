/**
 * `npm run data -- <command>`: the data team's tools (PRODUCT.md §10). Exit codes: 0 done,
 * 1 problems found (or a bump refused), 2 a wrong command line or a missing file.
 */
import { execFileSync } from "child_process";
import { runBump } from "./commands/bump";
import { runCheck } from "./commands/check";
import { runDiff } from "./commands/diff";
import { runScan } from "./commands/scan";
import { runKeygen, runSign, runVerify } from "./commands/signing";
import { UsageError, type CliIo } from "./cli-io";

const COMMANDS: ReadonlyMap<string, { run: (args: readonly string[], io: CliIo) => number; usage: string; what: string }> = new Map([
  [
    "check",
    {
      run: runCheck,
      usage: "check [dataset.json]",
      what: "schema, integrity, quotes in sources, numbers in quotes, coverage; one line per problem (default: seeds/atlas-dataset.json)",
    },
  ],
  [
    "scan",
    {
      run: runScan,
      usage: "scan <source.txt> [--dataset dataset.json]",
      what: "every figure the source states, by sentence, and the record or notData entry accounting for it",
    },
  ],
  [
    "diff",
    {
      run: runDiff,
      usage: "diff [old] [new]",
      what: "what users see after a refresh from old to new, then every changed record and field (default: git HEAD → working copy; old or new may be REV:path)",
    },
  ],
  [
    "bump",
    {
      run: runBump,
      usage: "bump [dataset.json] [--date YYYY-MM-DD] [--version YYYY.MM.DD[.N]]",
      what: "raise version and asOf (default: today), refusing a version not newer than the file's and git HEAD's",
    },
  ],
  [
    "keygen",
    {
      run: runKeygen,
      usage: "keygen <name>",
      what: "a new signing key pair: <name>.private.pem (mode 600, keep offline) and <name>.public.json (for ATLAS_DATA_KEYS)",
    },
  ],
  [
    "sign",
    {
      run: runSign,
      usage: "sign [dataset.json] --key <private.pem> [--expires YYYY-MM-DD | --days N] [--out file]",
      what: "sign the dataset's exact bytes (default expiry 180 days); writes <dataset>.sig.json",
    },
  ],
  [
    "verify",
    {
      run: runVerify,
      usage: "verify [dataset.json] [signature] --keys <public.json,…>",
      what: "check a signature as the add-in does (default signature: <dataset>.sig.json; keys also from ATLAS_DATA_KEYS)",
    },
  ],
]);

/** The help text: every command with its usage. */
export function helpText(): string[] {
  return [
    "usage: npm run data -- <command> [arguments] [--json]",
    "",
    ...[...COMMANDS.values()].flatMap((c) => [`  ${c.usage}`, `      ${c.what}`]),
    "  help",
    "      this list",
    "",
    "--json prints one JSON document for scripts. Exit codes: 0 done, 1 problems found or bump refused, 2 wrong command line or missing file.",
  ];
}

/** Runs a command line; returns the exit code. Never throws. */
export function runDataCli(argv: readonly string[], io: CliIo): number {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
      for (const line of helpText()) io.out(line);
      return name === undefined ? 2 : 0;
    }
    const command = COMMANDS.get(name);
    if (!command) throw new UsageError(`unknown command '${name}' (commands: ${[...COMMANDS.keys()].join(", ")}, help)`);
    return command.run(args, io);
  } catch (thrown) {
    if (thrown instanceof UsageError) {
      io.err(`data: ${thrown.message}`);
      return 2;
    }
    io.err(`data: unexpected error: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`);
    return 3;
  }
}

/** The real outside world: this process's output, clock and git. */
export function processIo(cwd: string): CliIo {
  return {
    cwd,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    now: () => new Date(),
    git(args, dir) {
      try {
        return execFileSync("git", [...args], {
          cwd: dir,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
          maxBuffer: 64 * 1024 * 1024,
        });
      } catch {
        return undefined; // not a repository, no such revision or file: the caller says what that means
      }
    },
  };
}
