/**
 * Start-up per engine (PRODUCT.md §11): navigation → every CN.* function registered and → the
 * pane's first render, median of runs, in Chromium, WebKit and Gecko side by side (the drivers of
 * `npm run test:engines`, scripts/engines/drivers.cjs, with the Office.js double reporting Excel,
 * dist/ served over local HTTP). An engine not installed here is listed with what to install.
 */
import * as path from "path";
import { report, scaled } from "./report";

interface Engine {
  version: string;
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: string): Promise<T>;
  close(): Promise<unknown>;
}
// Required at run time from the project root: the compiled bench lives under node_modules/.cache.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const drivers = require(path.join(process.cwd(), "scripts", "engines", "drivers.cjs")) as {
  ENGINES: string[];
  engineAvailable: (name: string) => { ok: boolean; why?: string };
  launchEngine: (name: string) => Promise<Engine>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require(path.join(process.cwd(), "scripts", "engines", "serve.cjs")) as {
  serveDist: () => Promise<{ url: string; setOptions: (o: object) => void; close: () => Promise<unknown> }>;
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const TIMES = `() => {
  var a = window.__atlas || {}, times = Object.keys(a.associateTimes || {}).map(function (k) { return a.associateTimes[k]; });
  var ready = performance.getEntriesByName("atlas-pane-ready")[0];
  return times.length >= 14 && ready ? { registered: Math.max.apply(null, times), firstRender: ready.startTime } : null;
}`;

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  const server = await serveDist();
  server.setOptions({ office: "excel-double" });
  const rows: { name: string; value: number; unit: string; note?: string }[] = [];
  try {
    for (const name of drivers.ENGINES) {
      const available = drivers.engineAvailable(name);
      if (!available.ok) {
        rows.push({ name: `${name}: not installed`, value: NaN, unit: "", note: available.why });
        continue;
      }
      const engine = await drivers.launchEngine(name);
      const runs: { registered: number; firstRender: number }[] = [];
      try {
        for (let i = 0; i < scaled(5, 1); i++) {
          await engine.goto(`${server.url}taskpane.html?run=${i}`);
          for (let waited = 0; ; waited += 50) {
            const t = await engine.evaluate<{ registered: number; firstRender: number } | null>(TIMES);
            if (t) {
              runs.push(t);
              break;
            }
            if (waited > 30_000) throw new Error(`${name}: the pane did not start`);
            await new Promise((r) => setTimeout(r, 50));
          }
        }
      } finally {
        await engine.close();
      }
      const note = engine.version;
      rows.push({
        name: `${name}: navigation → every CN.* function registered (median)`,
        value: Math.round(median(runs.map((r) => r.registered))),
        unit: "ms",
        note,
      });
      rows.push({
        name: `${name}: navigation → pane first render (median)`,
        value: Math.round(median(runs.map((r) => r.firstRender))),
        unit: "ms",
        note,
      });
    }
  } finally {
    await server.close();
  }
  report("engines", rows);
  const side = drivers.ENGINES.map((name) => {
    const figure = (what: string) => rows.find((r) => r.name.startsWith(`${name}: navigation → ${what}`))?.value;
    const cell = (v: number | undefined) => (v === undefined ? "not installed" : `${v} ms`).padStart(14);
    return `  ${name.padEnd(10)}${cell(figure("every"))}${cell(figure("pane"))}  ${rows.find((r) => r.name.startsWith(name))?.note ?? ""}`;
  });
  process.stdout.write(`\n  ${"engine".padEnd(10)}${"registered".padStart(14)}${"first render".padStart(14)}\n${side.join("\n")}\n`);
}
