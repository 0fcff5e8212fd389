/**
 * The schema's bounded building blocks (issue 22): dataset text (at most LIMITS.text characters,
 * never formula-like, no hidden characters), names and aliases, per-record lists, source URLs and
 * real dates. schema.ts composes the records from them.
 */
import * as z from "zod/mini";
import { sourceUrlProblem } from "../text/links";
import { realDateTime, versionDateTime } from "./dates";
import { LIMITS, unsafeTextProblem } from "./limits";

const SAFE_TEXT = "text must not start with = + - @ (or full-width forms) nor hold control, bidi or zero-width characters";

/** Any dataset text. */
export const text = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(LIMITS.text),
  z.refine((s) => unsafeTextProblem(s) === undefined, SAFE_TEXT),
);
/** A record's names and aliases (bounded in length and number: "did you mean" walks them). */
export const name = text.check(z.maxLength(LIMITS.name));
export const aliases = z._default(z.array(name).check(z.maxLength(LIMITS.aliases)), []);
/** A record's list of sponsors, measures, conditions or ids. */
export const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(LIMITS.perRecordList));
/** A source's address: see core/text/links.ts. */
export const sourceUrl = z.string().check(
  z.maxLength(LIMITS.url),
  z.refine((s) => sourceUrlProblem(s) === undefined, "a source URL is http(s), names a full host, has no user info or hidden characters"),
);
/** A real calendar date. */
export const isoDate = z
  .string()
  .check(z.refine((s) => realDateTime(s) !== undefined, "dates are real dates, YYYY-MM-DD (or YYYY-MM when only the month is known)"));
/** A dataset version: a real date, with an optional revision. */
export const datasetVersion = z
  .string()
  .check(z.refine((s) => versionDateTime(s) !== undefined, "version is a real date, YYYY.MM.DD or YYYY.MM.DD.N"));
