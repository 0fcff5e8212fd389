/**
 * The dataset's budgets (issue 22, PRODUCT.md §12: "the schema bounds every string and
 * collection"), each with a wide margin over today's data and over a dataset 100× its size, and
 * the text rules: dataset text never starts like a formula and never hides characters.
 *
 * | what                         | limit  | today (100×)        |
 * |------------------------------|--------|---------------------|
 * | any text                     | 2,000  | longest 305         |
 * | a name or alias              | 200    | longest 40          |
 * | aliases of one record        | 16     | 8                   |
 * | pinyin                       | 64     | 16                  |
 * | a source URL                 | 2,048  | 72                  |
 * | quotes of one record         | 8      | 3                   |
 * | sponsors, measures, conditions, policy ids of one record | 64 | under 10 |
 * | sources                      | 2,000  | 2 (200)             |
 * | categories                   | 500    | 11 (11)             |
 * | regions                      | 2,000  | 9 (900)             |
 * | funds, policies, incentives, targets, notData | 20,000 each | 15 (1,500) at most |
 *
 * At these limits, validation, the integrity checks and "did you mean" stay fast
 * (test/core/budgets/, bench/budgets.bench.ts).
 */
import { INVISIBLE_OR_CONTROL } from "../text/links";

/** The limits in the table above. */
export const LIMITS = {
  text: 2000,
  name: 200,
  aliases: 16,
  pinyin: 64,
  url: 2048,
  perRecordList: 64,
  sources: 2000,
  categories: 500,
  regions: 2000,
  records: 20_000,
} as const;

/** `=`, `+`, `-`, `@` and their full-width forms: a cell beginning with one may be read as a formula (CSV re-entry). */
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** Why a dataset text is refused, or undefined: formula-like start, control, bidi or zero-width characters. */
export function unsafeTextProblem(text: string): string | undefined {
  if (FORMULA_START.test(text))
    return "text must not start with = + - @ (or their full-width forms): a spreadsheet could read it as a formula";
  if (INVISIBLE_OR_CONTROL.test(text)) return "text must not hold control, bidi or zero-width characters";
  return undefined;
}
