/**
 * Text folding shared by name resolution, quote display and the data tests: pinyin annotations,
 * full/half width, punctuation and whitespace. Script folding (Traditional → Simplified) uses
 * a generated character table (`t2s-table.ts`), so the core carries no converter.
 */

import { T2S_GAPS, T2S_OFFSETS } from "./t2s-table";

const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
// The Han character before the annotation is captured and put back: no lookbehind, which Safari
// lacks before 16.4 (the engine floor, package.json browserslist).
const PINYIN_ANNOTATION = new RegExp(`([${HAN}])\\((?:[a-zA-Z\\u00c0-\\u024f]|[\\u0300-\\u036f])+\\)`, "g");

/** Removes reading aids such as `發(fā)布` → `發布`: lower-case pinyin in ASCII parentheses right after a Han character. */
export function stripPinyinAnnotations(text: string): string {
  return text.replace(PINYIN_ANNOTATION, "$1");
}

/** Punctuation the NFKC form leaves alone but which writers use interchangeably. */
const PUNCTUATION_FOLD: ReadonlyMap<string, string> = new Map([
  ["“", '"'],
  ["”", '"'],
  ["„", '"'],
  ["「", '"'],
  ["」", '"'],
  ["『", '"'],
  ["』", '"'],
  ["‘", "'"],
  ["’", "'"],
  ["—", "-"],
  ["–", "-"],
  ["―", "-"],
  ["‐", "-"],
  ["−", "-"],
  ["～", "~"],
  ["・", "·"],
  ["•", "·"],
  ["〈", "<"],
  ["〉", ">"],
]);
const PUNCTUATION_PATTERN = new RegExp(`[${[...PUNCTUATION_FOLD.keys()].join("")}]`, "g");

/**
 * Folds width (NFKC: full-width digits, Latin and punctuation become half-width), interchangeable
 * punctuation and removes all whitespace. Used to compare quotes with their sources.
 */
export function foldWidthPunctuationSpace(text: string): string {
  return text
    .normalize("NFKC")
    .replace(PUNCTUATION_PATTERN, (c) => PUNCTUATION_FOLD.get(c) ?? c)
    .replace(/\s+/g, "");
}

let t2s: Map<string, string> | undefined;

/** The Traditional → Simplified character map, decoded on first use from the generated table. */
export function traditionalToSimplified(): ReadonlyMap<string, string> {
  if (!t2s) {
    t2s = new Map();
    const gaps = T2S_GAPS.split(",");
    const offsets = T2S_OFFSETS.split(",");
    let traditional = 0;
    for (let i = 0; i < gaps.length; i++) {
      traditional += parseInt(gaps[i], 36);
      t2s.set(String.fromCodePoint(traditional), String.fromCodePoint(traditional + parseInt(offsets[i], 36)));
    }
  }
  return t2s;
}

/**
 * Folds Traditional characters to Simplified, one character at a time (`蘇州` → `苏州`). Built as
 * one array join, not by `+=` per character (which leaves a rope of one-character pieces behind).
 */
export function foldToSimplified(text: string): string {
  const map = traditionalToSimplified();
  return Array.from(text, (ch) => map.get(ch) ?? ch).join("");
}

const LOOKUP_PUNCTUATION = /[\s\-_.,;:'"`·•()[\]{}<>《》()【】!?&/\\|+*#@~^=]+/gu;

/**
 * The cache of keys is bounded by characters, not entries: names longer than KEY_CACHE_MAX_NAME
 * are folded every time and never kept, and the whole cache is dropped once it holds more than
 * KEY_CACHE_BUDGET characters (names and keys), about 4 MB of UTF-16 at most.
 */
export const KEY_CACHE_MAX_NAME = 256;
export const KEY_CACHE_BUDGET = 2_000_000;
const keys = new Map<string, string>();
let cachedCharacters = 0;

/**
 * The key a user-typed name is looked up by: width-folded, lower-case, accents removed (so pinyin
 * with tone marks matches), punctuation and spaces removed, Traditional folded to Simplified.
 * `Chengdu Hi-tech Zone`, `chengdu hitech zone` and `ＣＨＥＮＧＤＵ ＨＩＴＥＣＨ ＺＯＮＥ` share one key.
 * Remembered (within the cache's character budget): validating and indexing a dataset ask for the
 * same names more than once.
 */
export function lookupKey(name: string): string {
  const known = keys.get(name);
  if (known !== undefined) return known;
  const decomposed = name.normalize("NFKD").replace(/\p{Mn}/gu, "");
  const folded = decomposed.normalize("NFKC").toLowerCase().replace(LOOKUP_PUNCTUATION, "");
  const key = foldToSimplified(folded);
  if (name.length <= KEY_CACHE_MAX_NAME) {
    if (cachedCharacters + name.length + key.length > KEY_CACHE_BUDGET) {
      keys.clear();
      cachedCharacters = 0;
    }
    keys.set(name, key);
    cachedCharacters += name.length + key.length;
  }
  return key;
}

/** Characters held by the key cache (names and keys), for the tests and the bench. */
export function keyCacheCharacters(): number {
  return cachedCharacters;
}
