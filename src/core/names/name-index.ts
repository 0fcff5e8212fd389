/**
 * Looks things up by any name a user would type, and suggests the nearest names when nothing
 * matches. Every name is reduced to a lookup key (see `lookupKey`); what users actually typed is
 * remembered, so a repeated lookup (10,000 cells naming the same region) is one `Map.get`.
 */
import { lookupKey } from "../text/normalise";
import { MAX_SUGGESTIONS, NameTrie } from "./name-trie";

/** One thing to find, with every name it answers to and the label shown in messages. */
export interface NamedEntry<T> {
  value: T;
  names: readonly string[];
  label: string;
}

/** Two entries answering to the same key: a dataset error the integrity check reports. */
export interface NameConflict {
  key: string;
  labels: string[];
}

const CACHE_LIMIT = 10_000;
/** Typed names longer than this are answered but not remembered: the caches stay within 10,000 × 256 characters. */
const MAX_CACHED_NAME = 256;
/** Longer input is not a misspelt name: no suggestions are searched for it. */
const MAX_SUGGEST_LENGTH = 40;
/** The most edits a suggestion may be away. */
const MAX_EDITS = 2;

/** A case-, width-, space-, accent- and script-insensitive index of names. */
export class NameIndex<T> {
  private readonly byKey = new Map<string, NamedEntry<T>[]>();
  private readonly typed = new Map<string, T | null>();
  private readonly suggested = new Map<string, string[]>();
  private readonly entries: readonly NamedEntry<T>[];
  private readonly order = new Map<NamedEntry<T>, number>();
  private trie: NameTrie<NamedEntry<T>> | undefined;

  constructor(entries: readonly NamedEntry<T>[]) {
    this.entries = entries;
    entries.forEach((entry, i) => this.order.set(entry, i));
    for (const entry of entries) {
      for (const name of entry.names) {
        const key = lookupKey(name);
        if (key === "") continue;
        const list = this.byKey.get(key);
        // An entry's names come one after another, so a repeat of this entry is the list's last
        // item: O(1), where `includes` made 40,000 regions sharing an alias an O(N²) refusal.
        if (!list) this.byKey.set(key, [entry]);
        else if (list[list.length - 1] !== entry) list.push(entry);
      }
    }
  }

  /** The entry a name means, or undefined when it means none (or, ambiguously, several). */
  find(name: string): T | undefined {
    const known = this.typed.get(name);
    if (known !== undefined) return known ?? undefined;
    const list = this.byKey.get(lookupKey(name));
    const found = list && list.length === 1 ? list[0].value : null;
    if (name.length > MAX_CACHED_NAME) return found ?? undefined;
    if (this.typed.size >= CACHE_LIMIT) this.typed.clear();
    this.typed.set(name, found);
    return found ?? undefined;
  }

  /**
   * Every entry whose name contains the typed text (for "a distinctive part of its name"). Latin
   * text matches whole words (`ai` finds "AI Fund", not "Chain"); Chinese matches any part.
   */
  containing(part: string): T[] {
    const key = lookupKey(part);
    if (key === "") return [];
    const words = latinWords(part);
    const matches = (name: string): boolean =>
      words ? ` ${latinWords(name)?.join(" ") ?? ""} `.includes(` ${words.join(" ")} `) : lookupKey(name).includes(key);
    return this.entries.filter((e) => e.names.some(matches)).map((e) => e.value);
  }

  /**
   * Labels of the nearest entries to a name that matched nothing, best first. Remembered, so a
   * column of cells with the same typo costs one search.
   */
  suggest(name: string, max = 3): string[] {
    const cacheKey = `${max}\u0000${name}`;
    let labels = this.suggested.get(cacheKey);
    if (!labels) {
      labels = this.nearest(name, max);
      if (name.length > MAX_CACHED_NAME) return labels;
      if (this.suggested.size >= CACHE_LIMIT) this.suggested.clear();
      this.suggested.set(cacheKey, labels);
    }
    return [...labels];
  }

  private nearest(name: string, max: number): string[] {
    const key = lookupKey(name);
    if (key === "" || key.length > MAX_SUGGEST_LENGTH) return [];
    const typed = Array.from(key);
    // A third of the length, at most MAX_EDITS: a typo or two, not a different name. The cap keeps
    // the search bounded on a dataset at the schema's limits (test/core/budgets/limits.test.ts).
    const limit = Math.min(MAX_EDITS, Math.max(1, Math.floor(typed.length / 3)));
    // Built on the first miss, not with the index: most lookups never need it.
    this.trie ??= new NameTrie(this.byKey, this.order);
    const best = this.trie.nearest(typed, limit);
    return [...best.entries()]
      .sort((a, b) => a[1] - b[1] || (this.order.get(a[0]) ?? 0) - (this.order.get(b[0]) ?? 0))
      .slice(0, Math.min(max, MAX_SUGGESTIONS))
      .map(([entry]) => entry.label);
  }

  /** Keys that more than one entry answers to. */
  conflicts(): NameConflict[] {
    return [...this.byKey.entries()]
      .filter(([, list]) => list.length > 1)
      .map(([key, list]) => ({ key, labels: list.map((e) => e.label) }));
  }

  /** Every entry, in dataset order. */
  all(): T[] {
    return this.entries.map((e) => e.value);
  }
}

/**
 * Edit distance between a typed key and a known one, also counting a typed prefix with a typo
 * ("chengduu" is 1.5 from "chengduhitech"), so short or misspelled names still find their match.
 */
export function nameDistance(typed: string, known: string, within = Infinity): number {
  const a = Array.from(typed);
  const b = Array.from(known);
  const whole = Math.abs(a.length - b.length) > within ? Infinity : editDistance(a, b, within);
  if (b.length <= a.length) return whole;
  return Math.min(whole, editDistance(a, b.slice(0, a.length), within) + 0.5);
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours
 * ("modle"). Gives up with Infinity once every alignment is already further than `within`.
 */
function editDistance(a: readonly string[], b: readonly string[], within: number): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowBest = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowBest = Math.min(rowBest, d[i][j]);
    }
    if (rowBest > within) return Infinity;
  }
  return d[a.length][b.length];
}

/** The lower-case words of a Latin-script name, or undefined when it holds other scripts. */
function latinWords(name: string): string[] | undefined {
  const plain = name
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .normalize("NFKC")
    .toLowerCase();
  if (!/^[\x20-\x7e]*$/.test(plain)) return undefined;
  const words = plain.split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 ? words : undefined;
}
