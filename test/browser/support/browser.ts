/**
 * Opening the built add-in in Debian's Chromium through playwright-core: the manifest's URLs
 * (https://localhost:3000/…) are served from dist/ by request routing, Office.js is the real one
 * from @microsoft/office-js (outside Office: host null) or a test double reporting Excel, and
 * every other off-machine request is aborted.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const ROOT = path.join(__dirname, "..", "..", "..");
export const DIST = path.join(ROOT, "dist");
export const ADDIN = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const chromiumLauncher = require("../../../scripts/chromium.cjs") as { launchChromium: () => Promise<Browser> };

/** Launches the browser scripts/chromium.cjs finds (ATLAS_BROWSER, the npm-shipped Chromium on Linux x64, or an installed one). */
export function launchChromium(): Promise<Browser> {
  return chromiumLauncher.launchChromium();
}

/** Which Office.js the page gets. */
export type OfficeMode = "real" | "excel-double";

/** What the page fetched and what was refused. */
export interface Traffic {
  served: string[];
  aborted: string[];
}

/** A browser context where the add-in's host is dist/ and Office.js is `office`. */
export async function addinContext(
  browser: Browser,
  office: OfficeMode,
  options: { viewport?: { width: number; height: number }; colorScheme?: "light" | "dark"; locale?: string; initScript?: string } = {},
): Promise<{ context: BrowserContext; traffic: Traffic }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 360, height: 800 },
    colorScheme: options.colorScheme ?? "light",
    locale: options.locale ?? "en-US",
    ignoreHTTPSErrors: true,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const traffic: Traffic = { served: [], aborted: [] };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(ADDIN)) {
      const file = path.join(DIST, decodeURIComponent(new URL(url).pathname));
      if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory())
        return route.fulfill({ status: 404, body: "not found" });
      traffic.served.push(url);
      return route.fulfill({
        status: 200,
        body: fs.readFileSync(file),
        headers: { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" },
      });
    }
    if (url.startsWith(OFFICE_CDN)) {
      const name = url.slice(OFFICE_CDN.length).split("?")[0];
      const file =
        office === "excel-double" && name === "office.js" ? path.join(__dirname, "office-double.js") : path.join(OFFICE_DIST, name);
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
      traffic.served.push(url);
      return route.fulfill({ status: 200, body: fs.readFileSync(file), headers: { "content-type": TYPES[".js"] } });
    }
    if (url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    traffic.aborted.push(url);
    return route.abort();
  });
  return { context, traffic };
}

/** Opens the task pane page and waits for the page's load event. */
export async function openPane(context: BrowserContext, query = ""): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${ADDIN}taskpane.html${query}`, { waitUntil: "load" });
  return page;
}
