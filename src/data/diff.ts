/**
 * What changed between two datasets: records matched by id (sources, categories, regions, funds,
 * policies, incentives, targets) as added, removed or changed with their field-level changes
 * (`incentive cdht-model: cap 30000000 → 35000000`), the dataset-level fields (publisher, the
 * not-data list), and a one-line summary in English and Chinese for the pane.
 */
import type { Dataset } from "../core/rules/schema";
import type { UserMessage } from "./refresh-error";
import { versionOf, type DatasetVersion } from "./version";

/** The kinds of record compared by id, in the order a summary lists them. */
export type RecordKind = "incentive" | "fund" | "policy" | "target" | "region" | "source" | "category";

/** One field that differs; `path` is dotted with indexes (`conditions[0].value`). */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** One record added, removed or changed. */
export interface RecordChange {
  kind: RecordKind;
  id: string;
  change: "added" | "removed" | "changed";
  /** For a changed record: every field that differs. */
  fields: FieldChange[];
  /** One readable line: `incentive cdht-model: cap 30000000 → 35000000`. */
  text: string;
}

/** Counts per kind. */
export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

/** Everything that differs between two datasets. */
export interface DatasetChanges {
  from: DatasetVersion;
  to: DatasetVersion;
  records: RecordChange[];
  /** Dataset-level fields other than version and as-of date (publisher, schemaVersion, notData). */
  details: FieldChange[];
  counts: Record<RecordKind, ChangeCounts>;
  /** True when nothing but possibly the version and as-of date differs. */
  identical: boolean;
  /** "2025.03.22 → 2025.04.01: 2 incentives changed, 1 added" and its Chinese. */
  summary: UserMessage;
}

const KINDS: readonly { kind: RecordKind; key: keyof Dataset; en: [string, string]; zh: string }[] = [
  { kind: "incentive", key: "incentives", en: ["incentive", "incentives"], zh: "补贴" },
  { kind: "fund", key: "funds", en: ["fund", "funds"], zh: "基金" },
  { kind: "policy", key: "policies", en: ["policy", "policies"], zh: "政策" },
  { kind: "target", key: "targets", en: ["target", "targets"], zh: "目标" },
  { kind: "region", key: "regions", en: ["region", "regions"], zh: "地区" },
  { kind: "source", key: "sources", en: ["source", "sources"], zh: "来源" },
  { kind: "category", key: "categories", en: ["category", "categories"], zh: "类别" },
];

const DETAIL_KEYS: readonly (keyof Dataset)[] = ["schemaVersion", "publisher", "notData"];
const FIELDS_IN_TEXT = 3;

/** Compares two datasets record by record. */
export function diffDatasets(before: Dataset, after: Dataset): DatasetChanges {
  const records: RecordChange[] = [];
  const counts = {} as Record<RecordKind, ChangeCounts>;
  for (const { kind, key } of KINDS) {
    counts[kind] = { added: 0, removed: 0, changed: 0 };
    const old = byId(before[key] as readonly { id: string }[]);
    const next = byId(after[key] as readonly { id: string }[]);
    for (const [id, record] of next) {
      const previous = old.get(id);
      if (!previous) {
        counts[kind].added++;
        records.push({ kind, id, change: "added", fields: [], text: `${kind} ${id} added` });
        continue;
      }
      const fields: FieldChange[] = [];
      compare(previous, record, "", fields);
      if (fields.length > 0) {
        counts[kind].changed++;
        records.push({ kind, id, change: "changed", fields, text: `${kind} ${id}: ${describeFields(fields)}` });
      }
    }
    for (const id of old.keys()) {
      if (!next.has(id)) {
        counts[kind].removed++;
        records.push({ kind, id, change: "removed", fields: [], text: `${kind} ${id} removed` });
      }
    }
  }
  const details: FieldChange[] = [];
  for (const key of DETAIL_KEYS) compare(before[key], after[key], String(key), details);
  const from = versionOf(before);
  const to = versionOf(after);
  return {
    from,
    to,
    records,
    details,
    counts,
    identical: records.length === 0 && details.length === 0,
    summary: summarize(from, to, counts, details.length > 0),
  };
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Collects the leaves that differ between two JSON values. */
function compare(a: unknown, b: unknown, path: string, out: FieldChange[]): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) compare(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    // Own properties only: a key one side lacks is undefined there, never Object.prototype's ("constructor").
    const own = (o: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
    for (const key of keys) compare(own(a, key), own(b, key), path === "" ? key : `${path}.${key}`, out);
    return;
  }
  out.push({ path: path === "" ? "(value)" : path, before: a, after: b });
}

/** `cap 30000000 → 35000000; rate 0.3 → 0.35` (the first few fields, then a count). */
export function describeFields(fields: readonly FieldChange[]): string {
  const shown = fields.slice(0, FIELDS_IN_TEXT).map((f) => `${f.path} ${formatValue(f.before)} → ${formatValue(f.after)}`);
  const more = fields.length - FIELDS_IN_TEXT;
  return more > 0 ? `${shown.join("; ")}; and ${more} more` : shown.join("; ");
}

/** A field value as a short, inert string. */
export function formatValue(value: unknown): string {
  if (value === undefined) return "(none)";
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function summarize(
  from: DatasetVersion,
  to: DatasetVersion,
  counts: Record<RecordKind, ChangeCounts>,
  detailsChanged: boolean,
): UserMessage {
  const en: string[] = [];
  const zh: string[] = [];
  for (const { kind, en: names, zh: noun } of KINDS) {
    const c = counts[kind];
    const all: { n: number; en: string; zh: (noun: string) => string }[] = [
      { n: c.changed, en: "changed", zh: (x) => `${c.changed} 条${x}变更` },
      { n: c.added, en: "added", zh: (x) => `新增 ${c.added} 条${x}` },
      { n: c.removed, en: "removed", zh: (x) => `删除 ${c.removed} 条${x}` },
    ];
    const parts = all.filter((p) => p.n > 0);
    if (parts.length === 0) continue;
    en.push(parts.map((p, i) => (i === 0 ? `${p.n} ${names[p.n === 1 ? 0 : 1]} ${p.en}` : `${p.n} ${p.en}`)).join(", "));
    zh.push(parts.map((p, i) => p.zh(i === 0 ? noun : "")).join("，"));
  }
  if (detailsChanged) {
    en.push("dataset notes changed");
    zh.push("数据集说明变更");
  }
  const head = `${from.version} → ${to.version}`;
  if (en.length === 0) return { en: `${head}: no records changed`, zh: `${head}：记录无变化` };
  return { en: `${head}: ${en.join("; ")}`, zh: `${head}：${zh.join("；")}` };
}
