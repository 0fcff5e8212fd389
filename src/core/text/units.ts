/**
 * Money units and amounts. Users give amounts in yuan, 万 or 亿 (or million, 10k, 100m); the unit
 * applies to the amount given and to the result returned. Everything inside is yuan.
 */
import { AtlasError, describeValue } from "../errors";
import { parseAmountText, scale } from "./figures";
import { lookupKey } from "./normalise";

/** A money unit: how many yuan one of it is, and how to label it. */
export interface Unit {
  id: "yuan" | "thousand" | "wan" | "million" | "yi" | "billion";
  multiplier: number;
  label: { zh: string; en: string };
}

/** The units, in the order they are listed to users. */
export const UNITS: readonly Unit[] = [
  { id: "yuan", multiplier: 1, label: { zh: "元", en: "CNY" } },
  { id: "wan", multiplier: 1e4, label: { zh: "万元", en: "10k CNY (万)" } },
  { id: "yi", multiplier: 1e8, label: { zh: "亿元", en: "100m CNY (亿)" } },
  { id: "thousand", multiplier: 1e3, label: { zh: "千元", en: "thousand CNY" } },
  { id: "million", multiplier: 1e6, label: { zh: "百万元", en: "million CNY" } },
  { id: "billion", multiplier: 1e9, label: { zh: "十亿元", en: "billion CNY" } },
];

const SPELLINGS: Record<Unit["id"], readonly string[]> = {
  yuan: ["", "元", "cny", "yuan", "rmb", "¥", "1", "人民币"],
  thousand: ["千", "千元", "thousand", "k", "1k", "1000"],
  wan: ["万", "万元", "萬", "萬元", "10k", "wan", "10000", "tenthousand"],
  million: ["million", "millions", "m", "mn", "mm", "1m", "百万", "百万元", "百萬", "百萬元", "1000000"],
  yi: ["亿", "亿元", "億", "億元", "100m", "yi", "100000000", "hundredmillion"],
  billion: ["billion", "billions", "bn", "b", "1bn", "十亿", "十亿元", "十億", "十億元", "1000000000"],
};

let unitByKey: Map<string, Unit> | undefined;

/** The unit a spelling means; the map is built on first use, not at import. */
function unitOf(spelling: string): Unit | undefined {
  if (!unitByKey) {
    unitByKey = new Map();
    for (const unit of UNITS) for (const s of SPELLINGS[unit.id]) unitByKey.set(lookupKey(s), unit);
  }
  return unitByKey.get(lookupKey(spelling));
}

/** The unit of yuan, the default. */
export const YUAN: Unit = UNITS[0];

/** The largest amount accepted, in yuan: 1,000万亿 (several times China's GDP). Above it is a typo. */
export const MAX_AMOUNT_YUAN = 1e15;

/** Reads a unit argument; empty or omitted means yuan. */
export function parseUnit(input: unknown): Unit {
  if (input === null || input === undefined) return YUAN;
  if (typeof input === "number" && Number.isFinite(input)) {
    const byMultiplier = UNITS.find((u) => u.multiplier === input);
    if (byMultiplier) return byMultiplier;
  }
  if (typeof input === "string" || typeof input === "number") {
    const unit = unitOf(String(input));
    if (unit) return unit;
  }
  throw new AtlasError(
    "bad-unit",
    `Unknown unit '${describeValue(input)}'. Use 元/CNY/yuan, 万/万元/10k, 亿/亿元/100m, million or billion, or leave it empty for yuan.`,
  );
}

/**
 * Reads an amount argument and returns it in yuan, or undefined when it is omitted. Numbers are
 * in `unit`; text may name its own unit (`2亿`, `500万元`).
 */
export function parseAmount(input: unknown, unit: Unit): number | undefined {
  if (input === null || input === undefined || input === "") return undefined;
  let yuan: number;
  if (typeof input === "number") {
    yuan = scale(input, unit.multiplier);
  } else if (typeof input === "string") {
    const parsed = parseAmountText(input);
    if (!parsed)
      throw new AtlasError("bad-amount", `'${input}' is not an amount. Give a number such as 200000000, or text such as 2亿 or 500万元.`);
    yuan = scale(parsed.value, parsed.multiplier ?? unit.multiplier);
  } else {
    throw new AtlasError("bad-amount", `The amount must be a number, not ${typeName(input)}.`);
  }
  if (!Number.isFinite(yuan)) throw new AtlasError("bad-amount", "The amount must be a finite number.");
  if (yuan < 0) throw new AtlasError("bad-amount", `The amount must be zero or more (got ${describeValue(input)}).`);
  if (yuan > MAX_AMOUNT_YUAN) {
    throw new AtlasError(
      "bad-amount",
      `The amount ${describeValue(input)} ${unit.label.en} is over 1,000万亿 yuan: check the number and the unit.`,
    );
  }
  return yuan;
}

/** Converts yuan to the unit the user asked for. */
export function fromYuan(yuan: number, unit: Unit): number {
  return unit.multiplier === 1 ? yuan : yuan / unit.multiplier;
}

function typeName(value: unknown): string {
  if (typeof value === "boolean") return `TRUE/FALSE`;
  if (Array.isArray(value)) return "a range";
  return typeof value;
}
