/**
 * Page weight (issue 13, PRODUCT.md §7), on the production build this project's global setup made:
 * the JS run before CustomFunctions.associate (functions.js) stays within 64 KiB gzip, the whole
 * page's JS (boot.js included) within 271 KiB gzip (259 until issue 21 added amount certainty,
 * statuses and the policies' facts, about 6.6 KiB; 268 until issue 22's signature check, link rules and trust rows, about 2.5 KiB), the page's HTML loads only boot.js, functions.js and taskpane.js (the UI
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

test("the whole page's JS is within 271 KiB gzip", () => {
  const total = scripts.reduce((sum, f) => sum + gzip(f), 0);
  expect(scripts.length).toBeGreaterThanOrEqual(4); // functions, taskpane and lazy chunks: the sum is over all of them
  expect(total).toBeLessThanOrEqual(271 * KIB);
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
