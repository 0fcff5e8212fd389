/**
 * Reads what Trace needs about the selected cell, in one small `Excel.run`: the first sync loads
 * the cell's formula, value, hyperlink and spill parent and the sheet names; a second sync runs
 * only when there is more to read (the values of the cells its CN call refers to, the spill
 * anchor's references, or the Sources row a static figure links to). Nothing is written.
 * Also: following the selection (Workbook.onSelectionChanged), and the requirement sets each
 * part needs, checked with `isSetSupported` (the manifest declares none of them).
 */
import { rangeAddress } from "../core/sheets/a1";
import type { CellValue } from "../core/formula/formula-evaluate";
import { sameSheetName } from "../core/sheets/sheet-names";
import {
  MAX_REFERENCE_CELLS,
  parseDocumentReference,
  referencesToRead,
  type ReadReference,
  type TraceSnapshot,
} from "../core/trace/trace-snapshot";
import { excelRun, runWriter, type ExcelRun } from "./excel-run";
import { isApiSetSupported } from "./api-sets";
import type { TraceSupport } from "./requirements";

/** The columns of a Sources row Trace reads (region … URL). */
const SOURCES_COLUMNS = 13;

/** Reads the selected cell's snapshot for Trace (at most two syncs). */
export async function readTraceSnapshot(support: TraceSupport, run: ExcelRun = excelRun): Promise<TraceSnapshot> {
  return runWriter(run, "Could not read the selected cell", async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load("address, formulas, values");
    const sheet = context.workbook.worksheets.getActiveWorksheet(); // the selection is on the active sheet
    sheet.load("name");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    if (support.hyperlinks) cell.load("hyperlink");
    let parent: Excel.Range | undefined;
    if (support.spills) {
      // FEATURE_API_SETS.traceSpilledRow: the one call here beyond the manifest's ExcelApi 1.10.
      if (isApiSetSupported("ExcelApi", "1.12")) {
        parent = cell.getSpillParentOrNullObject();
        parent.load("address, formulas, rowIndex, columnIndex");
        cell.load("rowIndex, columnIndex");
      }
    }
    await context.sync();

    const sheetName = sheet.name;
    const names = sheets.items.map((s) => s.name);
    const snapshot: TraceSnapshot = {
      sheet: sheetName,
      address: afterBang(cell.address),
      formula: cell.formulas[0][0],
      value: cell.values[0][0],
      references: [],
      limits: [...(support.hyperlinks ? [] : ["hyperlinks"]), ...(support.spills ? [] : ["spills"])],
    };
    // Loaded above only where ExcelApi 1.7 is supported; the lint rule cannot follow the condition.
    // eslint-disable-next-line office-addins/load-object-before-read
    const link = support.hyperlinks ? cell.hyperlink?.documentReference : undefined;
    if (link) snapshot.link = link;
    let formulaSheet = sheetName;
    let formula: unknown = snapshot.formula;
    if (parent !== undefined && !parent.isNullObject) {
      const spillSheet = sheetOf(parent.address) ?? sheetName;
      snapshot.spill = {
        sheet: spillSheet,
        address: afterBang(parent.address),
        formula: parent.formulas[0][0],
        rowOffset: cell.rowIndex - parent.rowIndex,
        columnOffset: cell.columnIndex - parent.columnIndex,
      };
      if (typeof formula !== "string" || !formula.startsWith("=") || formula === snapshot.value) {
        formula = snapshot.spill.formula;
        formulaSheet = spillSheet;
      }
    }

    // Second sync: the referenced cells, and the Sources row a link points at.
    const pending: { ref: ReadReference; range: Excel.Range }[] = [];
    for (const ref of referencesToRead(formula)) {
      const refSheet = ref.sheet === undefined ? formulaSheet : names.find((n) => sameSheetName(n, ref.sheet ?? ""));
      const read: ReadReference = { sheet: refSheet ?? ref.sheet ?? formulaSheet, address: ref.address };
      snapshot.references.push(read);
      if (refSheet === undefined) read.problem = `the sheet '${ref.sheet}' does not exist`;
      else if (ref.cells > MAX_REFERENCE_CELLS)
        read.problem = `${ref.address} has ${ref.cells} cells, more than Trace reads (${MAX_REFERENCE_CELLS})`;
      else {
        const range = context.workbook.worksheets.getItem(refSheet).getRange(ref.address);
        range.load("values");
        pending.push({ ref: read, range });
      }
    }
    const target = link ? parseDocumentReference(link) : undefined;
    const targetSheet = target ? names.find((n) => sameSheetName(n, target.sheet)) : undefined;
    let linkedRow: Excel.Range | undefined;
    if (target && targetSheet) {
      linkedRow = context.workbook.worksheets.getItem(targetSheet).getRange(rangeAddress(target.row, 0, target.row, SOURCES_COLUMNS - 1));
      linkedRow.load("values");
    }
    if (pending.length > 0 || linkedRow) {
      await context.sync();
      for (const { ref, range } of pending) ref.values = range.values as CellValue[][];
      if (linkedRow) snapshot.linkedRow = linkedRow.values[0] as CellValue[];
    }
    return snapshot;
  });
}

/**
 * Calls `listener` whenever the selection changes in the workbook (Workbook.onSelectionChanged,
 * ExcelApi 1.2). Resolves with a function that stops listening.
 */
export async function watchSelection(listener: () => void, run: ExcelRun = excelRun): Promise<() => Promise<void>> {
  const handler = await runWriter(run, "Could not follow the selection", async (context) => {
    const added = context.workbook.onSelectionChanged.add(async () => listener());
    await context.sync();
    return added;
  });
  return async () => {
    await runWriter(
      (batch) => (handler.context ? Excel.run(handler.context, batch) : run(batch)),
      "Could not stop following the selection",
      async (context) => {
        handler.remove();
        await context.sync();
      },
    );
  };
}

/** `Sheet1!B6` → `B6`. */
function afterBang(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** `'My sheet'!B6` → `My sheet`. */
function sheetOf(address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  const raw = address.slice(0, bang);
  return raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}
