/** How the pane shows a cell value computed again under a dataset version (changes list, Trace). */
import { isErrorValue, type EvaluatedValue } from "../../core/formula/formula-evaluate";

/** A cell value as the list shows it: numbers with separators, errors by code, long text cut. */
export function shownValue(value: EvaluatedValue | undefined): string {
  if (value === undefined || value === "") return "—";
  if (isErrorValue(value)) return value.error;
  if (Array.isArray(value)) return "…";
  if (typeof value === "number") return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  const text = String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
