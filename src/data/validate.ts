/**
 * Validating a dataset from anywhere (the bundled file, storage, a refresh): the schema, then
 * integrity. Problems come back as readable lines ("incentives[3].cap: must be an integer").
 */
import * as z from "zod/mini";
import { en } from "zod/locales";
import { integrityProblems } from "../core/integrity";
import { Dataset } from "../core/schema";

/** A dataset that passed, or the reasons it did not. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 20;

let messagesConfigured = false;

/** Checks that a parsed JSON value is a whole, valid dataset. */
export function validateDataset(json: unknown): ValidationResult {
  if (!messagesConfigured) {
    z.config(en()); // readable English messages ("Too small: expected array to have >=1 items")
    messagesConfigured = true;
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
    return { ok: false, problems: truncate(problems) };
  }
  const problems = integrityProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems: truncate(problems) } : { ok: true, dataset: parsed.data };
}

/** Thrown when a dataset that must be valid (the bundled one) is not. */
export class InvalidDatasetError extends Error {
  readonly problems: string[];
  constructor(what: string, problems: string[]) {
    super(`${what} is not a valid AI Policy Atlas dataset:\n- ${problems.join("\n- ")}`);
    this.name = "InvalidDatasetError";
    this.problems = problems;
  }
}

function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(dataset)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

function truncate(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more`];
}
