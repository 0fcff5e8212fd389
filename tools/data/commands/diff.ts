/**
 * `npm run data -- diff [old] [new]`: what users will see after a refresh from old to new (the
 * pane's own summary, from src/data/diff.ts and src/data/messages.ts), then every changed record
 * and field. Defaults: old = the last published version (git HEAD), new = the working copy.
 */
import * as path from "path";
import { diffDatasets, formatValue, type DatasetChanges } from "../../../src/data/diff";
import { refreshOutcome } from "../../../src/data/refresh-outcome";
import { parseWithSchema } from "../../../src/data/validate";
import { compareVersions } from "../../../src/data/version";
import type { Dataset } from "../../../src/core/rules/schema";
import { atMost, DEFAULT_DATASET, parseArgs, parseJson, PROJECT_ROOT, UsageError, type CliIo } from "../cli-io";
import { upgradeLegacyDataset } from "../legacy";
import { readDatasetArgument, type DatasetText } from "../published";

const DEFAULT_OLD = `HEAD:${path.relative(PROJECT_ROOT, DEFAULT_DATASET).split(path.sep).join("/")}`;

function datasetOf(given: DatasetText, renamed: string[] = []): Dataset {
  const json = parseJson(given.text);
  if (!json.ok) throw new UsageError(`${given.name} is not valid JSON: ${json.error}`);
  const upgraded = upgradeLegacyDataset(json.json);
  renamed.push(...upgraded.renamed);
  const parsed = parseWithSchema(upgraded.json);
  if (!parsed.ok)
    throw new UsageError(
      `${given.name} is not a valid dataset (${parsed.issues[0].path}: ${parsed.issues[0].message}); run: npm run data -- check`,
    );
  return parsed.dataset;
}

/** Warnings about the versions: changes that users could not tell apart, or would be asked about. */
function versionWarnings(changes: DatasetChanges): string[] {
  if (changes.identical) return [];
  const order = compareVersions(changes.to, changes.from);
  if (order < 0)
    return [
      `warning: the new version ${changes.to.version} is older than ${changes.from.version}: a refresh loads it only if the user confirms`,
    ];
  if (order === 0) {
    return [
      `warning: the version was not raised (${changes.to.version}): users cannot tell the two datasets apart; run: npm run data -- bump`,
    ];
  }
  return [];
}

/** Runs `diff`. */
export function runDiff(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, []);
  atMost(parsed, 2, "diff [old] [new]");
  const oldText = readDatasetArgument(io, parsed.positional[0] ?? DEFAULT_OLD, PROJECT_ROOT);
  const newText = readDatasetArgument(io, parsed.positional[1] ?? DEFAULT_DATASET, PROJECT_ROOT);
  const renamed: string[] = [];
  const changes = diffDatasets(datasetOf(oldText, renamed), datasetOf(newText));
  const warnings = versionWarnings(changes);
  const { status, message: seen } = refreshOutcome(changes);
  if (parsed.json) {
    io.out(JSON.stringify({ old: oldText.name, new: newText.name, refresh: status, message: seen, warnings, ...changes }, null, 2));
    return 0;
  }
  io.out(`old: ${oldText.name} (version ${changes.from.version}, as of ${changes.from.asOf})`);
  io.out(`new: ${newText.name} (version ${changes.to.version}, as of ${changes.to.asOf})`);
  io.out("after a refresh, users see:");
  io.out(`  ${seen.en}`);
  io.out(`  ${seen.zh}`);
  for (const record of changes.records) {
    io.out(record.change === "changed" ? `${record.kind} ${record.id} changed:` : record.text);
    for (const field of record.fields) io.out(`  ${field.path}: ${formatValue(field.before)} → ${formatValue(field.after)}`);
  }
  for (const detail of changes.details) io.out(`dataset ${detail.path}: ${formatValue(detail.before)} → ${formatValue(detail.after)}`);
  if (renamed.length > 0) {
    io.out(`read in today's schema (the old file predates these values; the add-in shows them as the new words):`);
    for (const line of renamed) io.out(`  ${line}`);
  }
  for (const warning of warnings) io.out(warning);
  return 0;
}
