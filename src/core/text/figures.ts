/**
 * Reading figures out of Chinese text: `500万元`, `1万亿元`, `近千亿元`, `30%`, `十项`, `10余个`,
 * `三分之一`. The data tests use it to prove every figure in the sources is accounted for and
 * every number in a record appears in its quote; the function layer uses `parseAmountText`
 * for amounts typed as text (`2亿`).
 */

/** The kinds of figure a source states. */
export type FigureKind = "money" | "count" | "percent" | "years" | "fraction" | "deadline";

/** A figure found in a text, with where it stands. */
export interface Figure {
  kind: FigureKind;
  /** Yuan for money, a fraction (0.3) for percent and fraction, the number otherwise. */
  value: number;
  text: string;
  start: number;
  end: number;
}

const DIGIT: ReadonlyMap<string, number> = new Map([
  ["零", 0],
  ["〇", 0],
  ["一", 1],
  ["壹", 1],
  ["二", 2],
  ["两", 2],
  ["兩", 2],
  ["贰", 2],
  ["三", 3],
  ["叁", 3],
  ["四", 4],
  ["肆", 4],
  ["五", 5],
  ["伍", 5],
  ["六", 6],
  ["陆", 6],
  ["七", 7],
  ["柒", 7],
  ["八", 8],
  ["捌", 8],
  ["九", 9],
  ["玖", 9],
]);
const SMALL_UNIT: ReadonlyMap<string, number> = new Map([
  ["十", 10],
  ["拾", 10],
  ["百", 100],
  ["佰", 100],
  ["千", 1000],
  ["仟", 1000],
]);

const CN_NUMERAL_CHARS = "零〇一壹二两兩贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟";

/**
 * Parses a Chinese numeral below 10,000 (`十四` = 14, `二十五` = 25, `千` = 1000, `两` = 2).
 * Returns NaN for anything else.
 */
export function parseChineseNumeral(numeral: string): number {
  if (numeral.length === 0) return NaN;
  let total = 0;
  let pending = -1; // a digit waiting for its unit; -1 = none
  for (const ch of numeral) {
    const digit = DIGIT.get(ch);
    const unit = SMALL_UNIT.get(ch);
    if (digit !== undefined) {
      if (pending >= 0 && pending !== 0) return NaN; // two digits in a row ("二三") is not a numeral
      pending = digit;
    } else if (unit !== undefined) {
      total += (pending < 0 ? 1 : pending) * unit;
      pending = -1;
    } else {
      return NaN;
    }
  }
  return total + (pending > 0 ? pending : 0);
}

/** Multipliers of the large money units: 万 = 10^4, 亿 = 10^8, 万亿 = 10^12. */
const LARGE_UNIT: ReadonlyMap<string, number> = new Map([
  ["万", 1e4],
  ["萬", 1e4],
  ["亿", 1e8],
  ["億", 1e8],
  ["万亿", 1e12],
  ["萬億", 1e12],
]);

/** Parses an Arabic or Chinese numeral (`1,500`, `1.2`, `二十五`, `百`). NaN when it is neither. */
export function parseNumeral(text: string): number {
  const arabic = text.replace(/,/g, "");
  if (/^\d+(?:\.\d+)?$/.test(arabic)) return Number(arabic);
  return parseChineseNumeral(text);
}

/** Multiplies without binary-fraction noise: 1.2 × 10^8 = 120,000,000 exactly. */
export function scale(value: number, multiplier: number): number {
  const product = value * multiplier;
  return Number.isInteger(multiplier) && Math.abs(product - Math.round(product)) < 1e-6 ? Math.round(product) : product;
}

const NUM = `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|[${CN_NUMERAL_CHARS}]+)`;
/**
 * A figure never starts inside a longer number: after a digit, a decimal point, a thousands comma
 * or a numeral. Checked on the text before a match (scanFigures), not by a lookbehind, which
 * Safari lacks before 16.4 (the engine floor, package.json browserslist).
 */
