/**
 * Typed errors of the domain. The function layer maps `notFound` kinds to Excel's #N/A and
 * `badInput` kinds to #VALUE!, each with the message, which is written for the person at the
 * keyboard: what was wrong and what would work.
 */

/** Lookups that found nothing: Excel shows #N/A. */
export type NotFoundKind = "unknown-region" | "unknown-category" | "unknown-fund" | "no-incentive" | "no-fund" | "no-figure";
/** Arguments that cannot be used: Excel shows #VALUE!. */
export type BadInputKind = "bad-amount" | "bad-unit" | "bad-field" | "bad-argument";
export type AtlasErrorKind = NotFoundKind | BadInputKind;

const NOT_FOUND: ReadonlySet<AtlasErrorKind> = new Set<AtlasErrorKind>([
  "unknown-region",
  "unknown-category",
  "unknown-fund",
  "no-incentive",
  "no-fund",
  "no-figure",
]);

/** An error a user can act on; `suggestion` is the "did you mean" candidate when there is one. */
export class AtlasError extends Error {
  readonly kind: AtlasErrorKind;
  readonly suggestion?: string;

  constructor(kind: AtlasErrorKind, message: string, suggestion?: string) {
    super(message);
    this.name = "AtlasError";
    this.kind = kind;
    this.suggestion = suggestion;
  }

  /** True for lookups that found nothing (#N/A); false for unusable arguments (#VALUE!). */
  get isNotFound(): boolean {
    return NOT_FOUND.has(this.kind);
  }
}

/** Narrows an unknown thrown value. */
export function isAtlasError(e: unknown): e is AtlasError {
  return e instanceof AtlasError;
}

/** A worksheet argument as messages quote it; safe for any value (objects, symbols, proxies). */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === "number")
    return Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined) return "(empty)";
  if (Array.isArray(value)) return "a range";
  return `a value of type ${typeof value}`;
}
