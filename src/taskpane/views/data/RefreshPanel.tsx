/**
 * Refresh: download the dataset from the configured address with progress (cancellable), then
 * the result in the user's language: what changed (each record's differences behind a toggle),
 * the question before loading an older dataset, or why it failed (technical detail behind a
 * toggle). In Excel, the CN formulas are recalculated after an update and the pane says so.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { RefreshProgress, RefreshResult } from "../../../data/refresh";
import type { RefreshSettings } from "../../../data/settings";
import type { DataServices } from "../../host/data-services";
import { isAvailable } from "../../host/host-features";
import { useI18n } from "../../i18n";
import type { PaneHost } from "../../host/operations";
import type { RecalculationState } from "../../host/startup";
import { Disclosure } from "../../components/Disclosure";
import { ErrorDetails } from "./ErrorDetails";
import { RefreshSettingsForm } from "./RefreshSettingsForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  from: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

type RefreshState =
  | { status: "idle" }
  | { status: "running"; progress: RefreshProgress; controller: AbortController }
  | { status: "finished"; result: RefreshResult };

/** Props: the data services, the host and the recalculation that follows a swap. */
export interface RefreshPanelProps {
  services: DataServices;
  host: PaneHost;
  recalculation: RecalculationState;
}

/** The Refresh section. */
export function RefreshPanel({ services, host, recalculation }: RefreshPanelProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [settings, setSettings] = useState<RefreshSettings | undefined>(undefined);
  const [state, setState] = useState<RefreshState>({ status: "idle" });
  const [confirming, setConfirming] = useState(false);
  const [recalculationShown, setRecalculationShown] = useState(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    let live = true;
    void services.loadSettings().then((loaded) => {
      if (live) setSettings(loaded);
    });
    return () => {
      live = false;
      mounted.current = false;
    };
  }, [services]);

  const start = async (allowOlder: boolean) => {
    if (!settings) return;
    const controller = new AbortController();
    setConfirming(false);
    setRecalculationShown(false);
    setState({ status: "running", progress: { phase: "fetching", bytes: 0 }, controller });
    const result = await services.refresh({
      url: settings.refreshUrl,
      allowOlder,
      signal: controller.signal,
      onProgress: (progress) => {
        if (mounted.current) setState((s) => (s.status === "running" && s.controller === controller ? { ...s, progress } : s));
      },
    });
    if (!mounted.current) return;
    setState({ status: "finished", result });
    if (result.status === "older-needs-confirmation") setConfirming(true);
    if (result.status === "updated") setRecalculationShown(true);
  };

  const running = state.status === "running" ? state : undefined;
  const result = state.status === "finished" ? state.result : undefined;
  const fraction =
    running?.progress.bytes !== undefined && running.progress.totalBytes ? running.progress.bytes / running.progress.totalBytes : undefined;

  return (
    <div className={styles.root}>
      {settings ? (
        <RefreshSettingsForm settings={settings} services={services} onSaved={setSettings} />
      ) : (
        <Spinner size="tiny" label={t.app.loading} labelPosition="after" />
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={running ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
          disabled={!settings}
          disabledFocusable={running !== undefined}
          onClick={running ? undefined : () => void start(false)}
        >
          {running ? t.data.refreshing : t.data.refresh}
        </Button>
        {running && <Button onClick={() => running.controller.abort()}>{t.data.cancel}</Button>}
      </div>
      {settings && (
        <Text size={200} className={styles.from}>
          {t.data.from(settings.refreshUrl)}
        </Text>
      )}
      {running && (
        <div className={styles.progress} role="status">
          <Text size={200}>
            {t.data.phases[running.progress.phase]}
            {running.progress.bytes ? ` · ${t.data.bytes(running.progress.bytes)}` : ""}
          </Text>
          <ProgressBar value={fraction} aria-label={t.data.phases[running.progress.phase]} />
        </div>
      )}
      {result?.status === "updated" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.updatedTitle}</MessageBarTitle>
            {result.message[language]}
            {result.persistence === "not-saved" && result.saveError && (
              <Text block size={200}>
                {t.data.notSaved} {result.saveError.message[language]}
              </Text>
            )}
            {result.changes.records.length + result.changes.details.length > 0 && (
              <Disclosure label={t.data.changes(result.changes.records.length + result.changes.details.length)}>
                <ul className={styles.changes}>
                  {result.changes.records.map((r) => (
                    <li key={`${r.kind}:${r.id}`}>{r.text}</li>
                  ))}
                  {result.changes.details.map((d) => (
                    <li key={d.path}>{d.path}</li>
                  ))}
                </ul>
              </Disclosure>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "unchanged" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.unchangedTitle}</MessageBarTitle>
            {result.message[language]}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.failedTitle}</MessageBarTitle>
            {result.error.message[language]}
            <ErrorDetails error={result.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {recalculationShown && isAvailable("recalculateAfterRefresh", host) && (
        <>
          {recalculation.status === "running" && <Spinner size="tiny" labelPosition="after" label={t.data.recalculating} />}
          {recalculation.status === "done" && (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{t.data.recalculationTitle}</MessageBarTitle>
                {t.data.recalculated(recalculation.version)}
              </MessageBarBody>
            </MessageBar>
          )}
          {recalculation.status === "skipped" && (
            <MessageBar intent="info">
              <MessageBarBody>
                <MessageBarTitle>{t.data.recalculationTitle}</MessageBarTitle>
                {t.data.recalculationSkipped(recalculation.version)}
              </MessageBarBody>
            </MessageBar>
          )}
          {recalculation.status === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.data.recalculationTitle}</MessageBarTitle>
                {t.data.recalculateFailed(recalculation.message)}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {/* The question is asked inline, beside the other refresh results, not in a modal dialog: nothing else
          in the pane is blocked while it waits, and Fluent's Dialog was ~7 KiB gzip of the page for this one use. */}
      {confirming && result?.status === "older-needs-confirmation" && (
        <MessageBar intent="warning" layout="multiline" role="group" aria-labelledby="older-title">
          <MessageBarBody>
            <MessageBarTitle id="older-title">{t.data.olderTitle}</MessageBarTitle>
            {result.message[language]}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void start(true)}>
              {t.data.loadOlder}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t.data.keepCurrent}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
