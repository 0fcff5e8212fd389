/**
 * The data stamp (PRODUCT.md §13): the dataset version and content hash a workbook's or a sheet's
 * figures came from, as the short text the workbook keeps (`2025.03.22.2 3f9a…`, 64 hex digits).
 * Read back with a bounded pattern (no backtracking); anything else is no stamp.
 */

/** The version and content hash figures were computed with. */
export interface DataStamp {
  version: string;
  hash: string;
}

/** The worksheet custom property and the document setting that hold a stamp. */
export const STAMP_PROPERTY = "AIPolicyAtlasData";
export const STAMP_SETTING_KEY = "ai-policy-atlas/data-stamp";

const STAMP = /^([0-9A-Za-z._-]{1,40}) ([0-9a-f]{64})$/;

/** The text a stamp is kept as (at most 105 characters: within Excel's 255 for a custom property). */
export function stampText(stamp: DataStamp): string {
  return `${stamp.version} ${stamp.hash}`;
}

/** A stamp read back from the workbook, or undefined for anything that is not one. */
export function parseStamp(text: unknown): DataStamp | undefined {
  if (typeof text !== "string" || text.length > 120) return undefined;
  const m = STAMP.exec(text);
  return m ? { version: m[1], hash: m[2] } : undefined;
}

/** Whether two stamps name the same content. */
export function sameStamp(a: DataStamp | undefined, b: DataStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.version === b.version && a.hash === b.hash;
}

/** A sheet plan with the stamp its sheet will carry (set by the pane from the dataset it planned with). */
export type Stamped<T> = T & { stamp?: DataStamp };
