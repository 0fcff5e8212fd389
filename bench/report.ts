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

/** Prints the figures of one benchmark and stores them under its name. */
export function report(benchmark: string, figures: Figure[]): void {
  const lines = figures.map((f) => `  ${f.name.padEnd(58)} ${formatValue(f.value).padStart(14)} ${f.unit}${f.note ? `  (${f.note})` : ""}`);
  process.stdout.write(`\n${benchmark}\n${lines.join("\n")}\n`);
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
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
