/**
 * Static figures (values with a link to their Sources row, PRODUCT.md §8) checked against a new
 * dataset version (§13): each Sources block names the sheet it cites and the version its figures
 * came from; each figure row names its region, category, figure and unit. A figure whose record
 * changed between that version and the loaded one is listed with the new figure: the new cap where
 * the figure was the cap, the new rule applied to the same amount where the figure was a rate
 * below its cap, else no new figure (the amount it was computed for is not on the sheet).
 */
import type { Atlas } from "../names/atlas";
import { SOURCE_FIGURE_COLUMN } from "../sheets/sources-plan";
import { cellAddress } from "../sheets/a1";
import { fromYuan, UNITS, type Unit } from "../text/units";
import type { VersionPair } from "./change-causes";
import type { CellChange } from "./workbook-changes";

type Value = string | number | boolean;

/** One Sources block: the sheet it cites, the version of its figures, and its figure rows (zero-based rows of the Sources sheet). */
export interface SourcesBlock {
  forSheet: string;
  version: string;
  rows: { row: number; cells: Value[] }[];
}

const HEADING = [
  /^Sources for sheet “(.{1,64})” — AI Policy Atlas data v([0-9A-Za-z._-]{1,40}) \(as of/,
  /^工作表“(.{1,64})”的数据来源 — AI Policy Atlas 数据 v([0-9A-Za-z._-]{1,40})（截至/,
];

/** The blocks of a Sources sheet, from its values (rows × columns, from A1). */
export function sourcesBlocks(values: readonly (readonly Value[])[]): SourcesBlock[] {
  const blocks: SourcesBlock[] = [];
  let block: SourcesBlock | undefined;
  values.forEach((cells, row) => {
    const first = typeof cells[0] === "string" ? cells[0] : "";
    const heading = HEADING.map((h) => h.exec(first)).find((m) => m !== null);
    if (heading) {
      block = { forSheet: heading[1], version: heading[2], rows: [] };
      blocks.push(block);
      return;
    }
    // A figure row names its category as `id (name)`; the policy rows below them do not.
    const category = typeof cells[2] === "string" ? cells[2] : "";
    if (block && typeof cells[SOURCE_FIGURE_COLUMN] === "number" && /^[a-z][a-z-]{0,31} \(/.test(category)) {
      block.rows.push({ row, cells: [...cells] });
    }
  });
  return blocks;
}

/** The static figures of one block whose record differs between the block's version and the loaded one. */
export function staticFigureChanges(sourcesSheet: string, block: SourcesBlock, versions: VersionPair): CellChange[] {
  const changed = new Map(versions.records.map((r) => [`${r.kind}:${r.id}`, r]));
  const out: CellChange[] = [];
  for (const { row, cells } of block.rows) {
    const figure = cells[SOURCE_FIGURE_COLUMN] as number;
    const unit = unitNamed(String(cells[4] ?? ""));
    const before = resolve(versions.before, cells);
    if (!before || !unit) continue;
    const incentive = before.outcome.incentive;
    const cause = changed.get(`incentive:${incentive.id}`);
    if (!cause) continue;
    const after = resolve(versions.after, cells);
    const cap = fromYuan(before.outcome.value, unit);
    let next: number | undefined;
    if (after && Math.abs(figure - cap) < 1e-9) next = fromYuan(after.outcome.value, unit);
    else if (after && incentive.rate && figure > 0 && figure < cap) {
      next = fromYuan(after.subsidy((figure * unit.multiplier) / incentive.rate), unit);
    }
    const column = SOURCE_FIGURE_COLUMN;
    out.push({
      sheet: sourcesSheet,
      row,
      column,
      address: cellAddress(row, column),
      formula: "",
      anchor: { row, column },
      before: figure,
      after: after ? next : { error: "#N/A", message: "The loaded version has no such incentive." },
      causes: [{ ...cause, quotesBefore: incentive.quotes, quotesAfter: after?.outcome.incentive.quotes ?? [] }],
    });
  }
  return out;
}

function unitNamed(label: string): Unit | undefined {
  return UNITS.find((u) => u.label.en === label || u.label.zh === label);
}

/** The rule a Sources row cites, in one version: its region (Chinese name) and category (`id (name)`). */
function resolve(atlas: Atlas, cells: readonly Value[]) {
  try {
    const region = atlas.region(String(cells[0] ?? ""));
    const category = atlas.category(String(cells[2] ?? "").split(" (")[0]);
    const outcome = atlas.subsidy(region, category);
    return { outcome, subsidy: (amount: number) => atlas.subsidy(region, category, amount).value };
  } catch {
    return undefined;
  }
}
