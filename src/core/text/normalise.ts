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

/** Folds Traditional characters to Simplified, one character at a time (`蘇州` → `苏州`). */
export function foldToSimplified(text: string): string {
  const map = traditionalToSimplified();
  let out = "";
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

const LOOKUP_PUNCTUATION = /[\s\-_.,;:'"`·•()[\]{}<>《》()【】!?&/\\|+*#@~^=]+/gu;

const KEY_CACHE_LIMIT = 100_000;
const keys = new Map<string, string>();

/**
 * The key a user-typed name is looked up by: width-folded, lower-case, accents removed (so pinyin
 * with tone marks matches), punctuation and spaces removed, Traditional folded to Simplified.
 * `Chengdu Hi-tech Zone`, `chengdu hitech zone` and `ＣＨＥＮＧＤＵ ＨＩＴＥＣＨ ＺＯＮＥ` share one key.
 * Remembered: validating and indexing a dataset ask for the same names more than once.
 */
export function lookupKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    const decomposed = name.normalize("NFKD").replace(/\p{Mn}/gu, "");
    const folded = decomposed.normalize("NFKC").toLowerCase().replace(LOOKUP_PUNCTUATION, "");
    key = foldToSimplified(folded);
    if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
    keys.set(name, key);
  }
  return key;
}
