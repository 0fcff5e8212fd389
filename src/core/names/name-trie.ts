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

interface TrieNode<E> {
  children: Map<string, TrieNode<E>>;
  /** Entries whose key ends here. */
  ending: E[];
  /** The first MAX_SUGGESTIONS entries (by order) whose key passes through or ends below this node, this node excluded. */
  below: E[];
}

const node = <E>(): TrieNode<E> => ({ children: new Map(), ending: [], below: [] });

/** A trie of keys, each with the entries answering to it; `order` gives an entry's place in the dataset. */
export class NameTrie<E> {
  private readonly root: TrieNode<E> = node();
  private readonly order: ReadonlyMap<E, number>;

  constructor(keys: Iterable<[string, readonly E[]]>, order: ReadonlyMap<E, number>) {
    this.order = order;
    for (const [key, entries] of keys) {
      let at = this.root;
      for (const ch of key) {
        let next = at.children.get(ch);
        if (!next) at.children.set(ch, (next = node()));
        at = next;
      }
      for (const e of entries) if (!at.ending.includes(e)) at.ending.push(e);
    }
    this.fillBelow(this.root);
  }

  private compare(a: E, b: E): number {
    return (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0);
  }

  /** Fills `below` bottom-up; returns this node's own first entries (itself included). */
  private fillBelow(at: TrieNode<E>): E[] {
    const merged: E[] = [];
    for (const child of at.children.values()) merged.push(...this.fillBelow(child));
    at.below = [...new Set(merged)].sort((a, b) => this.compare(a, b)).slice(0, MAX_SUGGESTIONS);
    return [...new Set([...at.ending, ...at.below])].sort((a, b) => this.compare(a, b)).slice(0, MAX_SUGGESTIONS);
  }

  /** Entries within `limit` of `typed` (code points), each with its best score. */
  nearest(typed: readonly string[], limit: number): Map<E, number> {
    const n = typed.length;
    const best = new Map<E, number>();
    const note = (entries: readonly E[], score: number): void => {
      for (const e of entries) if (score < (best.get(e) ?? Infinity)) best.set(e, score);
    };
    const first = Array.from({ length: n + 1 }, (_, i) => i);
    const visit = (
      at: TrieNode<E>,
      ch: string,
      depth: number,
      prev: number[],
      prevPrev: number[] | undefined,
      prevCh: string | undefined,
    ): void => {
      const row = new Array<number>(n + 1);
      row[0] = depth;
      let rowBest = row[0];
      for (let i = 1; i <= n; i++) {
        const cost = typed[i - 1] === ch ? 0 : 1;
        let d = Math.min(prev[i] + 1, row[i - 1] + 1, prev[i - 1] + cost);
        if (prevPrev && i > 1 && typed[i - 1] === prevCh && typed[i - 2] === ch) d = Math.min(d, prevPrev[i - 2] + 1);
        row[i] = d;
        if (d < rowBest) rowBest = d;
      }
      if (rowBest > limit) return; // every key below is further than the limit, whole or as a prefix
      if (at.ending.length > 0 && row[n] <= limit) note(at.ending, row[n]);
      // Keys longer than the typed text: their first n characters against it, + 0.5.
      if (depth === n && row[n] + 0.5 <= limit + 0.5) note(at.below, row[n] + 0.5);
      if (depth >= n + limit) return;
      for (const [next, child] of at.children) visit(child, next, depth + 1, row, prev, ch);
    };
    if (n <= limit) note(this.root.ending, n);
    if (n === 0) note(this.root.below, 0.5);
    for (const [ch, child] of this.root.children) visit(child, ch, 1, first, undefined, undefined);
    return best;
  }
}
