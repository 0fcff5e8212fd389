/**
 * Trace of a cell in a workbook stamped with another version than the loaded one: the cell's
 * value under both (PRODUCT.md §13), and the records behind the difference. Nothing is shown
 * when the workbook is stamped with the loaded version (or not stamped at all).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
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

type Stamped = { status: "none" } | { status: "found"; stamp: DataStamp; atlas: Atlas } | { status: "unavailable"; stamp: DataStamp };

/** The workbook's stamped version, when it is not the loaded one. */
function useStampedVersion(operations: PaneOperations, services: DataServices, atlas: Atlas): Stamped {
  const [stamped, setStamped] = useState<Stamped>({ status: "none" });
  useEffect(() => {
    let live = true;
    const loaded = atlasStamp(atlas);
    void (async () => {
      const stamp = await operations.readWorkbookStamp();
      if (!stamp || sameStamp(stamp, loaded)) return;
      const found = await services.findVersion(stamp);
      if (live) setStamped(found.ok ? { status: "found", stamp, atlas: new Atlas(found.dataset) } : { status: "unavailable", stamp });
    })().catch(() => {
      // An unreadable stamp shows nothing here; the Data view's check says what failed.
    });
    return () => {
      live = false;
    };
  }, [operations, services, atlas]);
  return stamped;
}

/** Props: the traced snapshot and what the note needs. */
export interface TraceVersionsProps {
  snapshot: TraceSnapshot;
  operations: PaneOperations;
  services: DataServices;
  atlas: Atlas;
}

/** The note. */
export function TraceVersions({ snapshot, operations, services, atlas }: TraceVersionsProps) {
  const tr = useTraceStrings();
  const clock = usePaneClock();
  const stamped = useStampedVersion(operations, services, atlas);
  const versions = useMemo(() => {
    if (stamped.status !== "found") return undefined;
    const records = diffDatasets(stamped.atlas.dataset, atlas.dataset).records;
    return cellUnderVersions(snapshot, { before: stamped.atlas, after: atlas, records }, { clock });
  }, [stamped, snapshot, atlas, clock]);
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
