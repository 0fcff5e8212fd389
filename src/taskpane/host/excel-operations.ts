/**
 * The operations in Excel: the writers of src/excel. The only pane module that imports
 * src/excel; index.tsx loads it when Office.onReady reports Excel.
 */
import type { SourcesPlan } from "../../core/sheets/sources-plan";
import { atlasContentHash } from "../../data/content-hash";
import { loadedData } from "../../data/store";
import type { DataStamp } from "../../core/rules/data-stamp";
import { loadedStamp } from "../../data/stamps";
import { readWorkbookStamp, selectCell, stampWorkbook, writeWorkbookStamp } from "../../excel/data-stamp";
import {
  convertCnFormulasToValues,
  excelRun,
  insertCalculatorTable,
  insertComparison,
  insertFormulaAtActiveCell,
  insertPackageSheet,
  insertTargetsSheet,
  isApiSetSupported,
  readDocumentSetting,
  recalculateCnFormulas,
  selectedCellAddress,
  writeDocumentSetting,
  type ExcelRun,
} from "../../excel";
import { traceSupport, type TraceSupport } from "../../excel/requirements";
import {
  browserStorageGet,
  browserStorageSet,
  copyToClipboard,
  PROFILE_SETTING_KEY,
  type CellLocation,
  type PaneOperations,
} from "./operations";

/**
 * The stamp of a sheet about to be inserted: the loaded data's. The workbook gets it too when it
 * has none yet (a workbook already stamped keeps its own until its changes are accepted).
 */
async function stampNew(): Promise<DataStamp> {
  const stamp = loadedStamp();
  if (readWorkbookStamp() === null) await writeWorkbookStamp(stamp);
  return stamp;
}

// The workbook scan and the writer of kept figures load with the changes section's chunk, on first use.
const workbookChanges = () =>
  Promise.all([
    import(/* webpackChunkName: "changes" */ "../../excel/workbook-scan"),
    import(/* webpackChunkName: "changes" */ "../../excel/keep-old-figures"),
  ]).then(([scan, keep]) => ({ ...scan, ...keep }));

/** A Sources plan with the loaded data's content hash and signing key, for its heading (issue 22). */
function withProvenance(sources: SourcesPlan): SourcesPlan {
  const data = loadedData();
  return { ...sources, provenance: { hash: atlasContentHash(data.atlas), keyId: data.signed?.keyId } };
}

const traceReader = () => import(/* webpackChunkName: "trace" */ "../../excel/trace-reader");

/** Splits `Sheet1!A2` or `'My sheet'!A2:B3` into the sheet and the top-left cell. */
export function parseAddress(address: string): CellLocation {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang < 0 ? "" : address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const cell = address.slice(bang + 1).split(":")[0];
  return { sheet, cell };
}

/**
 * The Excel operations; `run` is Excel.run unless a test passes another runner, and `support`
 * is what the host's requirement sets allow (read with isSetSupported unless a test says).
 */
export function excelOperations(run: ExcelRun = excelRun, support: TraceSupport = traceSupport()): PaneOperations {
  return {
    host: "excel",
    supportsApiSet: isApiSetSupported,
    trace: support,
    // The reader (and the formula parser it needs) loads with the Trace view's chunk, on first use.
    readTraceSnapshot: async () => (await traceReader()).readTraceSnapshot(support, run),
    watchSelection: async (listener) => (await traceReader()).watchSelection(listener, run),
    insertComparison: async (plan) => {
      const result = await insertComparison({ ...plan, sources: withProvenance(plan.sources), stamp: await stampNew() }, run);
      return { sheetName: result.sheetName, sourcesSheetName: result.sourcesSheetName };
    },
    insertCalculatorTable: async (plan) => {
      const result = await insertCalculatorTable({ ...plan, sources: withProvenance(plan.sources) }, run);
      return { address: result.address };
    },
    insertTargetsTable: async (plan) => {
      const result = await insertTargetsSheet({ ...plan, sources: withProvenance(plan.sources), stamp: await stampNew() }, run);
      return { sheetName: result.sheetName, sourcesSheetName: result.sourcesSheetName };
    },
    insertFormula: (formula) => insertFormulaAtActiveCell(formula, run),
    getSelectedCell: async () => parseAddress(await selectedCellAddress(run)),
    convertToValues: async (scope) => {
      const result = await convertCnFormulasToValues(scope, run);
      return { converted: result.converted, address: result.address };
    },
    recalculate: async () => {
      await recalculateCnFormulas(run);
    },
    insertPackageSheet: async (plan) => {
      const sources = plan.sources ? withProvenance(plan.sources) : undefined;
      const result = await insertPackageSheet({ ...plan, sources, stamp: await stampNew() }, run);
      return { sheetName: result.sheetName, sourcesSheetName: result.sourcesSheetName };
    },
    // The profile lives in the workbook where the host offers document settings; elsewhere in the browser's storage.
    loadProfile: async () => {
      const saved = readDocumentSetting(PROFILE_SETTING_KEY);
      return saved === undefined ? browserStorageGet(PROFILE_SETTING_KEY) : saved;
    },
    saveProfile: async (json) => {
      if (!(await writeDocumentSetting(PROFILE_SETTING_KEY, json))) browserStorageSet(PROFILE_SETTING_KEY, json);
    },
    copyText: copyToClipboard,
    readWorkbookCnCells: async () => (await workbookChanges()).scanWorkbookCnCells(run),
    readWorkbookStamp: async () => readWorkbookStamp(),
    stampWorkbook: (stamp, sheets) => stampWorkbook(stamp, sheets, run),
    keepOldFigures: async (plan) => {
      const result = await (await workbookChanges()).keepOldFigures(plan, run);
      return { kept: result.kept, sourcesSheetName: result.sourcesSheetName };
    },
    selectCell: (sheet, address) => selectCell(sheet, address, run),
  };
}
