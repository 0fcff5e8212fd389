/**
 * The checks that catch a bad edit by a data analyst. Each returns readable problems (empty =
 * fine), so the data tests can assert both that the real dataset passes and that a mutated one
 * fails.
 */
import { scanFigures, type Figure } from "../../src/core/figures";
import type { Dataset, Fund, Incentive, Policy, Target } from "../../src/core/schema";
import { conditionFigures } from "./eligibility-figures";
import { normalizeForMatching, normalizedSource } from "./seed-text";

type Cited = { id: string; sourceId: string; quotes: readonly string[] };

/** A record with the numbers it states and where they come from. */
export interface FigureClaim {
  record: string;
  field: string;
  value: number;
}

/** Every record that cites a source, with its kind for messages. */
export function citedRecords(dataset: Dataset): { kind: string; record: Cited }[] {
  return [
    ...dataset.funds.map((record) => ({ kind: "fund", record })),
    ...dataset.policies.map((record) => ({ kind: "policy", record })),
    ...dataset.incentives.map((record) => ({ kind: "incentive", record })),
    ...dataset.targets.map((record) => ({ kind: "target", record })),
  ];
}

/** The numbers a record states: each must appear in its quotes. */
export function recordFigures(kind: string, record: Cited): FigureClaim[] {
  const claims: FigureClaim[] = [];
  const add = (field: string, value: number | undefined): void => {
    if (value !== undefined) claims.push({ record: `${kind} ${record.id}`, field, value });
  };
  if (kind === "fund") {
    const f = record as Fund;
    add("total", f.total.amount);
    add("first", f.first?.amount);
    add("pipeline.projects", f.pipeline?.projects.value);
  } else if (kind === "policy") {
    const p = record as Policy;
    add("measures", p.measures);
    add("directions", p.directions);
    add("parts", p.parts);
    add("budget.amount", p.budget?.amount);
    add("budget.years", p.budget?.years);
    add("autoGrantShare", p.autoGrantShare?.value);
  } else if (kind === "incentive") {
    const i = record as Incentive;
    add("cap", i.cap);
    add("rate", i.rate);
    add("minimum", i.minimum);
    conditionFigures(i).forEach((c) => add(c.field, c.value));
  } else if (kind === "target") {
    const t = record as Target;
    add("value", t.value);
    add("horizonYears", t.horizonYears);
  }
  return claims;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sourceFile(dataset: Dataset, sourceId: string): string | undefined {
  return dataset.sources.find((s) => s.id === sourceId)?.file;
}

/** Every quote must occur in its source document after normalising both. */
export function quoteProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  for (const { kind, record } of citedRecords(dataset)) {
    const file = sourceFile(dataset, record.sourceId);
    if (!file) {
      problems.push(`${kind} ${record.id}: unknown source ${record.sourceId}`);
      continue;
    }
    const source = normalizedSource(file);
    for (const quote of record.quotes) {
      if (!source.includes(normalizeForMatching(quote))) problems.push(`${kind} ${record.id}: quote not found in ${file}: ${quote}`);
    }
  }
  for (const policy of dataset.policies) {
    const file = sourceFile(dataset, policy.sourceId);
    if (file && !normalizedSource(file).includes(normalizeForMatching(policy.title.zh))) {
      problems.push(`policy ${policy.id}: title not found in ${file}: ${policy.title.zh}`);
    }
  }
  return problems;
}

/** Every number in a record must appear in its own quotes (as 元, 万, 亿, %, or a Chinese numeral). */
export function figureProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  for (const { kind, record } of citedRecords(dataset)) {
    const quoted = record.quotes.flatMap((q) => scanFigures(normalizeForMatching(q))).map((f) => f.value);
    for (const claim of recordFigures(kind, record)) {
      if (!quoted.some((v) => sameNumber(v, claim.value))) {
        problems.push(`${claim.record}: ${claim.field} = ${claim.value} does not appear in its quotes`);
      }
    }
    problems.push(...yearProblems(dataset, kind, record));
  }
  return problems;
}

/** The years a record states: a policy's period, a target's year. */
function recordYears(kind: string, record: Cited): number[] {
  const years: number[] = [];
  if (kind === "policy" && (record as Policy).period) years.push((record as Policy).period!.from, (record as Policy).period!.to);
  if (kind === "target" && (record as Target).year !== undefined) years.push((record as Target).year!);
  return years;
}

/** Years a record states must be in its quotes too. */
function yearProblems(dataset: Dataset, kind: string, record: Cited): string[] {
  const text = record.quotes.map(normalizeForMatching).join(" ");
  const years = recordYears(kind, record);
  const sourceYear = Number(dataset.sources.find((s) => s.id === record.sourceId)?.date.slice(0, 4));
  return years
    .filter(
      (y) => !text.includes(String(y)) && !(text.includes("去年") && y === sourceYear - 1) && !(text.includes("今年") && y === sourceYear),
    )
    .map((y) => `${kind} ${record.id}: year ${y} does not appear in its quotes`);
}

/** Where each quote of a source stands in its normalised text. */
function quoteSpans(quote: string, source: string): { start: number; end: number }[] {
  const needle = normalizeForMatching(quote);
  const spans: { start: number; end: number }[] = [];
  for (let at = source.indexOf(needle); at >= 0 && needle.length > 0; at = source.indexOf(needle, at + 1)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/** A figure stated in a source that neither a record nor the not-data list accounts for. */
export interface Unaccounted {
  file: string;
  figure: Figure;
  context: string;
}

/**
 * Coverage: every amount, count, percentage, period and deadline stated in the normalised sources
 * must be in the dataset (a record whose quote covers it states that number) or in `notData` with a reason.
 */
export function unaccountedFigures(dataset: Dataset): Unaccounted[] {
  const out: Unaccounted[] = [];
  for (const source of dataset.sources) {
    const text = normalizedSource(source.file);
    const records = citedRecords(dataset).filter(({ record }) => record.sourceId === source.id);
    const recordSpans = records.map(({ kind, record }) => ({
      values: [...recordFigures(kind, record).map((c) => c.value), ...recordYears(kind, record)],
      spans: record.quotes.flatMap((q) => quoteSpans(q, text)),
    }));
    const notDataSpans = dataset.notData.filter((n) => n.sourceId === source.id).flatMap((n) => quoteSpans(n.text, text));
    for (const figure of scanFigures(text)) {
      const inside = (s: { start: number; end: number }): boolean => s.start <= figure.start && figure.end <= s.end;
      const recorded = recordSpans.some((r) => r.values.some((v) => sameNumber(v, figure.value)) && r.spans.some(inside));
      if (!recorded && !notDataSpans.some(inside)) {
        out.push({ file: source.file, figure, context: text.slice(Math.max(0, figure.start - 12), figure.end + 8) });
      }
    }
  }
  return out;
}

/** Not-data entries must still name a figure in their source (no stale excuses). */
export function staleNotData(dataset: Dataset): string[] {
  return dataset.notData
    .filter((n) => {
      const file = sourceFile(dataset, n.sourceId);
      const text = file ? normalizedSource(file) : "";
      const spans = quoteSpans(n.text, text);
      return spans.length === 0 || !scanFigures(text).some((f) => spans.some((s) => s.start <= f.start && f.end <= s.end));
    })
    .map((n) => `not-data entry '${n.text}' (${n.sourceId}) names no figure in its source`);
}
