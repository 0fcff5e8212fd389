/**
 * Coverage: every amount, count, rate, period and deadline a source states (the figure scanner of
 * `src/core/text/figures.ts` run over its normalised text) is accounted for, by a record whose quote
 * covers it and which states that number, or by a `notData` entry whose passage covers it.
 */
import { scanFigures, type FigureKind } from "../../src/core/text/figures";
import type { Dataset } from "../../src/core/rules/schema";
import { nearestPassage } from "./nearest-passage";
import { citedRecords, recordNumbers, sameNumber } from "./record-figures";
import { displaySlice, normalizeForMatching, type SourceDocument } from "./source-text";

/** What accounts for a figure: a record (by kind, id and JSON path) or a not-data entry. */
export type Account = { type: "record"; kind: string; id: string; path: string } | { type: "not-data"; path: string; reason: string };

/** A figure stated in a source, where it stands, and what accounts for it (empty: nothing). */
export interface ScannedFigure {
  kind: FigureKind;
  /** Yuan for money, a fraction for percent and fraction, the number otherwise. */
  value: number;
  /** As the source writes it (its own script). */
  text: string;
  /** 1-based line of the source file. */
  line: number;
  /** The sentence that states it, as the source writes it. */
  sentence: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  accountedBy: Account[];
}

interface Span {
  start: number;
  end: number;
}

/** Where a passage occurs in a source's normalised text (every occurrence). */
export function passageSpans(passage: string, doc: SourceDocument): Span[] {
  const needle = normalizeForMatching(passage);
  const spans: Span[] = [];
  for (let at = doc.text.indexOf(needle); at >= 0 && needle.length > 0; at = doc.text.indexOf(needle, at + 1)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/**
 * Where a record's quote stands: its occurrences, or, for a quote with a typo (a few edits from a
 * passage of the source), that passage, so one mistyped quote is one problem (the quote check's)
 * rather than also a coverage problem for every figure it states.
 */
function quoteSpans(quote: string, doc: SourceDocument): Span[] {
  const spans = passageSpans(quote, doc);
  if (spans.length > 0) return spans;
  const needle = normalizeForMatching(quote);
  const near = nearestPassage(needle, doc.text);
  return near.distance <= Math.max(2, needle.length * TYPO_SHARE) ? [{ start: near.start, end: near.end }] : [];
}

/** The share of a quote's characters that may differ from its passage for it to count as a typo. */
const TYPO_SHARE = 0.1;

const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence around a position of the display text. */
function sentenceAt(display: string, at: number): string {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(display[from - 1])) from--;
  let to = at;
  while (to < display.length && !SENTENCE_END.test(display[to])) to++;
  if (to < display.length && display[to] !== "\n") to++;
  return display.slice(from, to).replace(/\s+/g, " ").trim();
}

function lineAt(display: string, at: number): number {
  let line = 1;
  for (let i = display.indexOf("\n"); i >= 0 && i < at; i = display.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Every figure a source states, once each, in order, with what in the dataset accounts for it.
 * `sourceId` names the source in the dataset; without one (a source not added yet) nothing does.
 */
export function scanSource(doc: SourceDocument, dataset: Dataset, sourceId: string | undefined): ScannedFigure[] {
  const records = citedRecords(dataset)
    .filter((r) => sourceId !== undefined && r.sourceId === sourceId)
    .map((r) => ({
      account: { type: "record", kind: r.kind, id: r.id, path: r.path } as const,
      values: recordNumbers(r).map((c) => c.value),
      spans: r.quotes.flatMap((q) => quoteSpans(q, doc)),
    }));
  const notData = dataset.notData
    .map((n, i) => ({ entry: n, path: `notData[${i}]` }))
    .filter(({ entry }) => sourceId !== undefined && entry.sourceId === sourceId)
    .map(({ entry, path }) => ({
      account: { type: "not-data", path, reason: entry.reason } as const,
      spans: passageSpans(entry.text, doc),
    }));
  return scanFigures(doc.text).map((figure) => {
    const inside = (s: Span): boolean => s.start <= figure.start && figure.end <= s.end;
    const accountedBy: Account[] = [
      ...records.filter((r) => r.values.some((v) => sameNumber(v, figure.value)) && r.spans.some(inside)).map((r) => r.account),
      ...notData.filter((n) => n.spans.some(inside)).map((n) => n.account),
    ];
    const at = doc.origin[figure.start];
    return {
      kind: figure.kind,
      value: figure.value,
      text: displaySlice(doc, figure.start, figure.end),
      line: lineAt(doc.display, at),
      sentence: sentenceAt(doc.display, at),
      start: figure.start,
      end: figure.end,
      accountedBy,
    };
  });
}

/** Not-data entries whose passage is not in their source (`found` false) or covers no figure (stale excuses). */
export function staleNotData(
  dataset: Dataset,
  docs: ReadonlyMap<string, SourceDocument>,
): { path: string; text: string; found: boolean }[] {
  return dataset.notData.flatMap((n, i) => {
    const doc = docs.get(n.sourceId);
    if (!doc) return []; // an unknown source is a reference problem
    const spans = passageSpans(n.text, doc);
    const covers = scanFigures(doc.text).some((f) => spans.some((s) => s.start <= f.start && f.end <= s.end));
    return covers ? [] : [{ path: `notData[${i}]`, text: n.text, found: spans.length > 0 }];
  });
}
