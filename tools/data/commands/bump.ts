/**
 * `npm run data -- bump [dataset.json] [--date YYYY-MM-DD] [--version V]`: raises `version` and
 * `asOf` for publishing. The as-of date defaults to today; the version to that date
 * (`2025.04.01`), with a revision (`2025.04.01.1`) when that is taken. A version not newer than
 * both the file's and the last published one (git HEAD) is refused, and so is an as-of date that
 * goes back. Only the two values change in the file: its formatting stays as it is. The last
 * published version is kept in `versions/` beside the file (see archivePublished).
 */
import * as fs from "fs";
import * as path from "path";
import { compareVersions } from "../../../src/data/version";
import { atMost, DEFAULT_DATASET, existingFile, parseArgs, parseJson, readJsonFile, shown, UsageError, type CliIo } from "../cli-io";
import { committedText } from "../published";

const VERSION = /^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date where the analyst is, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function validDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function newer(a: string, b: string): boolean {
  return compareVersions({ version: a, asOf: "" }, { version: b, asOf: "" }) > 0;
}

/**
 * The first of `2025.04.01`, `2025.04.01.1`, `2025.04.01.2`… newer than every version given; just
 * `2025.04.01` when an earlier date cannot be made newer (the caller refuses it).
 */
export function nextVersion(asOf: string, after: readonly string[]): string {
  const base = asOf.replace(/-/g, ".");
  const day = (v: string): string => v.split(".").slice(0, 3).join(".");
  if (after.some((v) => newer(day(v), base))) return base;
  let revision = 0;
  const candidate = (): string => (revision === 0 ? base : `${base}.${revision}`);
  while (!after.every((v) => newer(candidate(), v))) revision++;
  return candidate();
}

/** Replaces the value of a top-level string field in JSON text, leaving everything else as it is. */
function replaceTopLevel(text: string, key: string, value: string): string {
  const pattern = new RegExp(`^(  "${key}"\\s*:\\s*)"[^"\\n]*"`, "m");
  if (!pattern.test(text)) throw new UsageError(`cannot find the top-level "${key}" field (2-space JSON expected)`);
  return text.replace(pattern, (_m, head: string) => `${head}${JSON.stringify(value)}`);
}

function stringField(json: unknown, key: string): string {
  const value = typeof json === "object" && json !== null && Object.hasOwn(json, key) ? (json as Record<string, unknown>)[key] : undefined;
  if (typeof value !== "string") throw new UsageError(`the dataset has no "${key}" text`);
  return value;
}

/** Runs `bump`. */
export function runBump(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, ["date", "version"]);
  atMost(parsed, 1, "bump [dataset.json] [--date YYYY-MM-DD] [--version YYYY.MM.DD[.N]]");
  const file = parsed.positional[0] !== undefined ? existingFile(io, parsed.positional[0]) : DEFAULT_DATASET;
  const { text, json } = readJsonFile(io, file);
  const current = { version: stringField(json, "version"), asOf: stringField(json, "asOf") };
  const committed = committedText(io, file);
  const committedJson = committed !== undefined ? parseJson(committed) : undefined;
  const published = committedJson?.ok
    ? { version: stringField(committedJson.json, "version"), asOf: stringField(committedJson.json, "asOf") }
    : undefined;
  const asOf = parsed.values.get("date") ?? localDate(io.now());
  if (!validDate(asOf)) throw new UsageError(`--date must be a date YYYY-MM-DD (got ${asOf})`);
  const explicit = parsed.values.get("version");
  if (explicit !== undefined && !VERSION.test(explicit))
    throw new UsageError(`--version must be YYYY.MM.DD or YYYY.MM.DD.N (got ${explicit})`);
  const before = [current, ...(published ? [published] : [])];
  const version =
    explicit ??
    nextVersion(
      asOf,
      before.map((b) => b.version),
    );

  const refusals: string[] = [];
  if (!newer(version, current.version)) refusals.push(`version ${version} is not newer than the file's ${current.version}`);
  if (published && !newer(version, published.version))
    refusals.push(`version ${version} is not newer than the last published ${published.version} (git HEAD)`);
  const latestAsOf = before
    .map((b) => b.asOf)
    .sort()
    .at(-1)!;
  if (asOf < latestAsOf) refusals.push(`as-of date ${asOf} is earlier than ${latestAsOf}`);
  if (refusals.length > 0) {
    const message = `refused: ${refusals.join("; ")}`;
    if (parsed.json)
      io.out(JSON.stringify({ file: shown(io, file), ok: false, from: current, published: published ?? null, refused: refusals }, null, 2));
    else io.err(message);
    return 1;
  }
  const updated = replaceTopLevel(replaceTopLevel(text, "version", version), "asOf", asOf);
  const check = parseJson(updated);
  if (!check.ok || JSON.stringify({ ...(check.json as object), version: current.version, asOf: current.asOf }) !== JSON.stringify(json)) {
    throw new UsageError(`cannot raise the version of ${shown(io, file)} without touching other fields`);
  }
  fs.writeFileSync(file, updated);
  const archived = published && committed !== undefined ? archivePublished(file, published.version, committed) : undefined;
  const to = { version, asOf };
  if (parsed.json) io.out(JSON.stringify({ file: shown(io, file), ok: true, from: current, to, published: published ?? null }, null, 2));
  else io.out(`${shown(io, file)}: version ${current.version} → ${version}, asOf ${current.asOf} → ${asOf}`);
  if (archived && !parsed.json) {
    io.out(`kept the published ${published?.version} as ${shown(io, archived)}: the build publishes it for workbooks computed with it`);
  }
  return 0;
}

/**
 * Keeps the last published version (its committed text, byte for byte) in `versions/` beside the
 * dataset, where the build publishes every released version (`data/versions/<version>.json`), so a
 * workbook computed with it can be compared after the update (PRODUCT.md §13). Returns the file
 * written, or undefined when it is already kept.
 */
function archivePublished(file: string, version: string, text: string): string | undefined {
  if (!VERSION.test(version)) return undefined;
  const archive = path.join(path.dirname(file), "versions", `${version}.json`);
  if (fs.existsSync(archive)) return undefined;
  fs.mkdirSync(path.dirname(archive), { recursive: true });
  fs.writeFileSync(archive, text);
  return archive;
}
