/**
 * Source documents as the data checks read them. PRODUCT.md §1 defines the matching form of a
 * text: pinyin annotations stripped, Traditional folded to Simplified with OpenCC (the real
 * converter, not the add-in's runtime table), width, punctuation and whitespace folded. Each
 * character of that form remembers where it came from, so a finding in the normalised text can be
 * shown in the source's own script (a quote's nearest passage, a figure's sentence).
 */
import * as fs from "fs";
import * as path from "path";
import * as OpenCC from "opencc-js";
import { foldWidthPunctuationSpace, stripPinyinAnnotations } from "../../src/core/text/normalise";

type Locale = Parameters<typeof OpenCC.Converter>[0]["from"];
const converters = new Map<string, (text: string) => string>();

/** An OpenCC converter, built on first use (building one reads its dictionaries: about a second). */
function converter(from: Locale, to: Locale): (text: string) => string {
  let convert = converters.get(`${from}>${to}`);
  if (!convert) {
    convert = OpenCC.Converter({ from, to });
    converters.set(`${from}>${to}`, convert);
  }
  return convert;
}

const toSimplified = (text: string): string => converter("t", "cn")(text);

/** A text in its matching form, mapped back to the readable original. */
export interface NormalizedText {
  /** The original with pinyin annotations removed, in its own script: what a quote copies. */
  readonly display: string;
  /** The matching form. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the index in `display` of the character it came from. */
  readonly origin: readonly number[];
}

/** The Simplified form of a line, unit for unit where OpenCC keeps the length (it almost always does). */
function simplifiedUnits(line: string, offset: number): { text: string; origin: number[] }[] {
  const whole = toSimplified(line);
  if (whole.length === line.length) return Array.from(whole, (_, i) => ({ text: whole[i], origin: [offset + i] }));
  const out: { text: string; origin: number[] }[] = [];
  let at = offset;
  for (const ch of line) {
    out.push({ text: toSimplified(ch), origin: [at] });
    at += ch.length;
  }
  return out;
}

/** Normalises a text for matching and keeps, per character, where it came from. */
export function normalizeWithOrigins(original: string): NormalizedText {
  const display = stripPinyinAnnotations(original);
  let text = "";
  const origin: number[] = [];
  let lineStart = 0;
  for (const line of display.split(/(?<=\n)/)) {
    for (const unit of simplifiedUnits(line, lineStart)) {
      for (const ch of unit.text) {
        const folded = foldWidthPunctuationSpace(ch);
        text += folded;
        for (let i = 0; i < folded.length; i++) origin.push(unit.origin[0]);
      }
    }
    lineStart += line.length;
  }
  return { display, text, origin };
}

/** The matching form of a text: no pinyin, Simplified, folded width, punctuation and spaces. */
export function normalizeForMatching(text: string): string {
  return normalizeWithOrigins(text).text;
}

/** The part of the display text that `text.slice(start, end)` came from, on one line. */
export function displaySlice(source: NormalizedText, start: number, end: number): string {
  if (end <= start) return "";
  const from = source.origin[start];
  const lastChar = source.origin[end - 1];
  const to = lastChar + (source.display.codePointAt(lastChar)! > 0xffff ? 2 : 1);
  return source.display.slice(from, to).replace(/\s+/g, " ").trim();
}

/** The Traditional spellings a user in Taiwan, Hong Kong or elsewhere might type. */
export function traditionalSpellings(simplified: string): string[] {
  return [...new Set([converter("cn", "t")(simplified), converter("cn", "tw")(simplified), converter("cn", "hk")(simplified)])];
}

/** OpenCC Traditional → Simplified, for checking the dataset's zh-Hant names. */
export function openccToSimplified(text: string): string {
  return toSimplified(text);
}

/** A source document: its file name, its text as read, and its matching form. */
export interface SourceDocument extends NormalizedText {
  readonly file: string;
}

const cache = new Map<string, SourceDocument>();

/** Reads and normalises a source document (remembered per path and modification time). */
export function readSource(filePath: string): SourceDocument {
  const absolute = path.resolve(filePath);
  const key = `${absolute}@${fs.statSync(absolute).mtimeMs}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = { file: path.basename(absolute), ...normalizeWithOrigins(fs.readFileSync(absolute, "utf8")) };
    cache.set(key, doc);
  }
  return doc;
}
