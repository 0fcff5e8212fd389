/**
 * Renders the pane in jsdom the way mount.tsx does, with every Office operation a jest mock and
 * the data services replaceable, so each view's behaviour can be tested without Office.
 */
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { queries, render, screen, within, type BoundFunctions, type RenderResult } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { PaneRoot } from "../../../src/taskpane/app/PaneRoot";
import type { ViewId } from "../../../src/taskpane/app/App";
import { createDataServices, type DataServices } from "../../../src/taskpane/host/data-services";
import type { Language } from "../../../src/taskpane/i18n";
import type { PaneHost, PaneOperations } from "../../../src/taskpane/host/operations";
import { DEFAULT_PREFERENCES, type Preferences } from "../../../src/taskpane/i18n/preferences";
import { createStartupMonitor, type StartupMonitor } from "../../../src/taskpane/host/startup";
import type { OfficeThemeInfo } from "../../../src/taskpane/app/theme";
import { memoryStorage } from "../../../src/data/storage";
import { fixedClock, type Clock } from "../../../src/core/rules/freshness";

/** Operations whose every method is a jest mock. */
export type MockOperations = {
  host: PaneHost;
  trace: PaneOperations["trace"];
  supportsApiSet?: jest.MockedFunction<NonNullable<PaneOperations["supportsApiSet"]>>;
} & {
  [K in Exclude<keyof PaneOperations, "host" | "supportsApiSet" | "trace">]: jest.MockedFunction<PaneOperations[K]>;
};

/** Mock operations for a host; Excel's resolve with plausible results, the preview's reject as the real preview does. */
export function mockOperations(host: PaneHost): MockOperations {
  return {
    host,
    ...(host === "excel" ? { supportsApiSet: jest.fn().mockReturnValue(true) } : {}),
    insertComparison: jest.fn().mockResolvedValue({ sheetName: "AI Subsidy Comparison", sourcesSheetName: "AI Atlas Sources" }),
    insertCalculatorTable: jest.fn().mockResolvedValue({ address: "Sheet1!B3:H5" }),
    insertTargetsTable: jest.fn().mockResolvedValue({ sheetName: "AI Targets", sourcesSheetName: "AI Atlas Sources" }),
    insertFormula: jest.fn().mockResolvedValue({ address: "Sheet1!C1" }),
    getSelectedCell: jest.fn().mockResolvedValue({ sheet: "Sheet1", cell: "A2" }),
    convertToValues: jest.fn().mockResolvedValue({ converted: 3, address: "Sheet1!A1:D9" }),
    recalculate: jest.fn().mockResolvedValue(undefined),
    insertPackageSheet: jest.fn().mockResolvedValue({ sheetName: "AI Package" }),
    loadProfile: jest.fn().mockResolvedValue(null),
    saveProfile: jest.fn().mockResolvedValue(undefined),
    copyText: jest.fn().mockResolvedValue(undefined),
    trace: { followSelection: host === "excel", hyperlinks: host === "excel", spills: host === "excel" },
    readTraceSnapshot: jest.fn().mockResolvedValue({ sheet: "Sheet1", address: "A1", formula: "", value: "", references: [] }),
    watchSelection: jest.fn().mockResolvedValue(() => Promise.resolve()),
    readWorkbookCnCells: jest
      .fn()
      .mockResolvedValue({ formulas: [], valuesOf: () => undefined, sheetStamps: new Map(), rowsOf: () => undefined }),
    readWorkbookStamp: jest.fn().mockResolvedValue(host === "excel" ? null : undefined),
    stampWorkbook: jest.fn().mockResolvedValue(undefined),
    keepOldFigures: jest.fn().mockResolvedValue({ kept: 0, sourcesSheetName: "AI Atlas Sources" }),
    selectCell: jest.fn().mockResolvedValue(undefined),
  };
}

/** What a test may vary. */
export interface PaneOptions {
  host?: PaneHost;
  operations?: MockOperations;
  services?: DataServices;
  startup?: StartupMonitor;
  officeTheme?: OfficeThemeInfo;
  displayLanguage?: Language;
  preferences?: Partial<Preferences>;
  savePreferences?: jest.Mock<Promise<void>, [Preferences]>;
  view?: ViewId;
  /** The pane's clock; fixed at 2026-11-30 (618 days after the data's as-of date) unless given. */
  clock?: Clock;
}

/** The rendered pane and its mocks. */
export interface RenderedPane extends RenderResult {
  operations: MockOperations;
  services: DataServices;
  savePreferences: jest.Mock<Promise<void>, [Preferences]>;
  user: ReturnType<typeof userEvent.setup>;
}

/** The pane's clock in tests: 2026-11-30, when Shenzhen's 2025–2026 plans end within 90 days. */
export const TEST_CLOCK = fixedClock("2026-11-30");

/** The default dataset URL in tests. */
export const TEST_DATA_URL = "https://localhost:3000/data/atlas-dataset.json";

/**
 * A Griffel renderer that inserts only the CSS rules that hide things. jsdom computes styles by
 * scanning every rule, and the role queries and user-event call getComputedStyle up the tree for
 * each element: with all of Fluent's atomic rules a test took seconds per query. Layout is not
 * what these tests check (the browser tests do), but what is hidden (Fluent's reserved-space copy
 * of a tab's label, a hidden panel) must stay hidden for accessible names and visibility.
 */
function stylelessRenderer(): ReturnType<typeof createDOMRenderer> {
  return createDOMRenderer(document, { unstable_filterCSSRule: (rule) => /visibility:hidden|display:none/.test(rule) });
}

/** Renders the whole pane (providers included) with mocks. */
export function renderPane(options: PaneOptions = {}): RenderedPane {
  const host = options.host ?? "excel";
  const operations = options.operations ?? mockOperations(host);
  const services = options.services ?? createDataServices(memoryStorage(), TEST_DATA_URL);
  const savePreferences = options.savePreferences ?? jest.fn<Promise<void>, [Preferences]>().mockResolvedValue(undefined);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const result = render(
    <RendererProvider renderer={stylelessRenderer()} targetDocument={document}>
      <PaneRoot
        host={host}
        operations={operations}
        services={services}
        startup={
          options.startup ?? createStartupMonitor({ restore: { status: "kept", reason: "nothing-saved" }, startCheck: { status: "off" } })
        }
        officeTheme={options.officeTheme}
        displayLanguage={options.displayLanguage ?? "en"}
        initialPreferences={{ ...DEFAULT_PREFERENCES, ...options.preferences }}
        savePreferences={savePreferences}
        initialView={options.view}
        clock={options.clock ?? TEST_CLOCK}
      />
    </RendererProvider>,
  );
  return { ...result, operations, services, savePreferences, user };
}

/** The panel of a view. */
export function panel(view: ViewId): HTMLElement {
  const element = document.getElementById(`panel-${view}`);
  if (!element) throw new Error(`The ${view} view is not rendered`);
  return element;
}

/** Queries within a view's panel. */
export function inPanel(view: ViewId): BoundFunctions<typeof queries> {
  return within(panel(view));
}

export { screen, within };
