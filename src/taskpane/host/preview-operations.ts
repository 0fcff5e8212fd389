/**
 * The operations of the browser preview (the pane opened outside Office): everything that needs
 * a workbook rejects with a NeedsExcelError, which the pane shows as an explanation. The UI also
 * disables those actions beforehand (host-features.ts), so these rejections are a safety net.
 */
import {
  browserStorageGet,
  browserStorageSet,
  copyToClipboard,
  NeedsExcelError,
  PROFILE_SETTING_KEY,
  type PaneOperations,
} from "./operations";

/** The preview's operations. */
export function previewOperations(): PaneOperations {
  const needsExcel = (action: string) => (): Promise<never> => Promise.reject(new NeedsExcelError(action));
  return {
    host: "preview",
    insertComparison: needsExcel("Inserting a comparison sheet"),
    insertCalculatorTable: needsExcel("Inserting the calculator table"),
    insertTargetsTable: needsExcel("Inserting the targets table"),
    insertFormula: needsExcel("Inserting a formula"),
    getSelectedCell: needsExcel("Reading the selected cell"),
    convertToValues: needsExcel("Converting CN formulas to values"),
    recalculate: needsExcel("Recalculating CN formulas"),
    trace: { followSelection: false, hyperlinks: false, spills: false },
    readTraceSnapshot: needsExcel("Reading the selected cell"),
    watchSelection: needsExcel("Following the selection"),
    insertPackageSheet: needsExcel("Inserting a package sheet"),
    loadProfile: async () => browserStorageGet(PROFILE_SETTING_KEY),
    saveProfile: async (json) => browserStorageSet(PROFILE_SETTING_KEY, json),
    copyText: copyToClipboard,
    readWorkbookCnCells: needsExcel("Reading the workbook's CN formulas"),
    readWorkbookStamp: async () => undefined,
    stampWorkbook: needsExcel("Stamping the workbook"),
    keepOldFigures: needsExcel("Keeping the old figures"),
    selectCell: needsExcel("Selecting a cell"),
  };
}
