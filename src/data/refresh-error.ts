/**
 * The typed error of a refresh, a restore or a settings change: a code the UI can branch on, a
 * message in English and Simplified Chinese written for the person at the keyboard, and the
 * technical detail (status, URL, parser message, schema problems) behind a "details" toggle.
 * The texts themselves live in `messages.ts`.
 */
import type { TrustProblem } from "./trust-messages";

/** Why a refresh (or a save) did not happen. */
export type RefreshErrorCode =
  | "invalid-url"
  | "insecure-url"
  | "network"
  | "timeout"
  | "http"
  | "redirect-insecure"
  | "too-many-redirects"
  | "too-large"
  | "content-type"
  | "json"
  | "schema"
  | "schema-version"
  | "untrusted"
  | "aborted"
  | "storage"
  | "storage-budget"
  | "unexpected";

/** Every code, for exhaustive tests and UI tables. */
export const REFRESH_ERROR_CODES: readonly RefreshErrorCode[] = [
  "invalid-url",
  "insecure-url",
  "network",
  "timeout",
  "http",
  "redirect-insecure",
  "too-many-redirects",
  "too-large",
  "content-type",
  "json",
  "schema",
  "schema-version",
  "untrusted",
  "aborted",
  "storage",
  "storage-budget",
  "unexpected",
];

/** A text in both UI languages. */
export interface UserMessage {
  en: string;
  zh: string;
}

/** What went wrong, in words a user understands, with the technical detail kept. */
export interface RefreshError {
  code: RefreshErrorCode;
  message: UserMessage;
  detail: string;
  /** The HTTP status, for code "http". */
  status?: number;
  /** Schema and integrity problems, for code "schema". */
  problems?: string[];
  /** Why the dataset is not trusted, for code "untrusted". */
  trust?: TrustProblem;
}

/** Thrown inside the data layer to stop a refresh; `refreshDataset` turns it into a failed result. */
export class RefreshFailure extends Error {
  readonly error: RefreshError;
  constructor(error: RefreshError) {
    super(`${error.code}: ${error.detail}`);
    this.name = "RefreshFailure";
    this.error = error;
  }
}

/** A readable one-line description of any thrown value (with its cause, as fetch reports it). */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) {
    const cause = (thrown as { cause?: unknown }).cause;
    const causeText = cause instanceof Error ? `: ${cause.message}` : cause !== undefined ? `: ${String(cause)}` : "";
    return `${thrown.name}: ${thrown.message}${causeText}`;
  }
  return String(thrown);
}
