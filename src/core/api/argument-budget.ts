/**
 * The budget on worksheet arguments (issue 22, PRODUCT.md §12): a text argument longer than
 * MAX_ARGUMENT_LENGTH is refused (#VALUE!) before any lookup, normalisation or cache sees it, so
 * `=CN.AISUBSIDY(REPT("a",32000)&ROW(),"model")` filled down costs nothing and keeps nothing.
 * 255 characters is Excel's own limit for a text constant in a formula and 6× the longest name,
 * category, field or unit the data and the functions know (about 40); only a cell reference can
 * pass more. A profile range is held to MAX_PROFILE_CELLS cells, each text within the same limit.
 */
import { AtlasError, describeValue } from "../errors";

/** The longest text a CN function accepts as an argument (or in a profile cell). */
export const MAX_ARGUMENT_LENGTH = 255;
/** The most cells a profile range may have (two columns of 500 fields: 40× the fields there are). */
export const MAX_PROFILE_CELLS = 1000;

function tooLong(text: string): AtlasError {
  return new AtlasError(
    "bad-argument",
    `An argument of ${text.length.toLocaleString("en-US")} characters is longer than the ${MAX_ARGUMENT_LENGTH} a CN function accepts (${describeValue(text.slice(0, 20))}…).`,
  );
}

/** Throws #VALUE! (an AtlasError) when a text argument, or a text in a range argument, is over budget. Cheap: no copy, no folding. */
export function checkArgumentBudget(args: readonly unknown[]): void {
  for (const arg of args) {
    if (typeof arg === "string") {
      if (arg.length > MAX_ARGUMENT_LENGTH) throw tooLong(arg);
    } else if (Array.isArray(arg)) {
      let cells = 0;
      for (const row of arg) {
        const values: readonly unknown[] = Array.isArray(row) ? row : [row];
        cells += values.length;
        if (cells > MAX_PROFILE_CELLS) {
          throw new AtlasError(
            "bad-argument",
            `A range argument has more than ${MAX_PROFILE_CELLS} cells; a profile is two columns of fields and values.`,
          );
        }
        for (const value of values) if (typeof value === "string" && value.length > MAX_ARGUMENT_LENGTH) throw tooLong(value);
      }
    }
  }
}
