/**
 * The state of "Changes in this workbook": read every CN formula (operations), find the version
 * each was computed with (services), compute them again under it and under the loaded version
 * (core/changes), then accept the new figures (restamp) or keep the old ones (write them back).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { planKeptFigures } from "../../../core/changes/kept-figures-plan";
import { groupByStamp } from "../../../core/changes/stamp-groups";
import { sourcesBlocks, staticFigureChanges } from "../../../core/changes/static-figures";
import { SOURCES_SHEET_NAME } from "../../../core/sheets/sheet-names";
import type { VersionPair } from "../../../core/changes/change-causes";
import { compareWorkbook, type WorkbookComparison } from "../../../core/changes/workbook-changes";
import { Atlas } from "../../../core/names/atlas";
import { localDay, type Clock } from "../../../core/rules/freshness";
import { sameStamp, type DataStamp } from "../../../core/rules/data-stamp";
import type { SheetLanguage } from "../../../core/rules/figure-format";
import { diffDatasets } from "../../../data/diff";
import type { VersionName } from "../../../data/old-versions";
import type { UserMessage } from "../../../data/refresh-error";
import type { DataServices } from "../../host/data-services";
import type { PaneOperations } from "../../host/operations";

/** One version the workbook's figures were computed with, compared with the loaded one or not. */
export type CheckedGroup =
  | { status: "compared"; stamp: DataStamp; sheets: string[]; comparison: WorkbookComparison }
  | { status: "unavailable"; stamp: DataStamp; sheets: string[]; cells: number; reason: UserMessage };

/** What the check found. */
export interface WorkbookCheck {
  loaded: DataStamp;
  /** CN formulas in the workbook. */
  formulas: number;
  /** Formulas computed with the loaded version already (nothing to compare). */
  current: number;
  groups: CheckedGroup[];
  /** Sheets that carry a stamp (restamped on accept). */
  stampedSheets: string[];
  /** Static figures (cited on a Sources sheet) whose record changed since the version they came from. */
  staticFigures: { forSheet: string; version: string; comparison: WorkbookComparison }[];
}

/** The section's state. */
export type WorkbookChangesState =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "checked"; check: WorkbookCheck; done?: { action: "accepted" } | { action: "kept"; kept: number; sourcesSheetName: string } }
  | { status: "failed"; message: string };

/** What the hook needs. */
export interface WorkbookChangesOptions {
  operations: PaneOperations;
  services: DataServices;
  atlas: Atlas;
  loaded: DataStamp;
  clock: Clock;
  language: SheetLanguage;
  /** Set (a new object each time) to check now: after a refresh (`previous`: what the functions served before) or on open. */
  request?: { previous?: DataStamp };
}

