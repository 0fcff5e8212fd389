/**
 * `npm run data -- check [dataset.json]`: every check on a dataset whose sources lie beside it,
 * one line per problem; exit 1 on any problem, 0 with a one-line summary.
 */
import * as fs from "fs";
import * as path from "path";
import { checkDataset, noCounts, type CheckReport, type Problem } from "../checks";
import { atMost, DEFAULT_DATASET, existingFile, parseArgs, parseJson, shown, type CliIo } from "../cli-io";

/** One problem on one line: path, record id, check, what is wrong, and the nearest passage of a quote. */
export function problemLine(problem: Problem): string {
  const where = problem.id !== undefined ? `${problem.path} (${problem.id})` : problem.path;
  const nearest = problem.nearest
    ? `; nearest passage (${problem.nearest.edits} ${problem.nearest.edits === 1 ? "edit" : "edits"} away): 「${problem.nearest.passage}」`
    : "";
  return `${where}: ${problem.check}: ${problem.message}${nearest}`;
}

function summaryLine(report: CheckReport, file: string): string {
  const c = report.counts;
  if (report.problems.length > 0) {
    const n = report.problems.length;
    return `${file}: ${n} ${n === 1 ? "problem" : "problems"}${report.version === undefined ? " (the schema must pass before the other checks run)" : ""}`;
  }
  const n = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;
  return `${file}: OK, version ${report.version}: ${n(c.sources, "source")}, ${n(c.records, "record")}, ${n(c.quotes, "quote")}, ${n(c.numbers, "number")} and ${n(c.figures, "source figure")} checked`;
}

/** Runs `check`. */
export function runCheck(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, []);
  atMost(parsed, 1, "check [dataset.json]");
  const file = parsed.positional[0] !== undefined ? existingFile(io, parsed.positional[0]) : DEFAULT_DATASET;
  const name = shown(io, file);
  const json = parseJson(fs.readFileSync(file, "utf8"));
  const report: CheckReport = json.ok
    ? checkDataset(json.json, path.dirname(file))
    : { problems: [{ check: "schema", path: "(file)", message: `not valid JSON: ${json.error}` }], counts: noCounts() };
  if (parsed.json) {
    io.out(JSON.stringify({ file: name, ok: report.problems.length === 0, summary: summaryLine(report, name), ...report }, null, 2));
  } else {
    for (const problem of report.problems) io.out(problemLine(problem));
    io.out(summaryLine(report, name));
  }
  return report.problems.length > 0 ? 1 : 0;
}
