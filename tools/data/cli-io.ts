/**
 * What the data commands need from the outside world, injectable so the tests run them in-process
 * with a fixed clock: the working folder, output, the clock and git. Also the shared argument
 * parsing and the error that means "the command line is wrong" (exit 2).
 */
import * as fs from "fs";
import * as path from "path";

/** The project folder: seeds/ and the default dataset are found from here. */
export const PROJECT_ROOT = path.join(__dirname, "..", "..");

/** The dataset the commands use when none is named. */
export const DEFAULT_DATASET = path.join(PROJECT_ROOT, "seeds", "atlas-dataset.json");

/** The outside world of a command. */
export interface CliIo {
  /** Where relative paths on the command line start from. */
  cwd: string;
  out(line: string): void;
  err(line: string): void;
  /** Today, for `bump`. */
  now(): Date;
  /** Runs git in `cwd`; its standard output, or undefined when it fails (not a repository, no such file…). */
  git(args: readonly string[], cwd: string): string | undefined;
}

/** A wrong command line (unknown command or flag, missing or unreadable file): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The command line after the command name: positional arguments and flags. */
export interface ParsedArgs {
  positional: string[];
  json: boolean;
  /** Flags taking a value (`--date 2025-04-01`, `--version=2025.04.01`). */
  values: Map<string, string>;
}

/** Splits arguments; `valueFlags` are the flags this command accepts with a value. */
export function parseArgs(args: readonly string[], valueFlags: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], json: false, values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") {
      parsed.json = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      parsed.positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!valueFlags.includes(flag)) throw new UsageError(`unknown option --${flag}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === "") throw new UsageError(`--${flag} needs a value`);
    parsed.values.set(flag, value);
  }
  return parsed;
}

/** Refuses more positional arguments than a command takes. */
export function atMost(parsed: ParsedArgs, n: number, usage: string): void {
  if (parsed.positional.length > n) throw new UsageError(`too many arguments (usage: ${usage})`);
}

/** An existing file named on the command line, as an absolute path. */
export function existingFile(io: CliIo, name: string): string {
  const file = path.resolve(io.cwd, name);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`no such file: ${name}`);
  return file;
}

/** A path as the user should read it: relative to where they are, when it is below. */
export function shown(io: CliIo, file: string): string {
  const relative = path.relative(io.cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/** Parses JSON text: the value, or why it is not JSON. */
export function parseJson(text: string): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (thrown) {
    return { ok: false, error: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}

/** Reads and parses a JSON file named on the command line (unreadable JSON: a usage error). */
export function readJsonFile(io: CliIo, file: string): { text: string; json: unknown } {
  const text = fs.readFileSync(file, "utf8");
  const parsed = parseJson(text);
  if (!parsed.ok) throw new UsageError(`${shown(io, file)} is not valid JSON: ${parsed.error}`);
  return { text, json: parsed.json };
}
