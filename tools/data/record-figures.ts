/**
 * Which records cite a source and which numbers each states. Every number listed here must appear
 * in the record's own quotes, and is what lets a record account for a figure of its source.
 * A new numeric field is one line in `NUMBER_FIELDS` (a path; `[]` walks every item of an array).
 */
import type { Dataset } from "../../src/core/rules/schema";

/** The kinds of record that cite a source, as messages name them. */
export type CitedKind = "fund" | "policy" | "incentive" | "target";

/** A record that cites a source, with where it stands in the dataset. */
export interface CitedRecord {
  kind: CitedKind;
  /** Its JSON path in the dataset: `incentives[3]`. */
  path: string;
  id: string;
  sourceId: string;
  quotes: readonly string[];
  record: unknown;
}

/** A number a record states, with its JSON path (`incentives[3].cap`). */
export interface NumberClaim {
  path: string;
  field: string;
  value: number;
  /** A year is also found as 去年/今年 (relative to the source's date) and is not a scanned figure. */
  year: boolean;
}

const COLLECTIONS: readonly { kind: CitedKind; key: "funds" | "policies" | "incentives" | "targets" }[] = [
  { kind: "fund", key: "funds" },
  { kind: "policy", key: "policies" },
  { kind: "incentive", key: "incentives" },
  { kind: "target", key: "targets" },
];

/** The numeric fields of each kind of record: money in yuan, rates as fractions, counts. */
export const NUMBER_FIELDS: Readonly<Record<CitedKind, readonly string[]>> = {
  fund: ["total.amount", "first.amount", "pipeline.projects.value"],
  policy: ["measures", "directions", "parts", "budget.amount", "budget.years", "autoGrantShare.value"],
  incentive: ["cap", "rate", "minimum", "conditions[].value"],
  target: ["value", "horizonYears"],
};

/** The calendar years each kind of record states. */
export const YEAR_FIELDS: Readonly<Record<CitedKind, readonly string[]>> = {
  fund: [],
  policy: ["period.from", "period.to"],
  incentive: [],
  target: ["year"],
};

/** Every record of the dataset that cites a source, in dataset order. */
export function citedRecords(dataset: Dataset): CitedRecord[] {
  return COLLECTIONS.flatMap(({ kind, key }) =>
    (dataset[key] as readonly { id: string; sourceId: string; quotes: readonly string[] }[]).map((record, n) => ({
      kind,
      path: `${key}[${n}]`,
      id: record.id,
      sourceId: record.sourceId,
      quotes: record.quotes,
      record,
    })),
  );
}

/** The numbers found at a field path (`conditions[].value`), with their concrete paths. */
export function numbersAt(value: unknown, fieldPath: string): { path: string; value: number }[] {
  const [head, ...rest] = fieldPath.split(".");
  const array = head.endsWith("[]");
  const key = array ? head.slice(0, -2) : head;
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return [];
  const child = (value as Record<string, unknown>)[key];
  const items: { path: string; value: unknown }[] = array
    ? Array.isArray(child)
      ? child.map((item, i) => ({ path: `${key}[${i}]`, value: item }))
      : []
    : [{ path: key, value: child }];
  return items.flatMap((item) => {
    if (rest.length === 0) return typeof item.value === "number" ? [{ path: item.path, value: item.value }] : [];
    return numbersAt(item.value, rest.join(".")).map((inner) => ({ path: `${item.path}.${inner.path}`, value: inner.value }));
  });
}

/** The numbers and years a record states, each with its JSON path. */
export function recordNumbers(cited: CitedRecord): NumberClaim[] {
  const claims = (fields: readonly string[], year: boolean): NumberClaim[] =>
    fields.flatMap((field) =>
      numbersAt(cited.record, field).map((n) => ({ path: `${cited.path}.${n.path}`, field: n.path, value: n.value, year })),
    );
  return [...claims(NUMBER_FIELDS[cited.kind], false), ...claims(YEAR_FIELDS[cited.kind], true)];
}

/** Equal up to floating-point noise (0.3 stated as 30%). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
