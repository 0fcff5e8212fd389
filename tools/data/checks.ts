/**
 * The data checks, shared by `npm run data -- check` and the jest data tests: schema, integrity
 * (ids, references, names), quotes in their sources, numbers in their quotes, and coverage of
 * the sources' figures. Each problem names the JSON path and record id at fault.
 */
import * as fs from "fs";
import * as path from "path";
import { scanFigures } from "../../src/core/text/figures";
import { integrityFindings } from "../../src/core/integrity/integrity";
import type { Dataset } from "../../src/core/rules/schema";
import { parseWithSchema } from "../../src/data/validate";
import { scanSource, staleNotData } from "./coverage";
import { nearestPassage } from "./nearest-passage";
import { citedRecords, numbersAt, recordNumbers, sameNumber, type CitedRecord } from "./record-figures";
import { displaySlice, normalizeForMatching, readSource, type SourceDocument } from "./source-text";
import { readableNumber } from "./readable";

/** The checks, in the order they run. */
export type CheckName = "schema" | "integrity" | "quote" | "number" | "coverage";

/** One problem: which check found it, where (JSON path, record id), and what is wrong. */
export interface Problem {
  check: CheckName;
  path: string;
  id?: string;
  message: string;
  /** For a quote that is not in its source: the closest passage, in the source's own script. */
  nearest?: { file: string; passage: string; edits: number };
}

/** What was checked, for the one-line summary. */
export interface CheckCounts {
  sources: number;
  records: number;
  quotes: number;
  numbers: number;
  figures: number;
}

/** Nothing checked yet. */
export function noCounts(): CheckCounts {
  return { sources: 0, records: 0, quotes: 0, numbers: 0, figures: 0 };
}

/** The outcome of checking a dataset. */
export interface CheckReport {
  version?: string;
  problems: Problem[];
  counts: CheckCounts;
}

