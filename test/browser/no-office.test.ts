/**
 * The built pane in Chromium when office.js cannot be fetched (offline, a blocked CDN): in a plain
 * browser it runs as the browser preview (no `Office is not defined`, no endless "Loading…"); a pane
 * chunk that does not load gives the boot script's message in English and Chinese instead.
 */
import type { Browser } from "playwright-core";
import { addinContext, launchChromium, openPane } from "./support/browser";
import { waitForPane } from "./support/pane";

let browser: Browser;
jest.setTimeout(60_000);

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test("without office.js the pane runs as the browser preview", async () => {
  const { context } = await addinContext(browser, "real");
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort()); // later routes win
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("https://localhost:3000/taskpane.html", { waitUntil: "load" });
  await waitForPane(page);
  expect(await page.locator("body").innerText()).toContain("Browser preview");
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.getAttribute("data-boot-failed"))).toBeNull();
  await context.close();
});

test("a pane chunk that does not load gives the message, not an endless Loading…", async () => {
  const { context } = await addinContext(browser, "real");
  await context.route(/\/pane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "not found" }));
  const page = await openPane(context);
  await page.waitForSelector("html[data-boot-failed=load]", { timeout: 20_000 });
  const text = await page.locator("#root").innerText();
  expect(text).toMatch(/could not load part of itself \(pane\.[0-9a-f]+\.js\)/);
  expect(text).toContain("未能加载");
  await context.close();
});
