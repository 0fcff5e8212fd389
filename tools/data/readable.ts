/**
 * Numbers as a data analyst reads them in a message: `3000000 (300万)`, `0.3 (30%)`,
 * `120000000 (1.2亿)`, `1000000000000 (1万亿)`.
 */

/** A number with its 万/亿 or percent reading when that helps. */
export function readableNumber(value: number): string {
  if (value > 0 && value < 1) return `${value} (${+(value * 100).toFixed(6)}%)`;
  if (Number.isInteger(value) && value >= 1e12) return `${value} (${+(value / 1e12).toFixed(12)}万亿)`;
  if (Number.isInteger(value) && value >= 1e8) return `${value} (${+(value / 1e8).toFixed(8)}亿)`;
  if (Number.isInteger(value) && value >= 1e4) return `${value} (${+(value / 1e4).toFixed(4)}万)`;
  return String(value);
}
