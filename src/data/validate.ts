/**
 * Validating a dataset from anywhere (the bundled file, storage, a refresh): the schema, then
 * integrity. Problems come back as readable lines ("incentives[3].cap: must be an integer").
 */
import * as z from "zod/mini";
import { en } from "zod/locales";
import { integrityProblems } from "../core/integrity/integrity";
import { Dataset } from "../core/rules/schema";

/** A dataset that passed, or the reasons it did not. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 20;

let messagesConfigured = false;

/** A schema issue: the JSON path it is at (`incentives[3].cap`) and what is wrong. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/** The schema alone: the dataset with its defaults applied, or every issue with its path. */
export function parseWithSchema(json: unknown): { ok: true; dataset: Dataset } | { ok: false; issues: SchemaIssue[] } {
  if (!messagesConfigured) {
    z.config(en()); // readable English messages ("Too small: expected array to have >=1 items")
    messagesConfigured = true;
  }
  const parsed = Dataset.safeParse(json);
  if (parsed.success) return { ok: true, dataset: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message })) };
}

/** Checks that a parsed JSON value is a whole, valid dataset. */
export function validateDataset(json: unknown): ValidationResult {
  const parsed = parseWithSchema(json);
  if (!parsed.ok) return { ok: false, problems: truncate(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`)) };
  const problems = integrityProblems(parsed.dataset);
  return problems.length > 0 ? { ok: false, problems: truncate(problems) } : { ok: true, dataset: parsed.dataset };
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
