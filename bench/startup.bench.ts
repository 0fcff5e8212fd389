/**
 * Start-up (PRODUCT.md §7): the gzip size of the JavaScript the runtime page must run before
 * CustomFunctions.associate (functions.js: webpack runtime, dataset, core, functions) against
 * the 120 KiB budget, the whole page's JavaScript, and, in Chromium with an Office.js double that
 * records associate, the time from navigation to the last function registered and to the pane's
 * first render (median of runs).
 * Builds dist/ first if it is missing.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { Browser } from "playwright-core";
import { report, scaled } from "./report";

const ROOT = process.cwd();
const DIST = path.join(ROOT, "dist");
const gzip = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

async function registrationTimes(runs: number): Promise<{ registered: number; firstRender: number | null }[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { launchChromium } = require(path.join(ROOT, "scripts", "chromium.cjs")) as { launchChromium: () => Promise<Browser> };
  const browser = await launchChromium();
  const double = fs.readFileSync(path.join(ROOT, "test", "browser", "support", "office-double.js"));
  const results: { registered: number; firstRender: number | null }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === "appsforoffice.microsoft.com") return route.fulfill({ body: double, contentType: "text/javascript" });
        if (url.origin === "https://localhost:3000") {
          const file = path.join(DIST, url.pathname);
          if (fs.existsSync(file) && fs.statSync(file).isFile()) {
            const type = file.endsWith(".html") ? "text/html" : file.endsWith(".json") ? "application/json" : "text/javascript";
            return route.fulfill({ body: fs.readFileSync(file), contentType: type });
          }
          return route.fulfill({ status: 404, body: "" });
        }
        return route.abort();
      });
      const page = await context.newPage();
      await page.goto("https://localhost:3000/taskpane.html");
      await page.waitForFunction(
        () => Object.keys((window as unknown as { __atlas: { associated: object } }).__atlas.associated).length >= 10,
      );
      await page.waitForFunction(() => document.documentElement.hasAttribute("data-pane-ready"), undefined, { timeout: 20_000 });
      results.push(
        await page.evaluate(() => {
          const times = Object.values(
            (window as unknown as { __atlas: { associateTimes: Record<string, number> } }).__atlas.associateTimes,
          );
          const ready = performance.getEntriesByName("atlas-pane-ready")[0]; // set by mount.tsx after the first render
          return { registered: Math.max(...times), firstRender: ready ? ready.startTime : null };
        }),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  }
  const js = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const registration = gzip(path.join(DIST, "functions.js"));
  const page = js.reduce((sum, f) => sum + gzip(path.join(DIST, f)), 0);
  const runs = await registrationTimes(scaled(7, 1));
  const renders = runs.map((r) => r.firstRender).filter((t): t is number => t !== null);
  report("startup", [
    {
      name: "JS run before CustomFunctions.associate (functions.js, gzip)",
      value: kib(registration),
      unit: "KiB",
      note: "budget 120 KiB (PRODUCT.md §7), 64 KiB (issue 13)",
    },
    {
      name: "all JS of the page (functions + pane chunks, gzip)",
      value: kib(page),
      unit: "KiB",
      note: `budget 271 KiB; ${js.map((f) => `${f} ${kib(gzip(path.join(DIST, f)))}`).join(", ")}`,
    },
    {
      name: "navigation → every CN.* function registered (median of 7)",
      value: Math.round(median(runs.map((r) => r.registered))),
      unit: "ms",
    },
    ...(renders.length ? [{ name: "navigation → pane first render (median)", value: Math.round(median(renders)), unit: "ms" }] : []),
  ]);
}
