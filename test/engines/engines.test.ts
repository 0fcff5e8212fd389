/**
 * The built add-in in the engines Excel runs it in (PRODUCT.md §11), beyond the Chromium of
 * `npm test`: WebKit (WebKitGTK's WebKitWebDriver here; Safari through safaridriver on a Mac) and
 * Gecko (Firefox ESR over WebDriver BiDi). `npm run test:engines`; ATLAS_ENGINES=webkit,gecko,chromium
 * chooses. In each: the functions page registers every function and answers the formula fixtures;
 * the pane renders every view (a screenshot of each in test-results/screenshots/engines/<engine>/);
 * Trace explains the selected cell; without office.js the pane runs as the preview; a chunk that does
 * not load gives the boot script's message in English and Chinese, not an endless "Loading…".
 */
import * as fs from "fs";
import * as path from "path";
import { containsTexts, formulaCases } from "../support/formula-fixture";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchEngine } = require("../../scripts/engines/drivers.cjs") as {
  launchEngine: (name: string) => Promise<Engine>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require("../../scripts/engines/serve.cjs") as { serveDist: () => Promise<Server> };

interface Engine {
  name: string;
  version: string;
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: string, args?: unknown[]): Promise<T>;
  screenshot(file: string): Promise<unknown>;
  close(): Promise<unknown>;
}
interface Server {
  url: string;
  setOptions(options: { office?: "real" | "excel-double" | "missing"; fail?: string[]; settings?: object }): void;
  close(): Promise<unknown>;
}

const ENGINES = (process.env.ATLAS_ENGINES ?? "webkit,gecko").split(",").filter(Boolean);
const ROOT = path.join(__dirname, "..", "..");
const metadata = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8")) as {
  functions: { id: string; parameters: unknown[] }[];
};
/** The views, by the panel their tab controls (Fluent's tab repeats its label, hidden, to reserve its width). */
const VIEWS = ["explore", "calculator", "compare", "profile", "trace", "functions", "data"];
const openView = (view: string) => `() => document.querySelector('[role=tab][aria-controls="panel-${view}"]').click()`;
jest.setTimeout(120_000);

