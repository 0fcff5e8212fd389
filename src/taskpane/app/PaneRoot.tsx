/**
 * The pane's providers: the Fluent theme that matches Office (or the browser's colour scheme in
 * the preview), the UI language (Office's display language unless the user picked one) and the
 * unit, both saved as preferences. Renders the App.
 */
import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { systemClock, type Clock } from "../../core/rules/freshness";
import { ClockContext } from "../host/clock";
import type { DataServices } from "../host/data-services";
import { usePrefersDark } from "./usePrefersDark";
import { I18nContext, STRINGS, type Language } from "../i18n";
import type { PaneHost, PaneOperations } from "../host/operations";
import type { PaneUnitId, Preferences } from "../i18n/preferences";
import type { StartupMonitor } from "../host/startup";
import { fluentTheme, themeKind, type OfficeThemeInfo } from "./theme";
import { App, type ViewId } from "./App";

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box" },
});

/** Everything the pane gets from index.tsx (or a test). */
export interface PaneRootProps {
  host: PaneHost;
  operations: PaneOperations;
  services: DataServices;
  startup: StartupMonitor;
  /** Office's theme; undefined in the browser preview. */
  officeTheme?: OfficeThemeInfo;
  /** The language Office (or the browser) displays. */
  displayLanguage: Language;
  initialPreferences: Preferences;
  savePreferences: (preferences: Preferences) => Promise<void>;
  /** Called once after the first render is on screen (time-to-first-render mark). */
  onFirstRender?: () => void;
  initialView?: ViewId;
  /** The clock dates are read from (freshness marks); the system clock unless a test fixes one. */
  clock?: Clock;
}

/** The themed, localised pane. */
export function PaneRoot(props: PaneRootProps) {
  const { officeTheme, displayLanguage, initialPreferences, savePreferences, onFirstRender } = props;
  const styles = useStyles();
  const prefersDark = usePrefersDark();
  const [preferences, setPreferences] = useState(initialPreferences);
  const [preferencesError, setPreferencesError] = useState(false);
  const language = preferences.language ?? displayLanguage;
  const kind = themeKind(officeTheme, prefersDark);
  const i18n = useMemo(() => ({ language, t: STRINGS[language] }), [language]);
  const firstRender = useRef(onFirstRender);

  useEffect(() => {
    document.documentElement.lang = language === "zh" ? "zh-Hans" : "en";
    document.title = STRINGS[language].app.title;
  }, [language]);

  useEffect(() => {
    firstRender.current?.();
    firstRender.current = undefined;
  }, []);

  const update = (change: Partial<Preferences>) => {
    const next = { ...preferences, ...change };
    setPreferences(next);
    savePreferences(next).then(
      () => setPreferencesError(false),
      () => setPreferencesError(true),
    );
  };

  return (
    <FluentProvider
      theme={fluentTheme(kind)}
      className={styles.root}
      style={{ colorScheme: kind === "dark" ? "dark" : "light" }}
      data-theme={kind}
    >
      <I18nContext.Provider value={i18n}>
        <ClockContext.Provider value={props.clock ?? systemClock}>
          <App
            host={props.host}
            operations={props.operations}
            services={props.services}
            startup={props.startup}
            language={language}
            onLanguageChange={(next: Language) => update({ language: next })}
            unitId={preferences.unit}
            onUnitChange={(unit: PaneUnitId) => update({ unit })}
            preferencesError={preferencesError}
            initialView={props.initialView}
          />
        </ClockContext.Provider>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