const NUMBER_BEFORE = new RegExp(`(?:[\\d.${CN_NUMERAL_CHARS}]|\\d,)$`, "u");
const COUNT_UNITS = "个|條|条|项|項|家|只|部分|大(?=[\\u4e00-\\u9fff])|位(?=一体|一體)|名|批|款|支";

/** One pattern per kind, tried together; money before count so `1亿元` is never a count. */
const FIGURE_PATTERN = new RegExp(
  [
    `(?<fraction>(?<fDen>[${CN_NUMERAL_CHARS}]+)分之(?<fNum>[${CN_NUMERAL_CHARS}]+))`,
    `(?<percent>(?<pVal>\\d+(?:\\.\\d+)?)\\s*[%％])`,
    `(?<money>(?<mNum>${NUM})\\s*(?<mUnit>万亿|萬億|亿|億|万|萬)(?:元)?|(?<mYuan>\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*元)`,
    `(?<deadline>(?:到|至)\\s*(?<dYear>\\d{4})\\s*年|(?<dYear2>\\d{4})\\s*年\\s*(?:前|底|末))`,
    `(?<years>(?<yVal>\\d{1,2}|[${CN_NUMERAL_CHARS}]+)\\s*年(?!代))`,
    `(?<count>(?<cVal>${NUM})\\s*(?:余|多)?\\s*(?:${COUNT_UNITS}))`,
  ].join("|"),
  "gu",
);

/**
 * Every figure in a text, in order. Four-digit years (`2026年`) and dates are not figures, but a
 * deadline is (`到2027年`, `2026年前`: the year of a target); so are `三年` and `3年` (a period).
 */
export function scanFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const pattern = new RegExp(FIGURE_PATTERN.source, FIGURE_PATTERN.flags);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    // Only `到2027年` may follow a number; anywhere else, look again one character on.
    if (!(g.deadline && g.dYear !== undefined) && NUMBER_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      pattern.lastIndex = start + 1;
      continue;
    }
    const at = { text: m[0], start, end: start + m[0].length };
    const found = figureOf(g);
    if (found && Number.isFinite(found.value)) figures.push({ ...found, ...at });
  }
  return figures;
}

function figureOf(g: Record<string, string | undefined>): { kind: FigureKind; value: number } | undefined {
  if (g.fraction) {
    const denominator = parseChineseNumeral(g.fDen ?? "");
    return denominator > 0 ? { kind: "fraction", value: parseChineseNumeral(g.fNum ?? "") / denominator } : undefined;
  }
  if (g.percent) return { kind: "percent", value: Number(g.pVal) / 100 };
  if (g.deadline) return { kind: "deadline", value: Number(g.dYear ?? g.dYear2) };
  if (g.money) {
    const value = g.mNum !== undefined ? scale(parseNumeral(g.mNum), LARGE_UNIT.get(g.mUnit ?? "") ?? NaN) : parseNumeral(g.mYuan ?? "");
    return { kind: "money", value };
  }
  if (g.years) {
    const value = parseNumeral(g.yVal ?? "");
    return value > 0 ? { kind: "years", value } : undefined;
  }
  if (g.count) return { kind: "count", value: parseNumeral(g.cVal ?? "") };
  return undefined;
}

const AMOUNT_TEXT = new RegExp(`^(${NUM})\\s*(万亿|萬億|亿|億|万|萬)?\\s*(?:元|cny|yuan|rmb)?$`, "iu");

/**
 * Parses an amount typed as text: `200000000`, `200,000,000`, `2亿`, `2 亿元`, `500万`, `1.5万亿`,
 * `２億` (full width). Returns the amount in the text's own unit (yuan when it names none) and
 * the multiplier it named, or undefined when the text is not an amount.
 */
export function parseAmountText(text: string): { value: number; multiplier: number | undefined } | undefined {
  const folded = text.normalize("NFKC").trim().replace(/\s+/g, " ");
  const m = AMOUNT_TEXT.exec(folded);
  if (!m) return undefined;
  const value = parseNumeral(m[1]);
  if (!Number.isFinite(value)) return undefined;
  return { value, multiplier: m[2] ? LARGE_UNIT.get(m[2]) : undefined };
}
