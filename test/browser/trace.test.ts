/**
 * Trace in the built add-in, with the Office.js double reporting Excel: the view follows the
 * selection (the double fires Workbook.onSelectionChanged as Excel would), reads once per burst
 * of selection changes (debounced), and shows where the selected cell's number comes from.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { addinContext, launchChromium, openPane } from "./support/browser";
import { eventually, openView, runAxe, serveAxe, severe, waitForPane } from "./support/pane";

jest.setTimeout(60_000);

interface DoubleRecord {
  excelRuns: number;
  selectionHandlers: unknown[];
}

let browser: Browser;
let context: BrowserContext;
let page: Page;

const FORMULA = '=IFNA(CN.AISUBSIDY("成都高新区","model",200000000),"—")';

beforeAll(async () => {
  browser = await launchChromium();
  const settings = { excelValues: { formulas: [[FORMULA]], values: [[30000000]] } };
  ({ context } = await addinContext(browser, "excel-double", {
    initScript: `window.__officeDoubleSettings = ${JSON.stringify(settings)};`,
  }));
  await serveAxe(context);
  page = await openPane(context);
  await waitForPane(page);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const record = (): Promise<DoubleRecord> => page.evaluate(() => (window as unknown as { __atlas: DoubleRecord }).__atlas);
const panelText = (): Promise<string> => page.locator("#panel-trace").innerText();

test("opening Trace reads the selected cell and subscribes to selection changes", async () => {
  await openView(page, "Trace");
  await eventually(
    async () => expect(await panelText()).toContain("30% × 200,000,000 CNY = 60,000,000 CNY, capped at 30,000,000 CNY"),
    15_000,
  );
  const text = await panelText();
  expect(text).toContain("Following the selection");
  expect(text).toContain("Chengdu Hi-tech Zone (成都高新区)");
  expect(text).toMatch(/Dataset v\d{4}\.\d{2}\.\d{2}/);
  expect((await record()).selectionHandlers.length).toBe(1);
  expect(severe((await runAxe(page)).violations)).toEqual([]);
});

test("a burst of selection changes is read once, after the debounce, and the view follows the new cell", async () => {
  const before = (await record()).excelRuns;
  await page.evaluate(() => {
    const atlas = (window as unknown as { __atlas: { excelValues: Record<string, unknown>; fireSelectionChanged: () => number } }).__atlas;
    atlas.excelValues.formulas = [["=SUM(A1:A2)"]];
    atlas.excelValues.values = [[3]];
    for (let i = 0; i < 5; i++) atlas.fireSelectionChanged();
  });
  await eventually(async () => expect(await panelText()).toContain("has no CN formula"));
  await page.waitForTimeout(400);
  expect((await record()).excelRuns - before).toBe(1);
});
