/**
 * Reading the source documents in seeds/ and normalising text for matching, as PRODUCT.md §1
 * defines it: pinyin annotations stripped, Traditional folded to Simplified with OpenCC (the real
 * converter, not the runtime table), full/half-width punctuation and whitespace folded.
 */
import * as fs from "fs";
import * as path from "path";
import * as OpenCC from "opencc-js";
import { foldWidthPunctuationSpace, stripPinyinAnnotations } from "../../src/core/text";

export const SEEDS_DIR = path.join(__dirname, "..", "..", "seeds");

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const toTraditional = OpenCC.Converter({ from: "cn", to: "t" });
const toTaiwan = OpenCC.Converter({ from: "cn", to: "tw" });
const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });

/** The matching form of a text: no pinyin, Simplified, folded width, punctuation and spaces. */
export function normalizeForMatching(text: string): string {
  return foldWidthPunctuationSpace(toSimplified(stripPinyinAnnotations(text)));
}

/** The Traditional spellings a user in Taiwan, Hong Kong or elsewhere might type. */
export function traditionalSpellings(simplified: string): string[] {
  return [...new Set([toTraditional(simplified), toTaiwan(simplified), toHongKong(simplified)])];
}

/** OpenCC Traditional → Simplified, for checking the dataset's zh-Hant names. */
export function openccToSimplified(text: string): string {
  return toSimplified(text);
}

const cache = new Map<string, string>();

/** A source document's normalised text, by file name in seeds/. */
export function normalizedSource(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = normalizeForMatching(fs.readFileSync(path.join(SEEDS_DIR, file), "utf8"));
    cache.set(file, text);
  }
  return text;
}
