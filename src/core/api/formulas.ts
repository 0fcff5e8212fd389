/**
 * The formula API of PRODUCT.md §2 as pure functions of raw worksheet arguments (`null` for an
 * omitted optional, text or numbers as typed). They return a number, text or a table, or throw
 * an AtlasError; `src/functions` only maps those errors to Excel's.
 */
import { AtlasError, describeValue } from "../errors";
import { type Atlas } from "../names/atlas";
import { ANY_CATEGORY } from "../names/name-entries";
import { citeFigure } from "./citations";
import { datasetAge, type Clock } from "../rules/freshness";
import { displayQuote, qualifierWord } from "../rules/labels";
import type { Category, Fund, Incentive, Policy, Region } from "../rules/schema";
import { fundTable, incentiveTable, policyTable, rankTable, regionScope, type Cell, type Table } from "./tables";
import { targetsIn, targetTable } from "./targets";
import { lookupKey } from "../text/normalise";
import { bestValue } from "../rules/subsidy";
import { fromYuan, MAX_AMOUNT_YUAN, parseAmount, parseUnit } from "../text/units";

/** CN.AISUBSIDY: the most a region's rules pay for a category (and amount), in the unit asked. */
export function aisubsidy(atlas: Atlas, region: unknown, category: unknown, amount?: unknown, unit?: unknown): number {
  const rules = atlas.rulesFor(region, category);
  if ((unit === null || unit === undefined) && typeof amount === "number" && amount >= 0 && amount <= MAX_AMOUNT_YUAN) {
    return bestValue(rules, amount); // the common case, in yuan: no parsing
  }
  const u = parseUnit(unit);
  return fromYuan(bestValue(rules, parseAmount(amount, u)), u);
}

/** CN.AIFUND: a fund's total (or first close) in the unit asked; no fund named = the region's AI fund. */
export function aifund(atlas: Atlas, region: unknown, fund?: unknown, field?: unknown, unit?: unknown): number | string {
  const found = atlas.fund(atlas.region(region), fund);
  const f = atlas.fundField(field);
  // The number alone drops "近" (nearly) and "proposed": these fields make them reachable in a cell.
  if (f === "qualifier") return qualifierWord(found.total.qualifier);
  if (f === "status") return atlas.statusOf(found).en;
  return fromYuan(atlas.fundFigure(found, f), parseUnit(unit));
}

/** CN.AIINCENTIVES: incentives of a region (and the regions within it), optionally of one category. */
export function aiincentives(atlas: Atlas, region?: unknown, category?: unknown): Table {
  return incentiveTable(atlas, incentiveRows(atlas, region, category));
}

/** The incentives CN.AIINCENTIVES lists, in table order (row 1 of the table is the first). */
export function incentiveRows(atlas: Atlas, region?: unknown, category?: unknown): Incentive[] {
  const r = optionalRegion(atlas, region);
  const c = isOmitted(category) ? undefined : atlas.category(category);
  const scope = regionScope(atlas, r);
  const rows = atlas.dataset.incentives.filter(
    (i) => (!scope || scope.has(i.regionId)) && (!c || c.id === ANY_CATEGORY.id || i.category === c.id),
  );
  if (rows.length === 0) throw new AtlasError("no-incentive", nothingMessage(atlas, "incentives", r, c));
  return rows;
}

/** CN.AIFUNDS: funds of a region (and the regions within it), or all. */
export function aifunds(atlas: Atlas, region?: unknown): Table {
  return fundTable(atlas, fundRows(atlas, region));
}

/** The funds CN.AIFUNDS lists, in table order. */
export function fundRows(atlas: Atlas, region?: unknown): Fund[] {
  const r = optionalRegion(atlas, region);
  const scope = regionScope(atlas, r);
  const rows = atlas.dataset.funds.filter((f) => !scope || scope.has(f.regionId));
  if (rows.length === 0) throw new AtlasError("no-fund", nothingMessage(atlas, "funds", r));
  return rows;
}

