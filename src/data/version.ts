/**
 * Which of two datasets is newer. A version is a dotted date with an optional revision
 * (`2025.03.22`, `2025.03.22.2`), compared part by part as numbers; the as-of date breaks a tie.
 */
import { realDateTime, versionDateTime } from "../core/rules/dates";
import type { Dataset } from "../core/rules/schema";
import { fail } from "./messages";

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

/** How far ahead of the clock a dataset's dates may be (time zones and a publisher's clock). */
export const FUTURE_SLACK_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Refuses a dataset whose version or as-of date lies in the future (a `9999.12.31` would make
 * every later legitimate update look older). The schema has already checked they are real dates.
 */
export function checkDatasetDates(dataset: Dataset, now: Date): void {
  const limit = now.getTime() + FUTURE_SLACK_MS;
  const versionTime = versionDateTime(dataset.version);
  const asOfTime = realDateTime(dataset.asOf);
  if (versionTime === undefined || versionTime > limit || asOfTime === undefined || asOfTime > limit) {
    throw fail(
      "schema",
      `version ${dataset.version} / as of ${dataset.asOf} lies in the future (today is ${now.toISOString().slice(0, 10)})`,
      {
        problems: [`version, asOf: ${dataset.version} / ${dataset.asOf} is after ${new Date(limit).toISOString().slice(0, 10)}`],
      },
    );
  }
}
