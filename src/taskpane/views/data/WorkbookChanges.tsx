/**
 * The results of "Changes in this workbook" (PRODUCT.md §13), loaded lazily with its formula
 * evaluator once a check is asked for: in Excel, every CN cell whose figure a new dataset version
 * changes, with why, and the choice to accept the new figures or keep the old ones; in the browser
 * preview, the same for pasted formulas between the previous version and the loaded one.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { compareWorkbook } from "../../../core/changes/workbook-changes";
import type { Atlas } from "../../../core/names/atlas";
import type { Clock } from "../../../core/rules/freshness";
import type { DataStamp } from "../../../core/rules/data-stamp";
import { atlasStamp } from "../../../data/stamps";
import { diffDatasets } from "../../../data/diff";
import { ExcelAction } from "../../components/ExcelAction";
import { FormulaTextarea } from "../../components/FormulaTextarea";
import { TaskStatus } from "../../components/TaskStatus";
import { useTask } from "../../components/useTask";
import type { DataServices } from "../../host/data-services";
import type { PaneOperations } from "../../host/operations";
import { useI18n } from "../../i18n";
import { ChangeList } from "./ChangeList";
import { useWorkbookChanges, type CheckedGroup, type WorkbookCheck } from "./useWorkbookChanges";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Props: what the section reads and writes with, and when to check by itself. */
export interface WorkbookChangesProps {
  operations: PaneOperations;
  services: DataServices;
  atlas: Atlas;
  clock: Clock;
  /** A new object asks for a check: the button, a refresh (with what the functions served before), opening a stamped workbook. */
  request?: { previous?: DataStamp };
  /** The preview's comparison baseline: the version before the last refresh, if any. */
  previous?: { stamp: DataStamp; atlas: Atlas };
}

/** The section. */
export default function WorkbookChanges({ operations, services, atlas, clock, request, previous }: WorkbookChangesProps) {
  const { t, language } = useI18n();
  const tw = t.data.workbookChanges;
  const styles = useStyles();
  const loaded = useMemo(() => atlasStamp(atlas), [atlas]);
  const excel = operations.host === "excel";
  const changes = useWorkbookChanges({ operations, services, atlas, loaded, clock, language, request });
  const [acceptState, accept] = useTask(changes.accept);
  const [keepState, keepOld] = useTask(changes.keep);
  const { state } = changes;
  return (
    <div className={styles.root}>
      {!excel && <PastedComparison atlas={atlas} previous={previous} clock={clock} />}
      {state.status === "checking" && <Spinner size="tiny" labelPosition="after" label={tw.checking} role="status" />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{tw.failed}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "checked" && (
        <div className={styles.root} aria-live="polite">
          {state.done?.action === "accepted" && (
            <MessageBar intent="success">
              <MessageBarBody>{tw.accepted(loaded.version)}</MessageBarBody>
            </MessageBar>
          )}
          {state.done?.action === "kept" && (
            <MessageBar intent="success">
              <MessageBarBody>{tw.kept(state.done.kept, state.done.sourcesSheetName)}</MessageBarBody>
            </MessageBar>
          )}
          {state.check.staticFigures.map((s) => (
            <div key={`${s.forSheet} ${s.version}`}>
              <Text weight="semibold">{tw.staticFigures(s.forSheet, s.version, loaded.version)}</Text>
              <ChangeList changes={s.comparison.changes} perSheet={[]} from={s.version} to={loaded.version} />
            </div>
          ))}
          {outcome(state.check) === "no-formulas" && <Text>{tw.noFormulas}</Text>}
          {outcome(state.check) === "nothing-changed" && <Text>{tw.nothingChanged(state.check.formulas, loaded.version)}</Text>}
          {outcome(state.check) === "changes" &&
            state.check.groups.map((group) => (
              <GroupResult key={`${group.stamp.version} ${group.stamp.hash}`} group={group} loaded={loaded} operations={operations} />
            ))}
          {changesToDecide(state.check) && !state.done && (
            <>
              <div className={styles.row}>
                <ExcelAction feature="checkWorkbookChanges" host={operations.host} onClick={() => void accept()} appearance="primary">
                  {tw.accept}
                </ExcelAction>
                <ExcelAction feature="keepOldFigures" host={operations.host} onClick={() => void keepOld()}>
                  {tw.keep}
                </ExcelAction>
              </div>
              <Text size={200} className={styles.muted}>
                {tw.acceptHint} {tw.keepHint}
              </Text>
            </>
          )}
          <TaskStatus state={acceptState} running={tw.checking} done={() => null} failed={tw.actionFailed} />
          <TaskStatus state={keepState} running={tw.checking} done={() => null} failed={tw.actionFailed} />
        </div>
      )}
    </div>
  );
}