/** CN.AIPOLICIES: policies of a region (and the regions within it), or all; `clock` dates the period status. */
export function aipolicies(atlas: Atlas, region: unknown, clock: Clock): Table {
  return policyTable(atlas, policyRows(atlas, region), clock());
}

/** The policies CN.AIPOLICIES lists, in table order. */
export function policyRows(atlas: Atlas, region?: unknown): Policy[] {
  const r = optionalRegion(atlas, region);
  const scope = regionScope(atlas, r);
  const rows = atlas.dataset.policies.filter((p) => !scope || scope.has(p.regionId));
  if (rows.length === 0) throw new AtlasError("no-figure", nothingMessage(atlas, "policies", r));
  return rows;
}

/** CN.AITARGETS: targets and results of a region (and the regions within it), or all; CNY values in the unit asked. */
export function aitargets(atlas: Atlas, region: unknown, unit: unknown, clock: Clock): Table {
  const r = optionalRegion(atlas, region);
  const u = parseUnit(unit);
  const rows = targetsIn(atlas, r);
  if (rows.length === 0) {
    const withTargets = [...new Set(atlas.dataset.targets.map((t) => t.regionId))].map((id) => atlas.regionOf(id)?.name.zhHans ?? id);
    throw new AtlasError("no-figure", `${nothingMessage(atlas, "targets", r)} Regions with targets: ${withTargets.join(", ")}.`);
  }
  return targetTable(atlas, rows, u, clock());
}

/** CN.AIRANK: regions ranked by CN.AISUBSIDY for a category and amount. */
export function airank(atlas: Atlas, category: unknown, amount?: unknown, unit?: unknown): Table {
  const c = atlas.category(category);
  const u = parseUnit(unit);
  const ranked = atlas.rank(c, parseAmount(amount, u));
  if (ranked.length === 0) throw new AtlasError("no-incentive", `No region in the dataset has a '${c.id}' incentive.`);
  return rankTable(atlas, ranked, (v) => fromYuan(v, u));
}

/** CN.AISOURCE: the citation of a region's category, fund, policy or target: the passage stating it, source title, date. */
export function aisource(atlas: Atlas, region: unknown, what: unknown): string {
  const citation = citeFigure(atlas, atlas.region(region), what);
  const s = citation.status;
  const fund = citation.kind === "fund" ? atlas.dataset.funds.find((f) => f.id === citation.id) : undefined;
  const qualifier = fund && fund.total.qualifier !== "exact" ? `${qualifierWord(fund.total.qualifier)}; ` : "";
  const status = s.draft || s.pressReport || s.remark || s.inferred || s.fundStatus ? ` [${qualifier}${s.en}]` : "";
  return `“${displayQuote(citation.quotes[0])}” — 《${citation.source.title}》, ${citation.source.publisher.zh}, ${citation.source.date}${status}`;
}

/** Which name of a region or category a list gives. */
export type NameField = "id" | "zh" | "zht" | "en";

/** CN.AIREGIONS: one column of region names (default Simplified Chinese), for validation lists. */
export function airegions(atlas: Atlas, field?: unknown): Table {
  const f = nameField(field, "zh");
  const name = (r: Region): string => ({ id: r.id, zh: r.name.zhHans, zht: r.name.zhHant, en: r.name.en })[f];
  return atlas.dataset.regions.map((r) => [name(r)]);
}

/** CN.AICATEGORIES: one column of category ids (or names), `any` last. */
export function aicategories(atlas: Atlas, field?: unknown): Table {
  const f = nameField(field, "id");
  const name = (c: Category): string => ({ id: c.id, zh: c.name.zh, zht: c.name.zh, en: c.name.en })[f];
  return [...atlas.dataset.categories, ANY_CATEGORY].map((c) => [name(c)]);
}

