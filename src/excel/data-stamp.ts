/**
 * Writing and reading the data stamp (core/changes/data-stamp.ts) in the workbook: the workbook's
 * own in its document settings (Settings 1.1, guarded as the profile is), each sheet the add-in
 * writes in a worksheet custom property (WorksheetCustomPropertyCollection, ExcelApi 1.12,
 * guarded: on older hosts the workbook's stamp stands for its sheets).
 */
import { parseStamp, STAMP_PROPERTY, STAMP_SETTING_KEY, stampText, type DataStamp } from "../core/rules/data-stamp";
import { FEATURE_API_SETS, isApiSetSupported } from "./api-sets";
import { readDocumentSetting, writeDocumentSetting } from "./document-settings";
import { excelRun, runWriter, type ExcelRun } from "./excel-run";

const { name: SET, version: VERSION } = FEATURE_API_SETS.sheetStamp;

/** Queues a sheet's stamp (no sync of its own: the writer's next sync carries it). Skipped on hosts without ExcelApi 1.12. */
export function queueSheetStamp(sheet: Excel.Worksheet, stamp: DataStamp | undefined): void {
  if (stamp && isApiSetSupported(SET, VERSION)) sheet.customProperties.add(STAMP_PROPERTY, stampText(stamp));
}

/** Queues reading the stamps of sheets; read them after the next sync with `sheetStamp`. Undefined where the host cannot. */
export function queueSheetStampReads(
  worksheets: Excel.WorksheetCollection,
  names: readonly string[],
): Map<string, Excel.WorksheetCustomProperty> | undefined {
  if (isApiSetSupported(SET, VERSION)) {
    const reads = new Map<string, Excel.WorksheetCustomProperty>();
    for (const name of names) {
      const property = worksheets.getItem(name).customProperties.getItemOrNullObject(STAMP_PROPERTY);
      property.load("value");
      reads.set(name, property);
    }
    return reads;
  }
  return undefined;
}

/** A sheet's stamp after the sync that loaded it. */
export function sheetStamp(property: Excel.WorksheetCustomProperty | undefined): DataStamp | undefined {
  if (property && isApiSetSupported(SET, VERSION)) return property.isNullObject ? undefined : parseStamp(property.value);
  return undefined;
}

/** The workbook's stamp; null when it has none; undefined when the host has no document settings. */
export function readWorkbookStamp(): DataStamp | null | undefined {
  const text = readDocumentSetting(STAMP_SETTING_KEY);
  return text === undefined ? undefined : (parseStamp(text) ?? null);
}

/** Stamps the workbook; false when the host has no document settings. */
export function writeWorkbookStamp(stamp: DataStamp): Promise<boolean> {
  return writeDocumentSetting(STAMP_SETTING_KEY, stampText(stamp), "The data stamp");
}

/**
 * "Accept the new figures": stamps the named sheets (those that carried a stamp) and the workbook
 * with `stamp`. One sync; the sheet stamps are skipped on hosts without ExcelApi 1.12.
 */
export async function stampWorkbook(stamp: DataStamp, sheets: readonly string[], run: ExcelRun = excelRun): Promise<void> {
  await runWriter(run, "Could not stamp the workbook", async (context) => {
    for (const name of sheets) queueSheetStamp(context.workbook.worksheets.getItem(name), stamp);
    await context.sync();
  });
  await writeWorkbookStamp(stamp);
}

/** Selects a cell and shows its sheet: the link of a listed change. One sync. */
export async function selectCell(sheet: string, address: string, run: ExcelRun = excelRun): Promise<void> {
  await runWriter(run, `Could not select ${address}`, async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    target.activate();
    target.getRange(address).select();
    await context.sync();
  });
}
