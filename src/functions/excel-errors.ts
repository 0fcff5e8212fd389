/**
 * Maps what the core throws to Excel errors with a message: lookups that found nothing are #N/A,
 * unusable arguments #VALUE!. Anything unexpected is still an Excel error (#VALUE! saying so),
 * never a raw exception.
 */
import { checkArgumentBudget } from "../core/api/argument-budget";
import { isAtlasError } from "../core/errors";

/** Excel shows CustomFunctions.Error messages for #VALUE! and #N/A; keep them readable in a tooltip. */
const MAX_MESSAGE = 250;

/** The Excel error for anything a worksheet function threw. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (isAtlasError(error)) {
    const code = error.isNotFound ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, clip(error.message));
  }
  if (error instanceof CustomFunctions.Error) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, clip(`AI Policy Atlas could not compute this: ${detail}`));
}

/**
 * Runs a worksheet function body; whatever it throws becomes an Excel error, and no number is NaN
 * or infinite. `args` (the function's arguments) are held to their budget first, before any lookup.
 */
export function asExcelResult<T>(compute: () => T, args: readonly unknown[] = []): T {
  let result: T;
  try {
    checkArgumentBudget(args);
    result = compute();
  } catch (error) {
    throw toExcelError(error);
  }
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "The result is not a finite number.");
  }
  return result;
}

function clip(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE - 1)}…`;
}