/** Where the loaded data came from, for CN.AIDATA. */
export interface LoadInfo {
  origin: string;
  loadedAt: string;
  url?: string;
  /** The dataset's content hash (data/content-hash.ts), which workbooks are stamped with. */
  hash?: string;
}

const DATA_FIELDS = [
  "version",
  "hash",
  "asof",
  "age",
  "origin",
  "loaded",
  "regions",
  "funds",
  "policies",
  "incentives",
  "targets",
  "sources",
] as const;
type DataField = (typeof DATA_FIELDS)[number];
const DATA_FIELD_ALIASES: ReadonlyMap<string, DataField> = new Map([
  ["asofdate", "asof"],
  ["截至", "asof"],
  ["ageindays", "age"],
  ["days", "age"],
  ["天数", "age"],
  ["contenthash", "hash"],
  ["sha256", "hash"],
  ["哈希", "hash"],
]);

/**
 * CN.AIDATA: the loaded dataset's version, as-of date, age in days (by `clock`), origin and record
 * counts (a field, or all as a table).
 */
export function aidata(atlas: Atlas, info: LoadInfo, field: unknown, clock: Clock): Cell | Table {
  const d = atlas.dataset;
  const values: Record<DataField, Cell> = {
    version: d.version,
    hash: info.hash ?? "",
    asof: d.asOf,
    age: datasetAge(d, clock()).days,
    origin: info.url ? `${info.origin} (${info.url})` : info.origin,
    loaded: info.loadedAt,
    regions: d.regions.length,
    funds: d.funds.length,
    policies: d.policies.length,
    incentives: d.incentives.length,
    targets: d.targets.length,
    sources: d.sources.length,
  };
  if (isOmitted(field)) return [["field", "value"], ...DATA_FIELDS.map((k) => [k, values[k]])];
  const key = typeof field === "string" ? (DATA_FIELD_ALIASES.get(lookupKey(field)) ?? lookupKey(field)) : "";
  if ((DATA_FIELDS as readonly string[]).includes(key)) return values[key as DataField];
  throw new AtlasError("bad-field", `Unknown field '${describeValue(field)}'. Use one of: ${DATA_FIELDS.join(", ")}.`);
}

function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function optionalRegion(atlas: Atlas, region: unknown): Region | undefined {
  return isOmitted(region) ? undefined : atlas.region(region);
}

/** What a user may type for each name field. A Map: a plain object would answer "constructor" with Object.prototype's. */
const NAME_FIELDS: ReadonlyMap<string, NameField> = new Map([
  ["id", "id"],
  ["zh", "zh"],
  ["zhhans", "zh"],
  ["chinese", "zh"],
  ["中文", "zh"],
  ["简体", "zh"],
  ["zht", "zht"],
  ["zhhant", "zht"],
  ["traditional", "zht"],
  ["繁体", "zht"],
  ["en", "en"],
  ["english", "en"],
  ["英文", "en"],
]);

function nameField(input: unknown, fallback: NameField): NameField {
  if (isOmitted(input)) return fallback;
  const field = typeof input === "string" ? NAME_FIELDS.get(lookupKey(input)) : undefined;
  if (field) return field;
  throw new AtlasError("bad-field", `Unknown name field '${describeValue(input)}'. Use "id", "zh", "zht" or "en".`);
}

function nothingMessage(atlas: Atlas, what: string, region?: Region, category?: Category): string {
  const where = region ? ` in ${region.name.en} (${region.name.zhHans}) or the regions within it` : "";
  const which = category ? ` of category '${category.id}'` : "";
  const regionsWith = atlas.dataset.regions
    .filter((r) => (what === "incentives" ? atlas.categoriesIn(r).length > 0 : true))
    .map((r) => r.name.zhHans);
  return `No ${what}${which}${where} in the dataset.${what === "incentives" ? ` Regions with incentives: ${regionsWith.join(", ")}.` : ""}`;
}
