/**
 * Queues a block of the Sources sheet in a writer's batch: the sheet is created if the workbook
 * has none (in either UI language), otherwise the block goes two rows below everything the sheet
 * holds. Nothing is read to find that place: the used range is resolved by Excel when the batch
 * runs, so the append costs no extra sync, and nothing there is overwritten.
 */
import { rangeAddress } from "../core/a1";
import { sameSheetName } from "../core/sheet-names";
import { SOURCE_QUOTE_COLUMN, sourcesBlock, type SourcesPlan } from "../core/sources-plan";
import { queueColumnWidths, queueGridWrite } from "./grid-writer";

/** Where a Sources block was queued; `range.address` is readable after the batch's next sync (it is loaded). */
export interface QueuedSources {
  sheetName: string;
  created: boolean;
  range: Excel.Range;
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
 * names as loaded before the batch's writes (the caller's first sync).
 */
export function queueSourcesBlock(
  workbook: Excel.Workbook,
  existingSheets: readonly string[],
  plan: SourcesPlan,
  forSheet: string,
): QueuedSources {
  const block = sourcesBlock(plan, forSheet);
  const existing =
    existingSheets.find((n) => sameSheetName(n, plan.sheetName)) ?? existingSheets.find((n) => sameSheetName(n, plan.otherSheetName));
  let range: Excel.Range;
  if (existing !== undefined) {
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
  return { sheetName: existing ?? plan.sheetName, created: existing === undefined, range };
}
