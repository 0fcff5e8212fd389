/**
 * Where a quote that does not occur in its source comes closest: the passage of the source with
 * the fewest edits (insertions, deletions, substitutions) from the quote, found by approximate
 * substring matching (Sellers' algorithm: edit distance with a free start and end in the source).
 * It is what the data team needs to see a typo: the quote says 600万元, the source 500万元.
 */

/** A passage of the searched text: `text.slice(start, end)`, `distance` edits from the quote. */
export interface Passage {
  start: number;
  end: number;
  distance: number;
}

/**
 * The end (exclusive) in `text` and the distance of the best approximate match of `pattern`; with
 * `anchored`, the match must start at the beginning of `text`.
 */
function bestEnd(pattern: string, text: string, anchored: boolean): { end: number; distance: number } {
  const m = pattern.length;
  const codes = Int32Array.from(pattern, (_, i) => pattern.charCodeAt(i));
  let column = Int32Array.from({ length: m + 1 }, (_, i) => i);
  let next = new Int32Array(m + 1);
  let best = { end: 0, distance: m };
  for (let j = 1; j <= text.length; j++) {
    next[0] = anchored ? j : 0;
    const ch = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitute = column[i - 1] + (codes[i - 1] === ch ? 0 : 1);
      const skipText = column[i] + 1;
      const skipPattern = next[i - 1] + 1;
      next[i] =
        substitute < skipText ? (substitute < skipPattern ? substitute : skipPattern) : skipText < skipPattern ? skipText : skipPattern;
    }
    [column, next] = [next, column];
    if (column[m] < best.distance) best = { end: j, distance: column[m] };
  }
  return best;
}

function reversed(text: string): string {
  return text.split("").reverse().join("");
}

/**
 * The passage of `text` closest to `pattern` by edit distance (the first such, and the shortest
 * ending there). Both are compared unit by unit, so pass normalised text.
 */
export function nearestPassage(pattern: string, text: string): Passage {
  if (pattern.length === 0 || text.length === 0) return { start: 0, end: 0, distance: pattern.length };
  const { end, distance } = bestEnd(pattern, text, false);
  // The same search backwards, anchored at that end, finds where the passage starts.
  const back = bestEnd(reversed(pattern), reversed(text.slice(0, end)), true);
  return { start: end - back.end, end, distance };
}