/** The record id at a JSON path of the raw dataset (`incentives[3].cap` → that incentive's id). */
function idAt(json: unknown, jsonPath: string): string | undefined {
  const m = /^(\w+)\[(\d+)\]/.exec(jsonPath);
  if (!m || typeof json !== "object" || json === null || !Object.hasOwn(json, m[1])) return undefined;
  const list = (json as Record<string, unknown>)[m[1]];
  const record = Array.isArray(list) ? list[Number(m[2])] : undefined;
  const id = typeof record === "object" && record !== null && Object.hasOwn(record, "id") ? (record as { id: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}

/** The source documents of a dataset, read from `sourcesDir`, by source id; a missing file is a problem. */
export function loadSources(dataset: Dataset, sourcesDir: string): { docs: Map<string, SourceDocument>; problems: Problem[] } {
  const docs = new Map<string, SourceDocument>();
  const problems: Problem[] = [];
  dataset.sources.forEach((s, n) => {
    const file = path.join(sourcesDir, s.file);
    if (fs.existsSync(file)) docs.set(s.id, readSource(file));
    else
      problems.push({ check: "integrity", path: `sources[${n}].file`, id: s.id, message: `source file ${s.file} is not in ${sourcesDir}` });
  });
  return { docs, problems };
}

function quoteProblem(record: { path: string; id: string }, field: string, quote: string, doc: SourceDocument, what: string): Problem[] {
  const needle = normalizeForMatching(quote);
  if (needle.length > 0 && doc.text.includes(needle)) return [];
  const near = nearestPassage(needle, doc.text);
  return [
    {
      check: "quote",
      path: `${record.path}.${field}`,
      id: record.id,
      message: `${what} is not in ${doc.file}`,
      nearest: { file: doc.file, passage: displaySlice(doc, near.start, near.end), edits: near.distance },
    },
  ];
}

/** Every quote, and every policy title, must occur in its source after normalising both. */
export function quoteProblems(dataset: Dataset, docs: ReadonlyMap<string, SourceDocument>): Problem[] {
  const problems: Problem[] = [];
  for (const record of citedRecords(dataset)) {
    const doc = docs.get(record.sourceId);
    if (doc) record.quotes.forEach((q, n) => problems.push(...quoteProblem(record, `quotes[${n}]`, q, doc, "the quote")));
  }
  dataset.policies.forEach((p, n) => {
    const doc = docs.get(p.sourceId);
    if (doc) problems.push(...quoteProblem({ path: `policies[${n}]`, id: p.id }, "title.zh", p.title.zh, doc, "the title"));
  });
  return problems;
}

/** Whether a year is stated by a quote: written out, or as 去年/今年 of the source's year. */
function yearInQuotes(year: number, text: string, sourceYear: number): boolean {
  return (
    text.includes(String(year)) || (text.includes("去年") && year === sourceYear - 1) || (text.includes("今年") && year === sourceYear)
  );
}

function numberProblemsOf(record: CitedRecord, sourceYear: number): Problem[] {
  const normalized = record.quotes.map(normalizeForMatching);
  const quoted = normalized.flatMap((q) => scanFigures(q)).map((f) => f.value);
  const text = normalized.join(" ");
  return recordNumbers(record)
    .filter((claim) => (claim.year ? !yearInQuotes(claim.value, text, sourceYear) : !quoted.some((v) => sameNumber(v, claim.value))))
    .map((claim) => ({
      check: "number" as const,
      path: claim.path,
      id: record.id,
      message: `${record.kind} ${record.id}: ${claim.year ? "year" : claim.field} ${claim.year ? claim.value : `= ${readableNumber(claim.value)}`} does not appear in its quotes`,
    }));
}

/** Every number a record states (caps, rates, totals, counts, years…) must appear in its own quotes. */
export function numberProblems(dataset: Dataset): Problem[] {
  const sourceYears = new Map(dataset.sources.map((s) => [s.id, Number(s.date.slice(0, 4))]));
  return citedRecords(dataset).flatMap((r) => numberProblemsOf(r, sourceYears.get(r.sourceId) ?? NaN));
}

/** The figure a citation is about: a target's value, an incentive's cap, a fund's total. */
const HEADLINE_FIELDS: Readonly<Partial<Record<CitedRecord["kind"], string>>> = {
  target: "value",
  incentive: "cap",
  fund: "total.amount",
};

/**
 * CN.AISOURCE and the pane show a record's first quote as the passage that states it, so that
 * quote must state the record's headline figure, not only its context (a deadline like "到2026年").
 */
export function leadQuoteProblems(dataset: Dataset): Problem[] {
  return citedRecords(dataset).flatMap((record): Problem[] => {
    const field = HEADLINE_FIELDS[record.kind];
    const figure = field === undefined ? undefined : numbersAt(record.record, field)[0];
    if (!figure || record.quotes.length === 0) return [];
    const stated = scanFigures(normalizeForMatching(record.quotes[0])).map((f) => f.value);
    if (stated.some((v) => sameNumber(v, figure.value))) return [];
    return [
      {
        check: "number",
        path: `${record.path}.quotes[0]`,
        id: record.id,
        message: `${record.kind} ${record.id}: its first quote (the passage a citation shows) does not state its ${field} ${readableNumber(figure.value)}; put the quote that states it first`,
      },
    ];
  });
}

/** Every figure of every source is accounted for; every not-data entry still names one. */
export function coverageProblems(dataset: Dataset, docs: ReadonlyMap<string, SourceDocument>): Problem[] {
  const problems: Problem[] = [];
  dataset.sources.forEach((source, n) => {
    const doc = docs.get(source.id);
    if (!doc) return;
    for (const figure of scanSource(doc, dataset, source.id)) {
      if (figure.accountedBy.length > 0) continue;
      problems.push({
        check: "coverage",
        path: `sources[${n}]`,
        id: source.id,
        message: `${figure.text} (${doc.file} line ${figure.line}) is not accounted for: no record quoting it states ${readableNumber(figure.value)} and no notData entry covers it: 「${figure.sentence}」`,
      });
    }
  });
  for (const stale of staleNotData(dataset, docs)) {
    problems.push({
      check: "coverage",
      path: stale.path,
      message: `not-data entry '${stale.text}' ${stale.found ? "covers no figure of its source" : "is not in its source"}`,
    });
  }
  return problems;
}

/** Runs every check on a parsed JSON dataset whose source files are in `sourcesDir`. */
export function checkDataset(json: unknown, sourcesDir: string): CheckReport {
  const parsed = parseWithSchema(json);
  const counts = noCounts();
  if (!parsed.ok) {
    const problems = parsed.issues.map((issue): Problem => {
      const id = idAt(json, issue.path);
      return { check: "schema", path: issue.path, ...(id !== undefined ? { id } : {}), message: issue.message };
    });
    return { problems, counts };
  }
  const dataset = parsed.dataset;
  const integrity = integrityFindings(dataset).map((f): Problem => ({ check: "integrity", ...f }));
  const { docs, problems: missing } = loadSources(dataset, sourcesDir);
  const records = citedRecords(dataset);
  counts.sources = docs.size;
  counts.records = records.length;
  counts.quotes = records.reduce((n, r) => n + r.quotes.length, 0) + dataset.policies.length;
  counts.numbers = records.reduce((n, r) => n + recordNumbers(r).length, 0);
  counts.figures = [...docs.values()].reduce((n, d) => n + scanFigures(d.text).length, 0);
  return {
    version: dataset.version,
    problems: [
      ...integrity,
      ...missing,
      ...quoteProblems(dataset, docs),
      ...numberProblems(dataset),
      ...leadQuoteProblems(dataset),
      ...coverageProblems(dataset, docs),
    ],
    counts,
  };
}
