/**
 * Helpers for the task pane's browser tests: wait for the first render, switch views, run
 * axe-core in the page (served from the add-in's origin, so the page's CSP stays on), and read
 * the time to first render the pane marks.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { ADDIN, ROOT } from "./browser";

const AXE_URL = `${ADDIN}__tests__/axe.min.js`;
const AXE_FILE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

/**
 * Where the screenshots go: test-results/screenshots on every run; docs/screenshots (the ones the
 * README shows, committed) when ATLAS_UPDATE_SCREENSHOTS=1, so `npm test` never edits tracked files.
 */
export const SCREENSHOTS =
  process.env.ATLAS_UPDATE_SCREENSHOTS === "1" ? path.join(ROOT, "docs", "screenshots") : path.join(ROOT, "test-results", "screenshots");

/** Serves axe-core at the add-in's origin in this context (routes registered later win). */
export async function serveAxe(context: BrowserContext): Promise<void> {
  await context.route(AXE_URL, (route) =>
    route.fulfill({ status: 200, body: fs.readFileSync(AXE_FILE), headers: { "content-type": "text/javascript; charset=utf-8" } }),
  );
}

/** Waits until the pane has rendered (mount sets data-pane-ready). */
export async function waitForPane(page: Page): Promise<void> {
  await page.waitForSelector("html[data-pane-ready]", { timeout: 20_000 });
}

/** Milliseconds from navigation start to the pane's first render. */
export async function timeToFirstRender(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName("atlas-pane-ready")[0]?.startTime ?? NaN);
}

/** Opens a view by its tab's name. */
export async function openView(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("tab", { name }).click();
}

/** One axe violation, reduced. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
  targets: string[];
  /** Why, for the first nodes (e.g. the contrast ratio found). */
  summaries: string[];
}

/** What a scan found: the violations, and the Tabster focus sentinels set aside (see runAxe). */
export interface AxeScan {
  violations: AxeViolation[];
  tabsterSentinels: number;
}

/**
 * Runs axe-core on the page (its default rules: WCAG 2.x A/AA and best practices). Fluent UI's
 * focus manager, Tabster, puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels
 * around arrow-key groups (the tab lists) that hand focus on at once; axe's aria-hidden-focus
 * rule flags them. This is Fluent v9's documented known issue, which Accessibility Insights
 * suppresses the same way (microsoft/accessibility-insights-web#7605): those nodes, and only
 * those, are set aside and counted.
 */
export async function runAxe(page: Page): Promise<AxeScan> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // Not page.addScriptTag: it rejects on any error event while it waits, such as office.js's
  // telemetry frame that the page's CSP blocks, unrelated to axe.
  if (!loaded)
    await page.evaluate(
      (url) =>
        new Promise<void>((resolve, reject) => {
          const script = document.createElement("script");
          script.src = url;
          script.onload = () => resolve();
          script.onerror = () => reject(new Error(`axe-core did not load from ${url}`));
          document.head.appendChild(script);
        }),
      AXE_URL,
    );
  return page.evaluate(async () => {
    interface AxeNode {
      target: string[];
      html: string;
      failureSummary?: string;
    }
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: AxeNode[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    let tabsterSentinels = 0;
    const violations = result.violations
      .map((v) => {
        const nodes = v.nodes.filter((n) => {
          const sentinel = v.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(n.html);
          if (sentinel) tabsterSentinels++;
          return !sentinel;
        });
        return {
          id: v.id,
          impact: v.impact,
          nodes: nodes.length,
          help: v.help,
          targets: nodes.slice(0, 5).map((n) => n.target.join(" ")),
          summaries: nodes.slice(0, 3).map((n) => `${n.html.slice(0, 120)} — ${n.failureSummary ?? ""}`),
        };
      })
      .filter((v) => v.nodes > 0);
    return { violations, tabsterSentinels };
  });
}

/** Retries an assertion until it passes or the time is up (playwright-core has no web-first expect). */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The serious and critical violations only. */
export function severe(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
