/**
 * Trace of a cell in a workbook stamped with another version than the loaded one: the cell's
 * value under both (PRODUCT.md §13), and the records behind the difference. Nothing is shown
 * when the workbook is stamped with the loaded version (or not stamped at all), or in the preview.
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { VersionPair } from "../../../core/changes/change-causes";
import { cellUnderVersions } from "../../../core/changes/cell-versions";
import { Atlas } from "../../../core/names/atlas";
import { sameStamp, type DataStamp } from "../../../core/rules/data-stamp";
import type { TraceSnapshot } from "../../../core/trace/trace-snapshot";
import { atlasStamp } from "../../../data/stamps";
import { diffDatasets } from "../../../data/diff";
import { shownValue } from "../../components/shown-value";
import { usePaneClock } from "../../host/clock";
import type { DataServices } from "../../host/data-services";
import type { PaneOperations } from "../../host/operations";
import { useTraceStrings } from "./trace-strings";

/** The workbook's stamped version when it is not the loaded one: found (with how the two differ), or not available here. */
export type StampedVersion =
  { status: "none" } | { status: "found"; stamp: DataStamp; versions: VersionPair } | { status: "unavailable"; stamp: DataStamp };

/**
 * The workbook's stamped version, looked up once per loaded dataset (not per traced cell): the
 * view calls this and passes the result to every note. `services` absent (the preview): none.
 */
export function useStampedVersion(operations: PaneOperations, services: DataServices | undefined, atlas: Atlas): StampedVersion {
  const [stamped, setStamped] = useState<StampedVersion>({ status: "none" });
  useEffect(() => {
    if (!services || operations.host !== "excel") return undefined;
    let live = true;
    const loaded = atlasStamp(atlas);
    void (async () => {
      const stamp = await operations.readWorkbookStamp();
      if (!stamp || sameStamp(stamp, loaded)) return;
      const found = await services.findVersion(stamp);
      if (!live) return;
      if (!found.ok) return setStamped({ status: "unavailable", stamp });
      const records = diffDatasets(found.dataset, atlas.dataset).records;
      setStamped({ status: "found", stamp, versions: { before: new Atlas(found.dataset), after: atlas, records } });
    })().catch(() => {
      // An unreadable stamp shows nothing here; the Data view's check says what failed.
    });
    return () => {
      live = false;
    };
  }, [operations, services, atlas]);
  return stamped;
}

/** Props: the traced snapshot, the workbook's stamped version and the loaded data. */
export interface TraceVersionsProps {
  snapshot: TraceSnapshot;
  stamped: StampedVersion;
  atlas: Atlas;
}

/** The note. */
export function TraceVersions({ snapshot, stamped, atlas }: TraceVersionsProps) {
  const tr = useTraceStrings();
  const clock = usePaneClock();
  const versions = useMemo(
    () => (stamped.status === "found" ? cellUnderVersions(snapshot, stamped.versions, { clock }) : undefined),
    [stamped, snapshot, clock],
  );
  if (stamped.status === "none") return null;
  const loaded = atlas.dataset.version;
  const text =
    stamped.status === "unavailable"
      ? tr.versionsUnavailable(stamped.stamp.version)
      : !versions
        ? undefined
        : versions.same
          ? tr.versionsSame(stamped.stamp.version, loaded)
          : `${tr.versionsChanged(stamped.stamp.version, shownValue(versions.before), loaded, shownValue(versions.after))} ${versions.causes
              .map((c) => c.text)
              .join("; ")}`;
  if (!text) return null;
  return (
    <MessageBar intent={versions && !versions.same ? "warning" : "info"} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
