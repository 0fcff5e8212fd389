/**
 * The built page's start-up in an engine at the floor's gaps (support/floor-engine.ts): jsdom loads
 * dist/taskpane.html and its scripts as a browser would (boot.js, functions.js, taskpane.js, the
 * lazy chunks), with office.js unreachable (a plain browser: the preview). The pane renders and
 * every view opens without a script error; the Package profile (which used Object.hasOwn) included.
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM, ResourceLoader, VirtualConsole } from "jsdom";
import { DIST } from "./support/browser";
import { FLOOR_ENGINE } from "./support/floor-engine";

const ORIGIN = "https://localhost:3000";
jest.setTimeout(60_000);

/** Serves the add-in's origin from dist/; every other host is unreachable (office.js's CDN too). */
class DistLoader extends ResourceLoader {
  override fetch(url: string): Promise<Buffer> & { abort(): void } {
    const u = new URL(url);
    const file = path.join(DIST, decodeURIComponent(u.pathname));
    const found = u.origin === ORIGIN && file.startsWith(DIST) && fs.existsSync(file);
    const result = (
      found ? Promise.resolve(fs.readFileSync(file)) : Promise.reject(new Error(`unreachable: ${url}`))
    ) as Promise<Buffer> & {
      abort(): void;
    };
    result.abort = () => undefined;
    return result;
  }
}

let win: Window & { eval(code: string): unknown };
const errors: string[] = [];

async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; errors: ${errors.join(" | ")}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  // jsdom does not apply a meta CSP; the page's own scripts are all it runs.
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const console = new VirtualConsole();
  console.on("jsdomError", (e: Error) => {
    if (!/Could not load script: "https:\/\/appsforoffice\.microsoft\.com/.test(e.message)) errors.push(e.message.slice(0, 300));
  });
  const dom = new JSDOM(html, {
    url: `${ORIGIN}/taskpane.html`,
    runScripts: "dangerously",
    resources: new DistLoader(),
    pretendToBeVisual: true,
    virtualConsole: console,
    beforeParse(window) {
      const w = window as unknown as { eval(code: string): unknown; matchMedia: unknown; ResizeObserver: unknown };
      w.eval(FLOOR_ENGINE);
      w.eval("delete window.CustomFunctions"); // a plain browser: the page's preview shim defines it
      w.matchMedia = () => ({ matches: false, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} });
      // jsdom lacks TextEncoder, which every engine of the floor has (Safari 10.1+, Chromium 38+, Firefox 18+).
      (w as unknown as { TextEncoder: unknown }).TextEncoder = TextEncoder;
      w.ResizeObserver = class {
        observe(): void {}
        unobserve(): void {}
        disconnect(): void {}
      };
    },
  });
  win = dom.window as unknown as typeof win;
  await until(() => win.document.documentElement.hasAttribute("data-pane-ready"), "the pane's first render");
});

afterAll(() => win?.close());

test("the pane starts as the browser preview, with no script error and no boot message", () => {
  expect(win.eval("typeof Object.hasOwn")).toBe("undefined");
  expect(win.document.getElementById("root")?.textContent).toContain("Browser preview");
  expect(win.document.documentElement.getAttribute("data-boot-failed")).toBeNull();
  expect(errors).toEqual([]);
});

test.each(["explore", "calculator", "compare", "profile", "trace", "functions", "data"])("the %s view opens", async (view) => {
  (win.document.querySelector(`[role=tab][aria-controls="panel-${view}"]`) as HTMLElement).click();
  await until(() => (win.document.getElementById(`panel-${view}`)?.textContent ?? "").length > 20, `the ${view} view`);
  expect(errors).toEqual([]);
});
