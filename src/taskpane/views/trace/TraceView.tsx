/**
 * The Trace view (PRODUCT.md §8), loaded lazily: in Excel it follows the selected cell and shows
 * where its number comes from (the CN call with its arguments as Excel evaluated them, what they
 * resolved to, the rule, the arithmetic and the citation; a spilled table's row; a static
 * figure's Sources row). A formula can also be pasted, which is how the browser preview traces.
 * The Excel reads arrive through `operations` (src/excel/trace-reader.ts).
 */
import type { DataServices } from "../../host/data-services";
import { TraceVersions, useStampedVersion } from "./TraceVersions";
import { FormulaTextarea } from "../../components/FormulaTextarea";
import { Button, Field, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Atlas } from "../../../core/names/atlas";
import { isErrorValue, type EvaluatedValue } from "../../../core/formula/formula-evaluate";
import type { Trace, TracedCall } from "../../../core/trace/trace";
import { useTrace } from "./useTrace";
import { useTraceStrings } from "./trace-strings";
import { useI18n } from "../../i18n";
import type { PaneOperations } from "../../host/operations";
import { Facts, TraceSubjectDetails } from "./TraceSubjectDetails";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cellHead: { textAlign: "start", color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular, padding: "2px 6px 2px 0" },
  cellBody: { padding: "2px 6px 2px 0", verticalAlign: "top", overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Props: the host's operations and the loaded dataset. */
export interface TraceViewProps {
  operations: PaneOperations;
  atlas: Atlas;
  /** To find the version a stamped workbook was computed with (both versions are shown for a changed cell). */
  services?: DataServices;
}

/** The Trace view. */
export default function TraceView({ operations, atlas, services }: TraceViewProps) {
  const { t } = useI18n();
  const tr = useTraceStrings();
  const styles = useStyles();
  const excel = operations.host === "excel";
  const state = useTrace(operations, atlas, true, t.needsExcel);
  const stamped = useStampedVersion(operations, services, atlas);
  const [pasted, setPasted] = useState("");

  return (
    <div className={styles.root}>
      {excel ? (
        <>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{operations.trace.followSelection ? tr.following : tr.noFollow}</MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            <Button appearance="primary" onClick={state.traceSelection} disabled={state.reading}>
              {tr.traceSelected}
            </Button>
            {state.reading && <Spinner size="tiny" label={tr.reading} />}
          </div>
          {state.limits.map((limit) => (
            <Text key={limit} size={200} className={styles.muted}>
              {limit === "hyperlinks" ? tr.limits.hyperlinks : tr.limits.spills}
            </Text>
          ))}
        </>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{tr.previewIntro}</MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.root}
        onSubmit={(e) => {
          e.preventDefault();
          if (pasted.trim() !== "") state.tracePasted(pasted);
        }}
      >
        <Field label={tr.formulaLabel} hint={tr.formulaHint}>
          {(control) => <FormulaTextarea {...control} value={pasted} onChange={(e) => setPasted(e.target.value)} />}
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance={excel ? "secondary" : "primary"} disabled={pasted.trim() === ""}>
            {tr.traceFormula}
          </Button>
        </div>
      </form>
      {state.error !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {tr.readFailed} {state.error instanceof Error ? state.error.message : String(state.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.trace && (
        <section className={styles.card} aria-live="polite" aria-label={t.tabs.trace}>
          <TraceResult trace={state.trace} atlas={atlas} pasted={state.origin === "pasted"} />
          {state.snapshot && state.trace.kind === "cn" && <TraceVersions snapshot={state.snapshot} stamped={stamped} atlas={atlas} />}
          <Text size={200} className={styles.muted}>
            {tr.dataset(atlas.dataset.version, atlas.dataset.asOf)}
          </Text>
        </section>
      )}
    </div>
  );
}

function TraceResult({ trace, atlas, pasted }: { trace: Trace; atlas: Atlas; pasted: boolean }) {
  const tr = useTraceStrings();
  const styles = useStyles();
  const where = pasted ? tr.pastedCell : trace.address;
  const header = (formula?: string, value?: unknown) => (
    <Facts
      facts={[
        [tr.cell, where],
        formula !== undefined && [tr.formula, <code className={styles.code}>{formula}</code>],
        !pasted && value !== undefined && value !== "" && [tr.value, shown(value, tr.emptyValue)],
      ]}
    />
  );
  switch (trace.kind) {
    case "empty":
      return (
        <>
          {header()}
          <Text>{tr.empty}</Text>
        </>
      );
    case "not-cn":
      return (
        <>
          {header(trace.formula, trace.value)}
          <Text>{tr.notCn}</Text>
        </>
      );
    case "unreadable":
      return (
        <>
          {header(trace.formula)}
          <Text>{tr.unreadable(trace.reason)}</Text>
        </>
      );
    case "linked":
      return (
        <>
          {header(undefined, trace.value)}
          {trace.sources ? (
            <>
              <Text>{tr.staticLinked(trace.link)}</Text>
              {trace.row ? (
                <Facts facts={tr.sourcesFields.map((name, i) => [name, shown(trace.row?.[i] ?? "", "—")] as const)} />
              ) : (
                <Text>{tr.staticRowMissing}</Text>
              )}
            </>
          ) : (
            <Text>{tr.otherLink(trace.link)}</Text>
          )}
        </>
      );
    case "cn":
      return (
        <>
          {header(trace.formula, trace.value)}
          {trace.spill && (
            <Text weight="semibold">
              {trace.spill.row === 0 ? tr.spillHeader(trace.spill.anchor) : tr.spillRow(trace.spill.row, trace.spill.anchor)}
            </Text>
          )}
          {trace.calls.map((call, i) => (
            <CallDetails key={i} call={call} atlas={atlas} />
          ))}
        </>
      );
  }
}

function CallDetails({ call, atlas }: { call: TracedCall; atlas: Atlas }) {
  const { language } = useI18n();
  const tr = useTraceStrings();
  const styles = useStyles();
  return (
    <div className={styles.card}>
      <Text weight="semibold">
        {tr.call}: <code className={styles.code}>CN.{call.name}</code>
      </Text>
      {call.args.length > 0 && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.cellHead}>{tr.argument}</th>
              <th className={styles.cellHead}>{tr.asTyped}</th>
              <th className={styles.cellHead}>{tr.evaluated}</th>
            </tr>
          </thead>
          <tbody>
            {call.args.map((arg, i) => (
              <tr key={i}>
                <td className={styles.cellBody}>{language === "zh" ? arg.zhName : arg.name}</td>
                <td className={styles.cellBody}>
                  <code className={styles.code}>{arg.text || "—"}</code>
                </td>
                <td className={styles.cellBody}>
                  {arg.value !== undefined ? shown(arg.value, tr.emptyValue) : tr.notEvaluated(arg.note ?? "")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {call.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{call.problem}</MessageBarBody>
        </MessageBar>
      )}
      {call.subject && <TraceSubjectDetails subject={call.subject} atlas={atlas} />}
    </div>
  );
}

/** A value as text: numbers with separators, "" as (empty), errors with their message, ranges by size. */
function shown(value: EvaluatedValue | unknown, empty: string): string {
  if (value === "" || value === null || value === undefined) return empty;
  if (typeof value === "number") return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isErrorValue(value)) return value.message ? `${value.error} ${value.message}` : value.error;
  if (Array.isArray(value))
    return `${value.length}×${value[0]?.length ?? 0}: ${value
      .map((r: unknown[]) => r.join(" | "))
      .join("; ")
      .slice(0, 200)}`;
  return String(value);
}
