/**
 * Builds one CN formula: each argument typed, or taken from the cell selected in the sheet (a
 * reference), the formula shown as it will be written, then inserted into the selected cell (in
 * Excel) or copied (anywhere). Required arguments are checked before anything is written.
 */
import { Button, Field, Input, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { CopyRegular, DismissRegular, SelectObjectRegular, TextboxRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { CatalogFunction } from "../../../core/api/catalog/catalog-types";
import { EMPTY_ARGUMENT, formulaText, missingArguments, qualifiedReference, type ArgumentInput } from "./formula-builder";
import { isAvailable } from "../../host/host-features";
import { useTask } from "../../components/useTask";
import { useI18n } from "../../i18n";
import type { PaneHost, PaneOperations } from "../../host/operations";
import { ExcelAction, NeedsExcelNote } from "../../components/ExcelAction";
import { TaskStatus } from "../../components/TaskStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
  argument: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  formula: { fontFamily: tokens.fontFamilyMonospace },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  missing: { color: tokens.colorNeutralForeground2 },
});

/** Props: the function and the host's operations. */
export interface FormulaBuilderProps {
  fn: CatalogFunction;
  host: PaneHost;
  operations: PaneOperations;
}

/** The form under a function's "Insert into a cell" toggle. */
export function FormulaBuilder({ fn, host, operations }: FormulaBuilderProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const noteId = useId("formula-note-");
  const [args, setArgs] = useState<ArgumentInput[]>(() => fn.parameters.map(() => EMPTY_ARGUMENT));
  const setArg = (i: number, arg: ArgumentInput) => setArgs((all) => all.map((a, j) => (j === i ? arg : a)));
  const formula = formulaText(fn, args);
  const missing = missingArguments(fn, args);

  const [pickState, pick] = useTask(async (i: number) => {
    const at = await operations.getSelectedCell();
    setArg(i, { kind: "reference", at });
    return at;
  });
  const [insertState, insert] = useTask(async () => {
    const target = await operations.getSelectedCell();
    return operations.insertFormula(formulaText(fn, args, target.sheet));
  });
  const [copyState, copy] = useTask(() => operations.copyText(formula));
  const excelOnly = !isAvailable("insertFormula", host);

  return (
    <div className={styles.root}>
      <Text size={200}>{t.functions.buildHint}</Text>
      {fn.parameters.map((p, i) => {
        const arg = args[i];
        const name = language === "zh" ? `${p.zhName} ${p.name}` : p.name;
        const label = p.optional ? t.functions.withOptional(name) : name;
        return (
          <div key={p.name} className={styles.argument}>
            <Field label={label} hint={language === "zh" ? p.zh : p.en} required={!p.optional}>
              {arg.kind === "reference" ? (
                <Input
                  readOnly
                  value={qualifiedReference(arg.at)}
                  contentBefore={<SelectObjectRegular aria-hidden />}
                  contentAfter={
                    <Button
                      appearance="transparent"
                      size="small"
                      icon={<DismissRegular />}
                      aria-label={t.functions.removeReference(arg.at.cell)}
                      onClick={() => setArg(i, EMPTY_ARGUMENT)}
                    />
                  }
                />
              ) : (
                <Input
                  value={arg.text}
                  contentBefore={<TextboxRegular aria-hidden />}
                  onChange={(_, data) => setArg(i, { kind: "value", text: data.value })}
                />
              )}
            </Field>
            <div>
              <ExcelAction
                feature="readSelectedCell"
                host={host}
                noteId={noteId}
                appearance="subtle"
                icon={<SelectObjectRegular />}
                busy={pickState.status === "running"}
                onClick={() => void pick(i)}
              >
                {t.functions.useSelected}
              </ExcelAction>
            </div>
          </div>
        );
      })}
      {pickState.status === "failed" && (
        <TaskStatus state={pickState} running={t.common.working} done={() => null} failed={t.functions.readFailed} />
      )}
      <Field label={t.functions.formula}>
        <Input readOnly value={formula} className={styles.formula} />
      </Field>
      {missing.length > 0 && (
        <Text size={200} className={styles.missing}>
          {t.functions.missing(missing)}
        </Text>
      )}
      <div className={styles.buttons}>
        <ExcelAction
          feature="insertFormula"
          host={host}
          noteId={noteId}
          appearance="primary"
          busy={insertState.status === "running"}
          disabled={missing.length > 0}
          onClick={() => void insert()}
        >
          {t.functions.insert}
        </ExcelAction>
        <Button icon={<CopyRegular />} disabled={missing.length > 0} onClick={() => void copy()}>
          {t.functions.copy}
        </Button>
      </div>
      {excelOnly && <NeedsExcelNote id={noteId} />}
      <TaskStatus
        state={insertState}
        running={t.common.working}
        doneTitle={t.functions.insert}
        done={(result) => t.functions.inserted(result.address)}
        failed={t.functions.insertFailed}
      />
      <TaskStatus
        state={copyState}
        running={t.common.working}
        doneTitle={t.functions.copy}
        done={() => t.functions.copied}
        failed={t.functions.copyFailed}
      />
    </div>
  );
}
