/**
 * Inserts a planned comparison sheet (PRODUCT.md §4) in one `Excel.run` and two syncs whatever
 * its size: the first reads the sheet names, the second carries everything else (the new sheet,
 * its table, formats, highlight and marks, and the Sources block). It creates sheets and writes
 * into empty cells only: nothing is overwritten, cleared or deleted.
 */
import type { Stamped } from "../core/rules/data-stamp";
import { queueSheetStamp } from "./data-stamp";
import { cellAddress } from "../core/sheets/a1";
import { COMPARISON_STYLE, type ComparisonSheetPlan } from "../core/sheets/comparison-sheet";
import { uniqueSheetName } from "../core/sheets/sheet-names";
import { excelRun, runWriter, type ExcelRun } from "./excel-run";
import { queueColumnWidths, queueGridWrite, queueMarks } from "./grid-writer";
import { probeSourcesSheets, queueSourcesBlock, queueSourcesLinks, syncWithSourcesProbe } from "./sources-writer";

/** What an insertion did. */
export interface InsertComparisonResult {
  /** The new comparison sheet (the plan's name, or with " (2)"… on a clash). */
  sheetName: string;
  /** The Sources sheet the citations went to, and whether it was created now. */
  sourcesSheetName: string;
  sourcesCreated: boolean;
  /** Where the citations block was written, e.g. `'AI Atlas Sources'!A14:M40`. */
  sourcesAddress: string;
  /** `context.sync()` calls made (at most 2). */
  syncs: number;
  /** Static figures written as links to their Sources rows (0 for live formulas, or where Range.hyperlink is missing). */
  linkedFigures: number;
}

/** What the writer may use; tests turn links off to check the plain fallback. */
export interface WriterSupport {
  /** Range.hyperlink (ExcelApi 1.7, within the manifest's 1.10): static figures link to their Sources rows. Off: written plain. */
  hyperlinks: boolean;
}

/** The writers' support on this host: the manifest's ExcelApi 1.10 has links. */
export function writerSupport(): WriterSupport {
  return { hyperlinks: true };
}

/** Inserts the comparison sheet and its Sources block, and activates the new sheet. */
export async function insertComparison(
  plan: Stamped<ComparisonSheetPlan>,
  run: ExcelRun = excelRun,
  support: WriterSupport = writerSupport(),
): Promise<InsertComparisonResult> {
  return runWriter(run, "Could not insert the comparison sheet", async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const linking = support.hyperlinks && plan.options.mode === "static";
    const first = await syncWithSourcesProbe(
      () => context.sync(),
      linking ? probeSourcesSheets(context.workbook, plan.sources) : undefined,
      () => worksheets.load("items/name"),
    );
    const probe = first.probe;
    let syncs = first.syncs;

    const existing = worksheets.items.map((s) => s.name);
    const sheetName = uniqueSheetName(plan.sheetName, existing);
    const sheet = worksheets.add(sheetName);
    queueSheetStamp(sheet, plan.stamp);
    const top = probe?.blockTop(existing, plan.sources);
    queueComparisonSheet(sheet, plan);
    const sources = queueSourcesBlock(context.workbook, existing, plan.sources, sheetName, top);
    // Each static figure opens its own Sources row.
    const linkedFigures = probe
      ? queueSourcesLinks(
          plan.figures.flatMap((f) =>
            f.sourceIndex === null ? [] : [{ cell: sheet.getRange(cellAddress(f.row, f.column)), sourceIndex: f.sourceIndex }],
          ),
          sources,
          plan.options.language,
        )
      : 0;
    syncs++;
    await context.sync();

    return {
      sheetName,
      sourcesSheetName: sources.sheetName,
      sourcesCreated: sources.created,
      sourcesAddress: sources.range.address,
      syncs,
      linkedFigures,
    };
  });
}

/** Queues the content and formatting of a new comparison sheet. */
function queueComparisonSheet(sheet: Excel.Worksheet, plan: ComparisonSheetPlan): void {
  const { layout, grid } = plan;
  const at = layout.addresses;
  const style = COMPARISON_STYLE;
  const block = sheet.getRange(at.grid);
  queueGridWrite(block, grid);

  const title = sheet.getRange(cellAddress(layout.title.row, layout.title.column));
  title.format.font.bold = true;
  title.format.font.size = 14;
  const labels = sheet.getRange(`${cellAddress(layout.amount.row, 0)}:${cellAddress(layout.unit.row, 0)}`);
  labels.format.font.bold = true;
  const parameters = sheet.getRange(at.parameters);
  if (plan.options.mode === "live") parameters.format.fill.color = style.parameterFill; // input cells look like input cells
  for (const address of [at.hints, at.labelRow, at.notes]) {
    const range = sheet.getRange(address);
    range.format.font.italic = true;
    range.format.font.color = style.hintFont;
  }

  // A Range, not its address: an address without a sheet name puts the table on the ACTIVE sheet,
  // which is still the user's sheet here (this one is activated at the end of the batch).
  const table = sheet.tables.add(sheet.getRange(at.table), true);
  table.style = style.tableStyle;
  table.showFilterButton = false;

  queueMarks(plan.marks, (row, column) => sheet.getRange(cellAddress(row, column)), style.markFont);
  if (plan.options.mode === "live") {
    // A conditional format follows the numbers after a refresh or an edit of the amount or a header.
    const highlight = sheet.getRange(at.body).conditionalFormats.add("Custom");
    highlight.custom.rule.formula = plan.highlight.formula;
    highlight.custom.format.fill.color = style.highlightFill;
    highlight.custom.format.font.color = style.highlightFont;
    highlight.custom.format.font.bold = true;
  } else {
    for (const figure of plan.figures) {
      if (!figure.highlighted) continue;
      const cell = sheet.getRange(cellAddress(figure.row, figure.column));
      cell.format.fill.color = style.highlightFill;
      cell.format.font.color = style.highlightFont;
      cell.format.font.bold = true;
    }
  }

  queueColumnWidths(block, grid, layout.labelRow, layout.lastBodyRow);
  sheet.activate();
  sheet.freezePanes.freezeAt(sheet.getRange(at.freeze));
}