/** Whether a check found changed figures (CN cells or static figures) the user may accept or keep. */
function changesToDecide(check: WorkbookCheck): boolean {
  return check.staticFigures.length > 0 || check.groups.some((g) => g.status === "compared" && g.comparison.changes.length > 0);
}

/** What a check says overall: no CN formulas (nor static figures), nothing changed, or something to list. */
function outcome(check: WorkbookCheck): "no-formulas" | "nothing-changed" | "changes" {
  if (check.formulas === 0 && check.staticFigures.length === 0) return "no-formulas";
  const quiet = check.groups.every(
    (g) => g.status === "compared" && g.comparison.changes.length === 0 && g.comparison.notCompared.length === 0,
  );
  return quiet && check.staticFigures.length === 0 ? "nothing-changed" : "changes";
}

/** One version's result: its changed cells, or why it cannot be compared. */
function GroupResult({ group, loaded, operations }: { group: CheckedGroup; loaded: DataStamp; operations: PaneOperations }) {
  const { t, language } = useI18n();
  const tw = t.data.workbookChanges;
  const [selectState, select] = useTask((sheet: string, address: string) => operations.selectCell(sheet, address));
  if (group.status === "unavailable") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{tw.unavailable(group.cells, group.sheets.join(", "))}</MessageBarTitle>
          {group.reason[language]}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { comparison } = group;
  return (
    <div>
      {comparison.changes.length > 0 && (
        <>
          <Text weight="semibold">{tw.summary(comparison.changes.length, group.stamp.version, loaded.version)}</Text>
          <ChangeList
            changes={comparison.changes}
            perSheet={comparison.perSheet}
            from={group.stamp.version}
            to={loaded.version}
            onSelect={operations.host === "excel" ? (c) => void select(c.sheet, c.address) : undefined}
          />
          <TaskStatus state={selectState} running={tw.checking} done={() => null} failed={tw.actionFailed} />
        </>
      )}
      {comparison.notCompared.length > 0 && (
        <Text size={200}>
          {tw.notCompared(comparison.notCompared.length)}{" "}
          {comparison.notCompared.map((n) => `${n.sheet}!${n.address} (${n.reason})`).join("; ")}
        </Text>
      )}
    </div>
  );
}

/** The preview: pasted formulas compared between the version before the last refresh and the loaded one. */
function PastedComparison({ atlas, previous, clock }: { atlas: Atlas; previous?: { stamp: DataStamp; atlas: Atlas }; clock: Clock }) {
  const { t } = useI18n();
  const tw = t.data.workbookChanges;
  const styles = useStyles();
  const [text, setText] = useState("");
  const [compared, setCompared] = useState<ReturnType<typeof compareWorkbook> | undefined>(undefined);
  if (!previous) return <Text size={200}>{tw.noBaseline}</Text>;
  const run = () => {
    const formulas = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .slice(0, 500)
      .map((line, row) => ({ sheet: "Pasted", row, column: 0, formula: line.startsWith("=") ? line : `=${line}` }));
    setCompared(
      compareWorkbook(
        { formulas, valuesOf: () => undefined },
        { before: previous.atlas, after: atlas, records: diffDatasets(previous.atlas.dataset, atlas.dataset).records },
        { clock },
      ),
    );
  };
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        run();
      }}
    >
      <Text size={200}>{tw.baseline(previous.stamp.version, atlas.dataset.version)}</Text>
      <Field label={tw.pasteLabel}>
        {(control) => <FormulaTextarea {...control} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={text.trim() === ""}>
          {tw.compare}
        </Button>
      </div>
      {compared &&
        (compared.changes.length === 0 && compared.notCompared.length === 0 ? (
          <Text>{tw.nothingChanged(compared.checked, atlas.dataset.version)}</Text>
        ) : (
          <div aria-live="polite">
            <Text weight="semibold">{tw.summary(compared.changes.length, previous.stamp.version, atlas.dataset.version)}</Text>
            <ChangeList changes={compared.changes} perSheet={[]} from={previous.stamp.version} to={atlas.dataset.version} />
            {compared.notCompared.length > 0 && (
              <Text size={200}>
                {tw.notCompared(compared.notCompared.length)} {compared.notCompared.map((n) => `${n.formula} (${n.reason})`).join("; ")}
              </Text>
            )}
          </div>
        ))}
    </form>
  );
}
