/**
 * `npm run bench`: compiles bench/*.bench.ts with tsc and runs each in plain Node (not in Jest,
 * whose vm contexts slow hot loops several-fold and would misstate the figures). Each bench
 * prints its figures and merges them into bench-results/latest.json. `npm run bench -- --quick`
 * runs one short round of each (figures printed, not stored): CI runs it so a broken bench fails.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const Module = require("module");
const path = require("path");

const root = path.join(__dirname, "..");
const out = path.join(root, "node_modules", ".cache", "atlas-bench");

fs.rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "bench", "tsconfig.json")], {
  stdio: "inherit",
});

// office-addin-mock imports office-addin-manifest, whose dependencies are ESM-only: use its CommonJS core (as jest.config.js does).
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "office-addin-manifest") request = path.join(root, "node_modules", "office-addin-manifest", "lib", "officeApp.js");
  return resolve.call(this, request, ...rest);
};

// --quick: one short round of every bench (CI's smoke run: it proves the benches compile and run).
if (process.argv.includes("--quick")) process.env.ATLAS_BENCH_QUICK = "1";
const only = process.argv.slice(2).filter((a) => a !== "--quick");
(async () => {
  const benches = fs
    .readdirSync(path.join(root, "bench"))
    .filter((f) => f.endsWith(".bench.ts") && (only.length === 0 || only.some((o) => f.includes(o))));
  for (const file of benches) {
    const compiled = path.join(out, "bench", file.replace(/\.ts$/, ".js"));
    const bench = require(compiled);
    await bench.default();
  }
  if (process.env.ATLAS_BENCH_QUICK !== "1")
    console.log(`\nFigures written to ${path.relative(root, path.join(root, "bench-results", "latest.json"))}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
