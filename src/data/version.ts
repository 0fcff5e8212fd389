/**
 * Which of two datasets is newer. A version is a dotted date with an optional revision
 * (`2025.03.22`, `2025.03.22.2`), compared part by part as numbers; the as-of date breaks a tie.
 */
import type { Dataset } from "../core/rules/schema";

/** A dataset's version and as-of date, as messages and results show them. */
export interface DatasetVersion {
  version: string;
  asOf: string;
}

/** The version and as-of date of a dataset. */
export function versionOf(dataset: Dataset): DatasetVersion {
  return { version: dataset.version, asOf: dataset.asOf };
}

/** Negative when `a` is older than `b`, positive when newer, 0 when the same. */
export function compareVersions(a: DatasetVersion, b: DatasetVersion): number {
  const pa = a.version.split(".").map(Number);
  const pb = b.version.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0;
}
