/**
 * The pane: header, the tab list of views (Explore, Calculator, Compare, Functions, Data) and
 * the selected view. A view is mounted on its first visit and kept (hidden) after, so what the
 * user typed survives switching tabs. Office operations and data services arrive as props.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  BuildingRegular,
  CalculatorRegular,
  CodeRegular,
  DatabaseRegular,
  SearchRegular,
  TableSimpleRegular,
  TargetArrowRegular,
} from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useState, type ReactElement } from "react";
import type { DataServices } from "../host/data-services";
import { unitOf } from "../i18n/format";
import { useLoadedData } from "./useLoadedData";
import { useStartup } from "./useStartup";
import { useChangeRequests } from "../views/data/useChangeRequests";
import { useI18n, type Language } from "../i18n";
import type { PaneHost, PaneOperations } from "../host/operations";
import type { PaneUnitId } from "../i18n/preferences";
import type { StartupMonitor } from "../host/startup";
import { CalculatorView } from "../views/calculator/CalculatorView";
import { CompareView } from "../views/compare/CompareView";
import { DataView } from "../views/data/DataView";
import { ExploreView } from "../views/explore/ExploreView";
import { FunctionsView } from "../views/functions/FunctionsView";
import { PaneHeader } from "./PaneHeader";

/** The Package view loads on its first visit (its code is a separate chunk). */
const ProfileView = lazy(() => import("../views/package/ProfileView").then((m) => ({ default: m.ProfileView })));
// Trace loads on its first visit: its parser and views stay out of the pane's first chunk.
const TraceView = lazy(() => import(/* webpackChunkName: "trace" */ "../views/trace/TraceView"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: "960px",
    marginInline: "auto",
    boxSizing: "border-box",
  },
  tabs: { flexWrap: "wrap", marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, "&[hidden]": { display: "none" } },
  main: { minWidth: 0 },
  heading: { margin: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The views, in tab order. */
export const VIEWS = ["explore", "calculator", "compare", "profile", "trace", "functions", "data"] as const;
/** A view of the pane. */
export type ViewId = (typeof VIEWS)[number];

const ICONS: Record<ViewId, ReactElement> = {
  explore: <SearchRegular />,
  calculator: <CalculatorRegular />,
  compare: <TableSimpleRegular />,
  profile: <BuildingRegular />,
  trace: <TargetArrowRegular />,
  functions: <CodeRegular />,
  data: <DatabaseRegular />,
};

/** Props of the pane. */
export interface AppProps {
  host: PaneHost;
  operations: PaneOperations;
  services: DataServices;
  startup: StartupMonitor;
  language: Language;
  onLanguageChange: (language: Language) => void;
  unitId: PaneUnitId;
  onUnitChange: (unit: PaneUnitId) => void;
  /** Set when the preferences could not be saved. */
  preferencesError?: boolean;
  initialView?: ViewId;
}

/** The whole pane. */
export function App(props: AppProps) {
  const { host, operations, services, startup, language, onLanguageChange, unitId, onUnitChange, preferencesError } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const data = useLoadedData();
  const startupState = useStartup(startup);
  const [view, setView] = useState<ViewId>(props.initialView ?? "explore");
  const [visited, setVisited] = useState<ReadonlySet<ViewId>>(() => new Set([props.initialView ?? "explore"]));
  const unit = unitOf(unitId);
  const atlas = data.atlas;
  const changes = useChangeRequests({
    host,
    operations,
    atlas,
    origin: data.origin,
    restoreDone: startupState.restore.status !== "pending",
  });

  const select = (next: ViewId) => {
    setView(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };

  // A refresh that changed the data, or a workbook stamped with another version, opens the Data view's changes.
  useEffect(() => {
    if (!changes.request) return;
    setView("data");
    setVisited((v) => (v.has("data") ? v : new Set([...v, "data"])));
  }, [changes.request]);

  const headings: Record<ViewId, string> = {
    explore: t.explore.heading,
    calculator: t.calculator.heading,
    compare: t.compare.heading,
    profile: t.profile.heading,
    trace: t.trace.heading,
    functions: t.functions.heading,
    data: t.data.heading,
  };

  const content = (id: ViewId): ReactElement => {
    switch (id) {
      case "explore":
        return <ExploreView atlas={atlas} unit={unit} host={host} operations={operations} />;
      case "calculator":
        return <CalculatorView atlas={atlas} unit={unit} onUnitChange={onUnitChange} host={host} operations={operations} />;
      case "compare":
        return <CompareView atlas={atlas} unit={unit} host={host} operations={operations} />;
      case "profile":
        return (
          <Suspense fallback={<Text>{t.app.loading}</Text>}>
            <ProfileView atlas={atlas} unit={unit} host={host} operations={operations} />
          </Suspense>
        );
      case "trace":
        return (
          <Suspense fallback={<Text>{t.app.loading}</Text>}>
            <TraceView operations={operations} atlas={atlas} services={services} />
          </Suspense>
        );
      case "functions":
        return <FunctionsView host={host} operations={operations} />;
      case "data":
        return <DataView data={data} startup={startupState} services={services} host={host} operations={operations} changes={changes} />;
    }
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <PaneHeader
          host={host}
          asOf={atlas.dataset.asOf}
          language={language}
          onLanguageChange={onLanguageChange}
          unitId={unitId}
          onUnitChange={onUnitChange}
        />
        {host === "preview" && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.app.previewBadge}</MessageBarTitle>
              {t.app.previewNotice}
            </MessageBarBody>
          </MessageBar>
        )}
        {preferencesError && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.common.errorTitle}</MessageBarTitle>
              {t.app.savePreferencesFailed}
            </MessageBarBody>
          </MessageBar>
        )}
      </header>
      <nav aria-label={t.tabs.label}>
        <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, d) => select(d.value as ViewId)}>
          {VIEWS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} icon={ICONS[id]}>
              {t.tabs[id]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        {VIEWS.filter((id) => visited.has(id)).map((id) => (
          <section key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== view} className={styles.panel}>
            <Text as="h2" size={500} weight="semibold" className={styles.heading}>
              {headings[id]}
            </Text>
            {content(id)}
          </section>
        ))}
      </main>
    </div>
  );
}