/** Runs the check, accept and keep; the view renders the state. */
export function useWorkbookChanges(options: WorkbookChangesOptions) {
  const { operations, services, atlas, loaded, clock, language, request } = options;
  const [state, setState] = useState<WorkbookChangesState>({ status: "idle" });
  const generation = useRef(0);

  const check = useCallback(
    async (previous?: DataStamp) => {
      const mine = ++generation.current;
      setState({ status: "checking" });
      try {
        const read = await operations.readWorkbookCnCells();
        const workbookStamp = await operations.readWorkbookStamp();
        const fallback = workbookStamp ?? previous ?? loaded;
        const versionsOf = versionLookup(services, atlas);
        const groups: CheckedGroup[] = [];
        let current = 0;
        for (const group of groupByStamp(read.formulas, read.sheetStamps, fallback)) {
          if (sameStamp(group.stamp, loaded)) {
            current += group.formulas.length;
            continue;
          }
          const found = await versionsOf(group.stamp);
          if (!found.ok) {
            groups.push({
              status: "unavailable",
              stamp: group.stamp,
              sheets: group.sheets,
              cells: group.formulas.length,
              reason: found.reason,
            });
            continue;
          }
          const comparison = compareWorkbook({ formulas: group.formulas, valuesOf: read.valuesOf }, found.versions, { clock });
          groups.push({ status: "compared", stamp: group.stamp, sheets: group.sheets, comparison });
        }
        // Static figures are checked until the workbook accepts the loaded version.
        const staticFigures =
          workbookStamp && sameStamp(workbookStamp, loaded) ? [] : await checkStaticFigures(read.rowsOf, versionsOf, atlas);
        const check: WorkbookCheck = {
          loaded,
          formulas: read.formulas.length,
          current,
          groups,
          stampedSheets: [...read.sheetStamps.keys()],
          staticFigures,
        };
        if (mine === generation.current) setState({ status: "checked", check });
      } catch (e) {
        if (mine === generation.current) setState({ status: "failed", message: e instanceof Error ? e.message : String(e) });
      }
    },
    [operations, services, atlas, loaded, clock],
  );

  useEffect(() => {
    if (request) void check(request.previous);
  }, [request, check]);

  const accept = useCallback(async () => {
    if (state.status !== "checked") return;
    const { check: checked } = state;
    await operations.stampWorkbook(loaded, checked.stampedSheets);
    setState({
      status: "checked",
      check: { ...checked, groups: [], staticFigures: [], current: checked.formulas },
      done: { action: "accepted" },
    });
  }, [state, operations, loaded]);

  const keep = useCallback(async () => {
    if (state.status !== "checked") return;
    const { check: checked } = state;
    let kept = 0;
    let sourcesSheetName = "";
    for (const group of checked.groups) {
      if (group.status !== "compared" || group.comparison.changes.length === 0) continue;
      const plan = planKeptFigures(group.comparison.changes, group.stamp, loaded, language, localDay(clock()));
      if (plan.cells.length === 0) continue;
      const result = await operations.keepOldFigures(plan);
      kept += result.kept;
      sourcesSheetName = result.sourcesSheetName;
    }
    // The kept cells are values now; every other CN cell shows the loaded version's figures.
    await operations.stampWorkbook(loaded, checked.stampedSheets);
    setState({
      status: "checked",
      check: { ...checked, groups: [], current: checked.formulas },
      done: { action: "kept", kept, sourcesSheetName },
    });
  }, [state, operations, loaded, language, clock]);

  return { state, check: () => check(), accept, keep };
}

/** The static figures of the workbook's Sources sheets whose record changed since the version of their block. */
async function checkStaticFigures(
  rowsOf: (sheet: string) => (string | number | boolean)[][] | undefined,
  versionsOf: VersionLookup,
  atlas: Atlas,
): Promise<WorkbookCheck["staticFigures"]> {
  const out: WorkbookCheck["staticFigures"] = [];
  for (const sheet of Object.values(SOURCES_SHEET_NAME)) {
    const rows = rowsOf(sheet);
    if (!rows) continue;
    for (const block of sourcesBlocks(rows)) {
      if (block.version === atlas.dataset.version || block.rows.length === 0) continue;
      const found = await versionsOf({ version: block.version });
      if (!found.ok) continue;
      const changes = staticFigureChanges(sheet, block, found.versions);
      if (changes.length === 0) continue;
      const perSheet = [{ sheet, changed: changes.length }];
      out.push({
        forSheet: block.forSheet,
        version: block.version,
        comparison: { changes, checked: block.rows.length, notCompared: [], perSheet },
      });
    }
  }
  return out;
}

/** A stamped version found and set beside the loaded one, or why it cannot be had. */
type FoundPair = { ok: true; versions: VersionPair } | { ok: false; reason: UserMessage };
type VersionLookup = (name: VersionName) => Promise<FoundPair>;

/**
 * Finds each version a check needs once (the Sources blocks of many sheets name the same one):
 * looked up, indexed as an Atlas and diffed against the loaded data a single time per check.
 */
function versionLookup(services: DataServices, atlas: Atlas): VersionLookup {
  const found = new Map<string, Promise<FoundPair>>();
  return (name) => {
    const key = `${name.version} ${name.hash ?? ""}`;
    let pair = found.get(key);
    if (!pair) {
      pair = services.findVersion(name).then((f): FoundPair => {
        if (!f.ok) return { ok: false, reason: f.reason };
        return {
          ok: true,
          versions: { before: new Atlas(f.dataset), after: atlas, records: diffDatasets(f.dataset, atlas.dataset).records },
        };
      });
      found.set(key, pair);
    }
    return pair;
  };
}
