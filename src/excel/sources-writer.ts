/**
 * Queues a block of the Sources sheet in a writer's batch: the sheet is created if the workbook
 * has none (in either UI language), otherwise the block goes two rows below everything the sheet
 * holds. Nothing is read to find that place: the used range is resolved by Excel when the batch
 * runs, so the append costs no extra sync, and nothing there is overwritten.
 */
import { rangeAddress } from "../core/sheets/a1";
import { sameSheetName } from "../core/sheets/sheet-names";
import type { SheetLanguage } from "../core/rules/figure-format";
import { SOURCE_QUOTE_COLUMN, sourcesBlock, sourcesLinkTip, sourcesRowReference, type SourcesPlan } from "../core/sheets/sources-plan";
import { queueColumnWidths, queueGridWrite } from "./grid-writer";

/** Where a Sources block was queued; `range.address` is readable after the batch's next sync (it is loaded). */
export interface QueuedSources {
  sheetName: string;
  created: boolean;
  range: Excel.Range;
  /** The zero-based row of the block's heading, when known at queue time (see `probeSourcesSheets`). */
  top?: number;
}

/** The used ranges of the Sources sheets (either UI language), queued in a writer's first sync. */
export interface SourcesProbe {
  /** After the sync: where a block for `plan` would start, or undefined when it cannot be known. */
  blockTop(existingSheets: readonly string[], plan: SourcesPlan): number | undefined;
}

/**
 * Queues, in the writer's first sync, a read of where each Sources sheet's content ends, so the
 * rows of the block (and the figures' links to them) are known before it is written, with no
 * extra sync. Uses WorksheetCollection.getItemOrNullObject and Worksheet.getUsedRangeOrNullObject
 * (ExcelApi 1.4; callers only probe where ExcelApi 1.7, which links need, is supported).
 */
export function probeSourcesSheets(workbook: Excel.Workbook, plan: SourcesPlan): SourcesProbe {
  const used = new Map<string, Excel.Range>();
  for (const name of [plan.sheetName, plan.otherSheetName]) {
    const range = workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject();
    range.load("rowIndex, rowCount");
    used.set(name.toLocaleUpperCase("en-US"), range);
  }
  return {
    blockTop(existingSheets, p) {
      const existing = existingSheetFor(existingSheets, p);
      if (existing === undefined) return 0;
      const range = used.get(existing.toLocaleUpperCase("en-US"));
      if (!range) return undefined;
      // An empty sheet: Excel's used range would be A1, and the append goes two rows below it.
      return range.isNullObject ? 2 : range.rowIndex + range.rowCount - 1 + 2;
    },
  };
}

/**
 * A writer's first sync (`sync`: its `() => context.sync()`) with the Sources probe queued. A host that refuses the probe still gets
 * its sheet, with plain figures, for one more sync: `reload` queues the writer's own loads again.
 * Resolves to the probe when it worked (undefined otherwise) and the syncs made.
 */
export async function syncWithSourcesProbe(
  sync: () => Promise<void>,
  probe: SourcesProbe | undefined,
  reload: () => void,
): Promise<{ probe: SourcesProbe | undefined; syncs: number }> {
  try {
    await sync();
    return { probe, syncs: 1 };
  } catch (e) {
    if (!probe) throw e;
    reload();
    await sync();
    return { probe: undefined, syncs: 2 };
  }
}

/** A figure's cell and the index of its row in the Sources block. */
export interface LinkedFigure {
  cell: Excel.Range;
  sourceIndex: number;
}

/**
 * Links each figure to its own row of the queued Sources block (Range.hyperlink; works in Excel
 * without the add-in). Returns how many were linked: none when the block's rows are not known.
 */
export function queueSourcesLinks(figures: Iterable<LinkedFigure>, sources: QueuedSources, language: SheetLanguage): number {
  const top = sources.top;
  if (top === undefined) return 0;
  let linked = 0;
  for (const { cell, sourceIndex } of figures) {
    cell.hyperlink = { documentReference: sourcesRowReference(sources.sheetName, top, sourceIndex), screenTip: sourcesLinkTip(language) };
    linked++;
  }
  return linked;
}

/** The Sources sheet a block goes to, when one exists (in the plan's language, else the other). */
function existingSheetFor(existingSheets: readonly string[], plan: SourcesPlan): string | undefined {
  return existingSheets.find((n) => sameSheetName(n, plan.sheetName)) ?? existingSheets.find((n) => sameSheetName(n, plan.otherSheetName));
}

const HEADER_FILL = "#DDEBF7";
/** Columns that hold long text (rule, policy, quote, source): fixed width, wrapped. */
const WRAPPED_COLUMNS: ReadonlyMap<number, number> = new Map([
  [6, 260],
  [7, 220],
  [SOURCE_QUOTE_COLUMN, 360],
  [9, 220],
]);

/**
 * Queues the Sources block for the sheet `forSheet`. `existingSheets` are the workbook's sheet
 * names as loaded before the batch's writes (the caller's first sync); `knownTop` is where the
 * block goes on an existing Sources sheet when the caller probed it (else Excel finds the place
 * below the used range when the batch runs).
 */
export function queueSourcesBlock(
  workbook: Excel.Workbook,
  existingSheets: readonly string[],
  plan: SourcesPlan,
  forSheet: string,
  knownTop?: number,
): QueuedSources {
  const block = sourcesBlock(plan, forSheet);
  const existing = existingSheetFor(existingSheets, plan);
  let range: Excel.Range;
  if (existing !== undefined && knownTop !== undefined) {
    range = workbook.worksheets.getItem(existing).getRange(rangeAddress(knownTop, 0, knownTop + block.rows - 1, block.columns - 1));
  } else if (existing !== undefined) {
    // Two rows below the last used row (values or formatting), from column A.
    range = workbook.worksheets
      .getItem(existing)
      .getUsedRange()
      .getLastRow()
      .getEntireRow()
      .getOffsetRange(2, 0)
      .getCell(0, 0)
      .getAbsoluteResizedRange(block.rows, block.columns);
  } else {
    const sheet = workbook.worksheets.add(plan.sheetName);
    range = sheet.getRange(rangeAddress(0, 0, block.rows - 1, block.columns - 1));
  }
  queueGridWrite(range, block);
  range.format.verticalAlignment = "Top";
  const heading = range.getRow(0);
  heading.format.font.bold = true;
  heading.format.font.size = 12;
  const header = range.getRow(1);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  const bodyRows = block.rows - 2;
  for (const [column, width] of WRAPPED_COLUMNS) {
    if (column >= block.columns) continue;
    if (bodyRows > 0) range.getCell(2, column).getAbsoluteResizedRange(bodyRows, 1).format.wrapText = true;
    // Column widths are set only on a sheet the add-in creates: an existing sheet keeps its layout.
    if (existing === undefined) range.getCell(1, column).getEntireColumn().format.columnWidth = width;
  }
  if (existing === undefined) {
    // Fit the short columns to the rows from the header down; the long heading in A1 gets a set width, not an autofit.
    queueColumnWidths(range, block, 1, block.rows - 1, new Set(WRAPPED_COLUMNS.keys()));
  }
  range.load("address");
  const top = existing === undefined ? 0 : knownTop;
  return { sheetName: existing ?? plan.sheetName, created: existing === undefined, range, top };
}
