/** "Convert CN formulas to values" for the selection or the active sheet, so a workbook can be shared. */
import { Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowSwapRegular } from "@fluentui/react-icons";
import { availability } from "../../host/host-features";
import { useTask } from "../../components/useTask";
import { useI18n } from "../../i18n";
import type { ConvertScope, PaneHost, PaneOperations } from "../../host/operations";
import { ExcelAction, NeedsExcelNote } from "../../components/ExcelAction";
import { TaskStatus } from "../../components/TaskStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Props: the host and its operations. */
export interface ConvertToValuesProps {
  host: PaneHost;
  operations: PaneOperations;
}

/** The conversion section. */
export function ConvertToValues({ host, operations }: ConvertToValuesProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const noteId = useId("convert-note-");
  const [state, convert] = useTask((scope: ConvertScope) => operations.convertToValues(scope));
  const busy = state.status === "running";
  const support = availability("convertToValues", host, operations.supportsApiSet);
  return (
    <section className={styles.root} aria-labelledby={`${noteId}-heading`}>
      <Text as="h3" id={`${noteId}-heading`} weight="semibold" size={300} style={{ margin: 0 }}>
        {t.compare.convertHeading}
      </Text>
      <Text size={200}>{t.compare.convertHint}</Text>
      <div className={styles.buttons}>
        {(["selection", "sheet"] as const).map((scope) => (
          <ExcelAction
            key={scope}
            feature="convertToValues"
            host={host}
            noteId={noteId}
            icon={<ArrowSwapRegular />}
            busy={busy}
            supports={operations.supportsApiSet}
            onClick={() => void convert(scope)}
          >
            {scope === "selection" ? t.compare.convertSelection : t.compare.convertSheet}
          </ExcelAction>
        ))}
      </div>
      {!support.available && (
        <NeedsExcelNote id={noteId} requirement={support.reason === "needsNewerExcel" ? support.requirement : undefined} />
      )}
      <TaskStatus
        state={state}
        running={t.compare.converting}
        doneTitle={t.compare.convertHeading}
        done={(result) => t.compare.converted(result.converted, result.address)}
        failed={t.compare.convertFailed}
      />
    </section>
  );
}
