/**
 * The lexer of worksheet formula text for formula-syntax.ts: strings ("" escapes), numbers,
 * error literals, A1 cells and ranges with an optional sheet prefix (`Sheet1!`, `'My sheet'!`),
 * words and operators; anything else is an `other` token, never an exception.
 */

/** A lexical token of formula text, with where it starts and ends. */
export type Token =
  | { kind: "string"; value: string; start: number; end: number }
  | { kind: "number"; value: number; start: number; end: number }
  | { kind: "ref"; sheet?: string; address: string; start: number; end: number }
  | { kind: "error"; start: number; end: number }
  | { kind: "word"; value: string; start: number; end: number }
  | { kind: "op"; value: string; start: number; end: number }
  | { kind: "other"; start: number; end: number };

const ERROR_LITERAL =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)/i;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![A-Za-z0-9_.(])/;
const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![A-Za-z0-9_.(])/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]*/;
const SHEET_WORD = /^([A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*)!/;
const OPERATORS = ["<>", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "^", "&", "%", "(", ")", ",", ";", "{", "}", ":"];
/** Excel's sheet size, and how deep a formula may nest before the reader gives up. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_DEPTH = 64;

/** The zero-based column of column letters (`A` → 0, `AA` → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** The tokens of formula text from an offset (after the leading `=`). */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let i = offset;
  while (i < text.length) {
    const ch = text[i];
    const rest = text.slice(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = "";
      for (;;) {
        if (j >= text.length) break; // unterminated: the rest is the string
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          j++;
          break;
        }
        value += text[j++];
      }
      tokens.push({ kind: "string", value, start: i, end: j });
      i = j;
      continue;
    }
    const sheet = readSheetPrefix(text, i);
    if (sheet) {
      const after = text.slice(sheet.end);
      const m = RANGE.exec(after) ?? CELL.exec(after);
      if (m) {
        tokens.push({ kind: "ref", sheet: sheet.name, address: m[0], start: i, end: sheet.end + m[0].length });
        i = sheet.end + m[0].length;
        continue;
      }
      tokens.push({ kind: "other", start: i, end: sheet.end });
      i = sheet.end;
      continue;
    }
    const error = ERROR_LITERAL.exec(rest);
    if (error) {
      tokens.push({ kind: "error", start: i, end: i + error[0].length });
      i += error[0].length;
      continue;
    }
    const ref = RANGE.exec(rest) ?? CELL.exec(rest);
    if (ref && !/^[A-Za-z]{1,3}\d+\s*\(/.test(rest)) {
      tokens.push({ kind: "ref", address: ref[0], start: i, end: i + ref[0].length });
      i += ref[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: "number", value: Number(number[0]), start: i, end: i + number[0].length });
      i += number[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      tokens.push({ kind: "word", value: word[0], start: i, end: i + word[0].length });
      i += word[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      tokens.push({ kind: "op", value: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    tokens.push({ kind: "other", start: i, end: i + 1 });
    i++;
  }
  return tokens;
}

/** `'My sheet'!` or `Sheet1!` at position i: the sheet's name and where the address starts. */
function readSheetPrefix(text: string, i: number): { name: string; end: number } | undefined {
  if (text[i] === "'") {
    let j = i + 1;
    let name = "";
    while (j < text.length) {
      if (text[j] === "'") {
        if (text[j + 1] === "'") {
          name += "'";
          j += 2;
          continue;
        }
        break;
      }
      name += text[j++];
    }
    if (text[j] === "'" && text[j + 1] === "!" && name !== "") return { name, end: j + 2 };
    return undefined;
  }
  const m = SHEET_WORD.exec(text.slice(i));
  return m ? { name: m[1], end: i + m[0].length } : undefined;
}
