/**
 * The "Changes in this workbook" section of the Data view: its heading, what it does, and the
 * button that asks for a check (Excel) or opens the pasted-formula comparison (preview). The
 * results and their formula evaluator load lazily on the first check, so a visit to the Data view
 * costs nothing more; a refresh or a stamped workbook asks for a check by itself.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { Atlas } from "../../../core/names/atlas";
import type { DataStamp } from "../../../core/rules/data-stamp";
import { ExcelAction } from "../../components/ExcelAction";
import { usePaneClock } from "../../host/clock";
import type { DataServices } from "../../host/data-services";
import type { PaneOperations } from "../../host/operations";
import type { KeepState } from "../../host/startup";
import { useI18n } from "../../i18n";
import type { ChangeRequests } from "./useChangeRequests";

const WorkbookChanges = lazy(() => import(/* webpackChunkName: "changes" */ "./WorkbookChanges"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Props: what the section works with, the checks asked for, and how keeping the replaced version went. */
export interface ChangesSectionProps {
  operations: PaneOperations;
  services: DataServices;
  atlas: Atlas;
  changes: ChangeRequests;
  keep: KeepState;
}

/** The section. */
export function ChangesSection({ operations, services, atlas, changes, keep }: ChangesSectionProps) {
  const { t } = useI18n();
  const tw = t.data.workbookChanges;
  const styles = useStyles();
  const clock = usePaneClock();
  const [request, setRequest] = useState<{ previous?: DataStamp } | undefined>(undefined);
  useEffect(() => {
    if (changes.request) setRequest(changes.request);
  }, [changes.request]);
  const excel = operations.host === "excel";
  return (
    <section className={styles.root} aria-labelledby="workbook-changes-heading">
      <Text as="h3" id="workbook-changes-heading" weight="semibold" size={400} className={styles.heading}>
        {tw.heading}
      </Text>
      <Text size={200} className={styles.muted}>
        {excel ? tw.intro : tw.pasteHint}
      </Text>
      {keep.status === "failed" && (
        <MessageBar intent="warning">
          <MessageBarBody>{tw.keepFailed(keep.version, keep.message)}</MessageBarBody>
        </MessageBar>
      )}
      {excel ? (
        <div>
          <ExcelAction feature="checkWorkbookChanges" host={operations.host} onClick={() => setRequest({})}>
            {tw.check}
          </ExcelAction>
        </div>
      ) : (
        !request && (
          <div>
            <Button onClick={() => setRequest({})}>{tw.comparePasted}</Button>
          </div>
        )
      )}
      {request && (
        <Suspense fallback={<Text>{t.app.loading}</Text>}>
          <WorkbookChanges
            operations={operations}
            services={services}
            atlas={atlas}
            clock={clock}
            request={excel ? request : undefined}
            previous={changes.previous}
          />
        </Suspense>
      )}
    </section>
  );
}
