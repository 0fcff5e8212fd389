/**
 * One loaded dataset serves both the CN.* functions and the pane on the shared-runtime page:
 * a dataset saved in an earlier session is restored by the pane's start-up code (taskpane.js),
 * and the functions registered before it (functions.js) answer from it. Were the store bundled
 * twice, the pane would have swapped its own copy and the functions would still answer from the
 * bundled dataset.
 */
import type { Browser, Page } from "playwright-core";
import { bundledDataset } from "../../src/data/bundled";
import { DATASET_KEY, saveDataset } from "../../src/data/persist";
import { memoryStorage } from "../../src/data/storage";
import { addinContext, launchChromium, openPane } from "./support/browser";
import { signedForBuild } from "./support/test-key";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  // A newer dataset, as an earlier session would have saved it: Chengdu's model cap raised to 3500万.
  const newer = structuredClone(bundledDataset());
  newer.version = "2025.04.01";
  newer.asOf = "2025-04-01";
  const model = newer.incentives.find((i) => i.id === "cdht-model");
  if (!model) throw new Error("the bundled dataset lost cdht-model");
  model.cap = 35_000_000;
  const saved = new Map<string, string>();
  await saveDataset(memoryStorage(saved), newer, {
    url: "https://localhost:3000/data/atlas-dataset.json",
    refreshedAt: "2025-04-01T08:00:00.000Z",
    signed: signedForBuild(JSON.stringify(newer)), // a saved copy restores only with a trusted signature
  });

  browser = await launchChromium();
  const settings = { storage: { [DATASET_KEY]: saved.get(DATASET_KEY) } };
  const { context } = await addinContext(browser, "excel-double", {
    initScript: `window.__officeDoubleSettings = ${JSON.stringify(settings)};`,
  });
  page = await openPane(context);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Calls a registered CN function in the page, as Excel would. */
function call(id: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([fnId, fnArgs]) => {
      const fn = (window as unknown as { __atlas: { associated: Record<string, (...a: unknown[]) => unknown> } }).__atlas.associated[
        fnId as string
      ];
      return fn(...(fnArgs as unknown[]));
    },
    [id, args] as const,
  );
}

test("the functions answer from the dataset the pane's start-up restored", async () => {
  await page.waitForFunction(() => Object.keys((window as unknown as { __atlas: { associated: object } }).__atlas.associated).length >= 10);
  await page.waitForFunction(
    () => {
      const fn = (window as unknown as { __atlas: { associated: Record<string, (f: string) => unknown> } }).__atlas.associated.AIDATA;
      return JSON.stringify(fn("version")) === '[["2025.04.01"]]';
    },
    undefined,
    { timeout: 15_000 },
  );
  expect(await call("AIDATA", ["origin"])).toEqual([["stored (https://localhost:3000/data/atlas-dataset.json)"]]);
  expect(await call("AISUBSIDY", ["成都高新区", "model", null, null])).toBe(35_000_000);
});
