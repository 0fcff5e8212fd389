/**
 * Recording benchmark figures: printed as a table and merged into bench-results/latest.json
 * (one key per benchmark) so they can be tracked from run to run.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** One measured figure. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const RESULTS = path.join(__dirname, "..", "bench-results", "latest.json");

/**
 * `npm run bench -- --quick` (CI's smoke run): every bench compiles and runs one short round, so a
 * broken bench fails CI; its figures are printed but not stored, and mean nothing.
 */
export const QUICK = process.env.ATLAS_BENCH_QUICK === "1";

/** A loop or run count: `full` for the figures, `quick` in the smoke run. */
export function scaled(full: number, quick: number): number {
  return QUICK ? quick : full;
}

/** Prints the figures of one benchmark and stores them under its name. */
export function report(benchmark: string, figures: Figure[]): void {
  const lines = figures.map((f) => `  ${f.name.padEnd(58)} ${formatValue(f.value).padStart(14)} ${f.unit}${f.note ? `  (${f.note})` : ""}`);
  process.stdout.write(`\n${benchmark}${QUICK ? " (quick round: figures not meaningful, not stored)" : ""}\n${lines.join("\n")}\n`);
  if (QUICK) return;
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  const all = fs.existsSync(RESULTS) ? JSON.parse(fs.readFileSync(RESULTS, "utf8")) : {};
  all[benchmark] = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
    figures,
  };
  fs.writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  return value.toLocaleString("en-US", { maximumSignificantDigits: 4 });
}

/** Median wall time of `runs` runs of an async or sync function, in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < scaled(runs, 1); i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
