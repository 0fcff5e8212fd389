/**
 * Page weight (issue 13, PRODUCT.md §7), on the production build this project's global setup made:
 * the JS run before CustomFunctions.associate (functions.js) stays within 64 KiB gzip; the JS the
 * pane's first render needs (boot.js, functions.js, taskpane.js, the pane chunk and the React and
 * Fluent chunk) within 259 KiB gzip, issue 13's budget for the whole page; each view that loads on
 * first use (Trace, the package profile, the workbook changes and what they share) within 16 KiB;
 * and the whole page within 290 KiB (259 until issues 21–23 added amount certainty, the signature
 * check and "what changed in this workbook", whose results, evaluator and writer load only when a
 * check is asked for). The page's HTML loads only boot.js, functions.js and taskpane.js (the UI
 * and its views are lazy chunks), and the runtime style resolver stays out of the bundle (Griffel's
 * build-time transform precomputes our styles). Sizes are bytes, not timings: the same build gives
 * the same figures on any machine. `npm run bench` reports them beside the timings.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const DIST = path.join(__dirname, "..", "..", "dist");
/** Production source maps are written beside dist/, not published in it (issue 22). */
const DIST_MAPS = path.join(__dirname, "..", "..", "dist-maps");
const KIB = 1024;
const gzip = (file: string): number => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
/** The webpack bundles (boot.js, the ES5 boot script, is copied as written: no source map). */
const bundles = scripts.filter((f) => f !== "boot.js");
const sources = (file: string): string[] =>
  (JSON.parse(fs.readFileSync(path.join(DIST_MAPS, `${file}.map`), "utf8")) as { sources: string[] }).sources;

test("the JS run before the functions register is within 64 KiB gzip", () => {
  expect(gzip("functions.js")).toBeLessThanOrEqual(64 * KIB);
});

/** The chunks the pane's first render needs: the page's own scripts, the pane chunk and the chunk with React. */
const firstRender = scripts.filter(
  (f) =>
    ["boot.js", "functions.js", "taskpane.js"].includes(f) ||
    f.startsWith("pane.") ||
    (f !== "boot.js" && sources(f).some((s) => s.includes("node_modules/react-dom/"))),
);
const lazyChunks = scripts.filter((f) => !firstRender.includes(f));

test("the JS the pane's first render needs is within 259 KiB gzip", () => {
  expect(firstRender.length).toBe(5);
  expect(firstRender.reduce((sum, f) => sum + gzip(f), 0)).toBeLessThanOrEqual(259 * KIB);
});

test("each view that loads on first use is within 16 KiB gzip, and the whole page within 290 KiB", () => {
  expect(lazyChunks.length).toBeGreaterThanOrEqual(3); // Trace, the package profile, the workbook changes
  for (const f of lazyChunks) expect([f, gzip(f) <= 16 * KIB]).toEqual([f, true]);
  expect(scripts.reduce((sum, f) => sum + gzip(f), 0)).toBeLessThanOrEqual(290 * KIB);
});

test("the page's HTML loads boot.js, functions.js then taskpane.js; the pane's UI, Trace and the package profile are lazy chunks", () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const loaded = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
  expect(loaded.filter((src) => !/^https:\/\/appsforoffice\.microsoft\.com\//.test(src))).toEqual([
    "boot.js",
    "functions.js",
    "taskpane.js",
  ]);
  const lazy = bundles.filter((f) => f !== "functions.js" && f !== "taskpane.js");
  const lazySources = lazy.flatMap(sources);
  const paneModule = (view: string) => (s: string) => s.includes("src/taskpane/") && s.endsWith(`/${view}`);
  for (const view of ["views/trace/TraceView.tsx", "views/package/ProfileView.tsx", "app/App.tsx"]) {
    expect(lazySources.some(paneModule(view))).toBe(true);
    expect([...sources("functions.js"), ...sources("taskpane.js")].some(paneModule(view))).toBe(false);
  }
});

test("no runtime style resolver ships: stylis and rtl-css-js are left out, and React is one copy", () => {
  const shipped = bundles.flatMap(sources);
  expect(shipped.filter((s) => /node_modules\/(stylis|rtl-css-js)\//.test(s))).toEqual([]);
  expect(shipped.some((s) => /node_modules\/react-dom\//.test(s))).toBe(true);
  const reactDomCopies = new Set(shipped.map((s) => /^(.*node_modules\/react-dom)\//.exec(s)?.[1]).filter(Boolean));
  expect(reactDomCopies.size).toBe(1);
});
