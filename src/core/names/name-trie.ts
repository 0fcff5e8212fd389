/**
 * The "did you mean" search (issue 22): the nearest known keys to a typed key, by the same score
 * as `nameDistance` (optimal-string-alignment distance, or a typo in a prefix + 0.5), found by
 * walking a trie of the known keys built once per index. Rows of the distance table are shared
 * by every key with the same prefix, a branch is left as soon as no key below it can come within
 * the limit, and each node keeps the first few entries below it (in dataset order), so a short
 * typed prefix never visits every key. 100,000 aliases no longer cost a walk over all of them.
 */

/** How many suggestions a node can answer for at most (callers ask for 2 or 3). */
export const MAX_SUGGESTIONS = 8;
/**
 * The most trie nodes one search visits. Real names spread out and a search visits a few hundred;
 * a dataset of look-alike names (thousands of keys a couple of edits apart) could otherwise cost
 * milliseconds per miss. Past the budget the search returns what it found: a hint, never a hang.
 */
export const VISIT_BUDGET = 500;

interface TrieNode<E> {
  /** Children by character: parallel arrays (iterating a Map allocates an entry per child). */
  chars: string[];
  kids: TrieNode<E>[];
  /** Entries whose key ends here (one shared empty array until one does). */
  ending: E[];
  /** The first MAX_SUGGESTIONS entries (by order) whose key passes through or ends below this node, this node excluded. */
  below: E[];
}

const NONE: never[] = [];
const node = <E>(): TrieNode<E> => ({ chars: NONE, kids: NONE, ending: NONE, below: NONE });

/** A trie of keys, each with the entries answering to it; `order` gives an entry's place in the dataset. */
export class NameTrie<E> {
  private readonly root: TrieNode<E> = node();
  private readonly order: ReadonlyMap<E, number>;

  constructor(keys: Iterable<[string, readonly E[]]>, order: ReadonlyMap<E, number>) {
    this.order = order;
    // Keys arrive in the order of their first entry, so the first entries to pass through a node
    // are (nearly) its first in dataset order: kept as they come, sorted once at the end.
    const touched: TrieNode<E>[] = [];
    for (const [key, entries] of keys) {
      let at = this.root;
      for (const ch of key) {
        for (const e of entries) {
          if (at.below.length >= MAX_SUGGESTIONS * 2) break;
          if (!at.below.includes(e)) {
            if (at.below.length === 0) {
              touched.push(at);
              at.below = [];
            }
            at.below.push(e);
          }
        }
        const k = at.chars.indexOf(ch);
        let next: TrieNode<E>;
        if (k >= 0) next = at.kids[k];
        else {
          next = node();
          if (at.kids.length === 0) {
            at.chars = [];
            at.kids = [];
          }
          at.chars.push(ch);
          at.kids.push(next);
        }
        at = next;
      }
      at.ending = [...entries]; // one key per node: the index has already merged its entries
    }
    for (const t of touched) t.below = t.below.sort((a, b) => this.compare(a, b)).slice(0, MAX_SUGGESTIONS);
  }

  private compare(a: E, b: E): number {
    return (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0);
  }

  /** Entries within `limit` of `typed` (code points), each with its best score. */
  nearest(typed: readonly string[], limit: number): Map<E, number> {
    const n = typed.length;
    const best = new Map<E, number>();
    const note = (entries: readonly E[], score: number): void => {
      for (const e of entries) if (score < (best.get(e) ?? Infinity)) best.set(e, score);
    };
    // One row of the distance table per depth, reused by every branch (no allocation per node).
    const rows = Array.from({ length: n + limit + 2 }, () => new Int32Array(n + 1));
    for (let i = 0; i <= n; i++) rows[0][i] = i;
    const path: string[] = [];
    let visits = 0;
    const visit = (at: TrieNode<E>, depth: number): void => {
      if (++visits > VISIT_BUDGET) return;
      const ch = path[depth - 1];
      const prevCh = depth > 1 ? path[depth - 2] : undefined;
      const row = rows[depth];
      const prev = rows[depth - 1];
      const prevPrev = depth > 1 ? rows[depth - 2] : undefined;
      row[0] = depth;
      // Only the band |i - depth| <= limit can stay within the limit (Ukkonen); the cells just
      // outside it hold limit + 1, so the next row never reads a stale value from another branch.
      const lo = Math.max(1, depth - limit);
      const hi = Math.min(n, depth + limit);
      if (lo > 1) row[lo - 1] = limit + 1;
      let rowBest = depth;
      for (let i = lo; i <= hi; i++) {
        let d = prev[i - 1] + (typed[i - 1] === ch ? 0 : 1);
        if (prev[i] + 1 < d) d = prev[i] + 1;
        if (row[i - 1] + 1 < d) d = row[i - 1] + 1;
        if (prevPrev !== undefined && i > 1 && typed[i - 1] === prevCh && typed[i - 2] === ch && prevPrev[i - 2] + 1 < d)
          d = prevPrev[i - 2] + 1;
        row[i] = d;
        if (d < rowBest) rowBest = d;
      }
      if (hi < n) row[hi + 1] = limit + 1;
      if (rowBest > limit) return; // every key below is further than the limit, whole or as a prefix
      const inBand = n - depth <= limit && depth - n <= limit;
      if (at.ending.length > 0 && inBand && row[n] <= limit) note(at.ending, row[n]);
      // Keys longer than the typed text: their first n characters against it, + 0.5.
      if (depth === n && row[n] <= limit) note(at.below, row[n] + 0.5);
      if (depth >= n + limit) return;
      for (let c = 0; c < at.kids.length; c++) {
        path[depth] = at.chars[c];
        visit(at.kids[c], depth + 1);
      }
    };
    if (n <= limit) note(this.root.ending, n);
    if (n === 0) note(this.root.below, 0.5);
    for (let c = 0; c < this.root.kids.length; c++) {
      path[0] = this.root.chars[c];
      visit(this.root.kids[c], 1);
    }
    return best;
  }
}