/** Polls `fn` in the page until it returns a truthy value. */
async function until<T>(engine: Engine, fn: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await engine.evaluate<T>(fn);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${engine.name}: timed out waiting for ${fn}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const paneReady = "() => document.documentElement.hasAttribute('data-pane-ready')";

describe.each(ENGINES)("%s", (name) => {
  let engine: Engine;
  let server: Server;

  beforeAll(async () => {
    server = await serveDist();
    engine = await launchEngine(name);
    process.stderr.write(`${name}: ${engine.version}\n`);
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });

  test("the functions page registers every function and answers the formula fixtures", async () => {
    server.setOptions({ office: "excel-double" });
    await engine.goto(`${server.url}taskpane.html`);
    await until(engine, "() => Object.keys((window.__atlas || {}).associated || {}).length >= 14");
    const registered = await engine.evaluate<string[]>("() => Object.keys(window.__atlas.associated).sort()");
    expect(registered).toEqual(metadata.functions.map((f) => f.id).sort());
    const cases = formulaCases().map((c) => {
      const declared = metadata.functions.find((f) => f.id === c.fn)?.parameters.length ?? c.args.length;
      return { ...c, args: [...c.args, ...Array<null>(Math.max(0, declared - c.args.length)).fill(null)] };
    });
    const answers = await engine.evaluate<{ value?: unknown; code?: string; message?: string }[]>(
      `(cases) => cases.map(function (c) {
        try { return { value: window.__atlas.associated[c.fn].apply(null, c.args) }; }
        catch (e) { return { code: e.code, message: e.message }; }
      })`,
      [cases.map((c) => ({ fn: c.fn, args: c.args }))],
    );
    cases.forEach((c, i) => {
      const answer = answers[i];
      const label = `case ${c.n} CN.${c.fn}`;
      if (c.expected.kind === "error")
        expect([label, answer.code, answer.message?.includes(c.expected.text)]).toEqual([label, c.expected.code, true]);
      else if (c.expected.kind === "contains")
        expect([label, containsTexts(answer.value).some((t) => t.includes((c.expected as { text: string }).text))]).toEqual([label, true]);
      else expect([label, Math.abs((answer.value as number) - c.expected.value) < 1e-6]).toEqual([label, true]);
    });
  });

  test("the pane renders every view (screenshots of each)", async () => {
    server.setOptions({ office: "real" });
    await engine.goto(`${server.url}taskpane.html`);
    await until(engine, paneReady);
    const dir = path.join(ROOT, "test-results", "screenshots", "engines", name);
    fs.mkdirSync(dir, { recursive: true });
    for (const view of VIEWS) {
      await engine.evaluate(openView(view));
      const text = await until<string>(
        engine,
        `() => { var p = document.getElementById('panel-${view}'); var t = p ? p.innerText.trim() : ''; return t.length > 20 ? t : ''; }`,
      );
      expect(text.length).toBeGreaterThan(20);
      // Nothing spills out of its field or the panel (Gecko once sized the profile's inputs to 20 characters).
      const overflowing = await engine.evaluate<string[]>(`() => {
        var panel = document.getElementById('panel-${view}'), out = [];
        Array.prototype.forEach.call(panel.querySelectorAll('input, select, textarea, button'), function (el) {
          var box = el.getBoundingClientRect(), field = el.closest('.fui-Field') || panel, edge = field.getBoundingClientRect().right;
          if (box.width > 0 && box.right > edge + 1) out.push((el.getAttribute('aria-label') || el.name || el.tagName) + ' ends at ' + Math.round(box.right) + ' past ' + Math.round(edge));
        });
        return out;
      }`);
      expect([view, overflowing]).toEqual([view, []]);
      await new Promise((r) => setTimeout(r, 300));
      await engine.screenshot(path.join(dir, `${view}.png`));
    }
    expect(await engine.evaluate<string | null>("() => document.documentElement.getAttribute('data-boot-failed')")).toBeNull();
  });

  test("Trace explains the selected cell (Office.js double reporting Excel)", async () => {
    const formula = '=IFNA(CN.AISUBSIDY("成都高新区","model",200000000),"—")';
    server.setOptions({ office: "excel-double", settings: { excelValues: { formulas: [[formula]], values: [[30000000]] } } });
    await engine.goto(`${server.url}taskpane.html`);
    await until(engine, paneReady);
    await engine.evaluate(openView("trace"));
    const text = await until<string>(
      engine,
      `() => { var p = document.getElementById('panel-trace'); var t = p ? p.innerText : ''; return t.indexOf('capped at 30,000,000 CNY') >= 0 ? t : ''; }`,
    );
    expect(text).toContain("30% × 200,000,000 CNY = 60,000,000 CNY, capped at 30,000,000 CNY");
    expect(text).toContain("Chengdu Hi-tech Zone (成都高新区)");
  });

  test("without office.js (a blocked CDN) the pane runs as the browser preview", async () => {
    server.setOptions({ office: "missing" });
    await engine.goto(`${server.url}taskpane.html`);
    await until(engine, paneReady);
    const text = await engine.evaluate<string>("() => document.body.innerText");
    expect(text).toContain("Browser preview");
    expect(await engine.evaluate<string | null>("() => document.documentElement.getAttribute('data-boot-failed')")).toBeNull();
  });

  test("a chunk that does not load gives the message in English and Chinese, not an endless Loading…", async () => {
    const pane = fs.readdirSync(path.join(ROOT, "dist")).find((f) => /^pane\.[0-9a-f]+\.js$/.test(f)) as string;
    server.setOptions({ office: "real", fail: [pane] });
    await engine.goto(`${server.url}taskpane.html`);
    await until(engine, "() => document.documentElement.getAttribute('data-boot-failed')");
    const text = await engine.evaluate<string>("() => document.getElementById('root').innerText");
    expect(text).toContain(`could not load part of itself (${pane})`);
    expect(text).toContain("未能加载");
    expect(text).not.toContain("Loading AI Policy Atlas");
  });
});
