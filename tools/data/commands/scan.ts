/**
 * `npm run data -- scan <source.txt>`: the checklist for curating a source. Every amount, count,
 * rate, period and deadline it states, once each, grouped by sentence, and what in the dataset
 * (the one beside the source, or `--dataset`) accounts for each.
 */
import * as fs from "fs";
import * as path from "path";
import { parseWithSchema } from "../../../src/data/validate";
import { atMost, DEFAULT_DATASET, existingFile, parseArgs, readJsonFile, shown, UsageError, type CliIo } from "../cli-io";
import { scanSource, type Account, type ScannedFigure } from "../coverage";
import { readableNumber } from "../readable";
import { readSource } from "../source-text";

/** The dataset a source is scanned against: `--dataset`, else the one beside it, else seeds/. */
function datasetFor(io: CliIo, source: string, named: string | undefined): string {
  if (named !== undefined) return existingFile(io, named);
  const beside = path.join(path.dirname(source), "atlas-dataset.json");
  return fs.existsSync(beside) ? beside : DEFAULT_DATASET;
}

function accountText(a: Account): string {
  return a.type === "record" ? `${a.kind} ${a.id} (${a.path})` : `not data (${a.path})`;
}

/** One figure of the checklist: accounted (✓) or not (✗), its value and what accounts for it. */
function figureLine(f: ScannedFigure): string {
  const by = f.accountedBy.length > 0 ? f.accountedBy.map(accountText).join(", ") : "UNACCOUNTED";
  return `  ${f.accountedBy.length > 0 ? "✓" : "✗"} ${f.text} · ${f.kind} ${readableNumber(f.value)} · ${by}`;
}

/** Runs `scan`. */
export function runScan(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, ["dataset"]);
  atMost(parsed, 1, "scan <source.txt> [--dataset dataset.json]");
  if (parsed.positional[0] === undefined)
    throw new UsageError("scan needs a source file (usage: scan <source.txt> [--dataset dataset.json])");
  const sourceFile = existingFile(io, parsed.positional[0]);
  const datasetFile = datasetFor(io, sourceFile, parsed.values.get("dataset"));
  const schema = parseWithSchema(readJsonFile(io, datasetFile).json);
  if (!schema.ok) {
    io.err(
      `${shown(io, datasetFile)} does not pass the schema (${schema.issues[0].path}: ${schema.issues[0].message}); run: npm run data -- check`,
    );
    return 1;
  }
  const doc = readSource(sourceFile);
  const source = schema.dataset.sources.find((s) => s.file === doc.file);
  const figures = scanSource(doc, schema.dataset, source?.id);
  const unaccounted = figures.filter((f) => f.accountedBy.length === 0).length;
  const cites = source
    ? `source ${source.id} of ${shown(io, datasetFile)}`
    : `not a source of ${shown(io, datasetFile)} yet: nothing accounts for its figures`;
  const todo = unaccounted > 0 ? " (each ✗ needs a record that quotes and states it, or a notData entry with a reason)" : "";
  const summary = `${shown(io, sourceFile)} (${cites}): ${figures.length} figures, ${figures.length - unaccounted} accounted for, ${unaccounted} unaccounted${todo}`;
  if (parsed.json) {
    io.out(
      JSON.stringify(
        { file: shown(io, sourceFile), dataset: shown(io, datasetFile), sourceId: source?.id ?? null, summary, figures },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(summary);
  let sentence: string | undefined;
  for (const figure of figures) {
    if (`${figure.line}:${figure.sentence}` !== sentence) {
      sentence = `${figure.line}:${figure.sentence}`;
      io.out(`line ${figure.line}: ${figure.sentence}`);
    }
    io.out(figureLine(figure));
  }
  return 0;
}
