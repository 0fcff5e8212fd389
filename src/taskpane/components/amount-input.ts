/**
 * Reads an amount typed in the pane (`200,000,000`, `2亿`, `500万元`, `1.5`) in the chosen unit,
 * as CN.AISUBSIDY reads a text amount: text naming its own unit keeps it, a bare number is in
 * the unit, and nothing over core's limit (1,000万亿 yuan) is accepted.
 */
import { parseAmountText, scale } from "../../core/text/figures";
import { MAX_AMOUNT_YUAN, type Unit } from "../../core/text/units";

/** An amount field's value: empty, an amount in yuan, or why it is not one. */
export type AmountInput = { kind: "empty" } | { kind: "amount"; yuan: number } | { kind: "invalid"; reason: "not-amount" | "too-large" };

/** Parses what the user typed. */
export function readAmount(text: string, unit: Unit): AmountInput {
  if (text.trim() === "") return { kind: "empty" };
  const parsed = parseAmountText(text);
  if (!parsed) return { kind: "invalid", reason: "not-amount" };
  const yuan = scale(parsed.value, parsed.multiplier ?? unit.multiplier);
  if (!Number.isFinite(yuan) || yuan < 0) return { kind: "invalid", reason: "not-amount" };
  if (yuan > MAX_AMOUNT_YUAN) return { kind: "invalid", reason: "too-large" };
  return { kind: "amount", yuan };
}
