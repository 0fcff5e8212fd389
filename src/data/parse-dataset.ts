/**
 * From downloaded (or stored) text to a validated Dataset. JSON is parsed with a reviver that
 * drops `__proto__`, `constructor` and `prototype` keys wherever they occur, so no later object
 * spread or merge can reach a prototype, and a file carrying them is refused: a dataset never has
 * such keys. Then the schema (strict objects: unknown keys are errors) and the integrity checks.
 * Text stays text: nothing in a dataset is ever evaluated.
 */
import { SCHEMA_VERSION, type Dataset } from "../core/rules/schema";
import { fail } from "./messages";
import { describeThrown } from "./refresh-error";
import { validateDataset } from "./validate";

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
/**
 * Text without these cannot spell a forbidden key (a `\u` escape is the only way to write a
 * letter indirectly), so it is parsed without the reviver, which would triple the parse time.
 */
const MIGHT_HOLD_FORBIDDEN_KEY = /proto|constructor|\\u/;

/** Parses JSON text without letting prototype-shaped keys through; throws a RefreshFailure ("json"). */
export function parseJsonSafely(text: string): { value: unknown; forbiddenKeys: string[] } {
  const forbiddenKeys: string[] = [];
  let value: unknown;
  try {
    value = !MIGHT_HOLD_FORBIDDEN_KEY.test(text)
      ? JSON.parse(text)
      : JSON.parse(text, function reviver(key: string, v: unknown) {
          if (FORBIDDEN_KEYS.has(key)) {
            forbiddenKeys.push(key);
            return undefined;
          }
          return v;
        });
  } catch (thrown) {
    throw fail("json", `${describeThrown(thrown)}${looksLikeHtml(text) ? " (the response looks like an HTML page)" : ""}`);
  }
  return { value, forbiddenKeys };
}

/** Parses and validates a dataset's JSON text; throws a RefreshFailure ("json" or "schema"). */
export function parseDatasetText(text: string): Dataset {
  const { value, forbiddenKeys } = parseJsonSafely(text);
  if (forbiddenKeys.length > 0) {
    const names = [...new Set(forbiddenKeys)].map((k) => `'${k}'`).join(", ");
    const problems = [`(dataset): contains the key ${names} (${forbiddenKeys.length}×), which a dataset never has`];
    throw fail("schema", problems[0], { problems });
  }
  refuseOtherFormat(value);
  const result = validateDataset(value);
  if (!result.ok) throw fail("schema", result.problems.join("\n"), { problems: result.problems });
  return result.dataset;
}

/**
 * A dataset declaring another `schemaVersion` is refused with its own message rather than a list
 * of schema problems: the user learns that the format, not the data, is the problem.
 */
function refuseOtherFormat(value: unknown): void {
  if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, "schemaVersion")) return;
  const declared = (value as { schemaVersion: unknown }).schemaVersion;
  if (declared === SCHEMA_VERSION) return;
  const schemaVersion = typeof declared === "number" && Number.isInteger(declared) ? declared : undefined;
  throw fail("schema-version", `the dataset declares schemaVersion ${JSON.stringify(declared)}; this add-in reads ${SCHEMA_VERSION}`, {
    schemaVersion,
  });
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text.slice(0, 200));
}
