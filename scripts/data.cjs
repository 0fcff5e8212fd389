#!/usr/bin/env node
/**
 * `npm run data -- <command>`: runs the data team's tools (tools/data/cli.ts) from their
 * TypeScript source. Each .ts file of the project is compiled as it loads by the TypeScript
 * compiler the project already depends on (transpileModule: no type check), so nothing more than
 * `npm install` is needed. The JavaScript is kept in node_modules/.cache/atlas-data, keyed by the
 * source's hash, so only a changed file is compiled again. Relative paths are taken from where npm
 * was called.
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const NODE_MODULES = path.join(ROOT, "node_modules") + path.sep;
const CACHE = path.join(NODE_MODULES, ".cache", "atlas-data");

let ts; // loaded only when a file must be compiled: it takes longer to load than the tools take to run

/** The CommonJS JavaScript of a TypeScript file, from the cache or compiled now. */
function javascriptOf(filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha256").update(filename).update("\0").update(source).digest("hex").slice(0, 32);
  const cached = path.join(CACHE, `${key}.js`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached, "utf8");
  ts ??= require("typescript");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    fs.writeFileSync(`${cached}.${process.pid}`, outputText);
    fs.renameSync(`${cached}.${process.pid}`, cached); // atomic: a parallel run never reads half a file
  } catch {
    // a read-only checkout: compile again next time
  }
  return outputText;
}

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  if (filename.startsWith(NODE_MODULES)) throw new Error(`not compiling a package's TypeScript: ${filename}`);
  module._compile(javascriptOf(filename), filename);
};

// Output piped into `head` that stops reading: stop quietly, as other command-line tools do.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const { runDataCli, processIo } = require(path.join(ROOT, "tools", "data", "cli.ts"));
process.exitCode = runDataCli(process.argv.slice(2), processIo(process.env.INIT_CWD || process.cwd()));
