/**
 * Emits functions-zh.json, the Simplified Chinese custom-function metadata (Chinese descriptions,
 * parameter names and parameter help), from the functions.json that
 * custom-functions-metadata-plugin generates and the Chinese in src/core/api/function-catalog.ts.
 * The build fails if the two disagree (a function or parameter without Chinese, or English
 * descriptions that differ), so they cannot drift. The manifest points zh-CN Excel at this file.
 *
 * Function names are NOT localized: each keeps its functions.json name (`CN.AISUBSIDY`). Excel
 * resolves a formula written through Range.formulas by the display name of the user's language,
 * so with a Chinese name `=CN.AISUBSIDY(…)` written by the pane gives #NAME? in Chinese Excel
 * (office-js#891, closed unfixed; the same for Turkish in office-js#6614), and a workbook would
 * read differently in each language. ASCII names make every formula we write, the docs, shared
 * workbooks and convert-to-values the same in every locale.
 */
const fs = require("fs");
const Module = require("module");
const path = require("path");

/**
 * Loads src/core/api/function-catalog.ts at build time: TypeScript transpiled on the fly, following
 * its relative imports (the entries per family in catalog/; they import no package).
 */
function loadCatalog() {
  const ts = require("typescript");
  const cache = new Map();
  const load = (file) => {
    if (cache.has(file)) return cache.get(file).exports;
    const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    });
    const mod = new Module(file);
    mod.filename = file;
    cache.set(file, mod);
    mod.require = (spec) => {
      if (!spec.startsWith(".")) throw new Error(`${file}: the function catalog imports '${spec}'; it may import only its own files`);
      return load(path.resolve(path.dirname(file), spec) + ".ts");
    };
    mod._compile(outputText, file);
    return mod.exports;
  };
  return load(path.join(__dirname, "..", "src", "core", "api", "function-catalog.ts"));
}

/** Returns { metadata, problems }: the localized metadata, or why it cannot be made. */
function localizeMetadata(metadata, catalog) {
  const problems = [];
  const byId = new Map(catalog.FUNCTION_CATALOG.map((f) => [f.id, f]));
  const functions = metadata.functions.map((fn) => {
    const entry = byId.get(fn.id);
    if (!entry) {
      problems.push(`${fn.id}: missing from src/core/api/function-catalog.ts`);
      return fn;
    }
    if (entry.en !== fn.description) problems.push(`${fn.id}: JSDoc description differs from the catalog's English`);
    const matrix = fn.result?.dimensionality === "matrix";
    if (matrix && !entry.spills) problems.push(`${fn.id}: spills but the catalog says it does not`);
    if (!matrix && entry.spills) problems.push(`${fn.id}: the catalog says it spills but its metadata declares a scalar result`);
    const parameters = fn.parameters.map((p, i) => {
      const param = entry.parameters[i];
      if (!param || param.name !== p.name) {
        problems.push(`${fn.id}: parameter ${i + 1} is '${p.name}' in the code but '${param?.name}' in the catalog`);
        return p;
      }
      if (param.en !== p.description) problems.push(`${fn.id}.${p.name}: JSDoc description differs from the catalog's English`);
      if (Boolean(param.optional) !== Boolean(p.optional)) problems.push(`${fn.id}.${p.name}: optional in one and not the other`);
      return { ...p, name: param.zhName, description: param.zh };
    });
    if (entry.parameters.length !== fn.parameters.length)
      problems.push(`${fn.id}: ${fn.parameters.length} parameters in the code, ${entry.parameters.length} in the catalog`);
    if ("zhName" in entry) problems.push(`${fn.id}: the catalog gives a Chinese function name; names stay ASCII (office-js#891)`);
    return { ...fn, description: entry.zh, parameters };
  });
  for (const id of byId.keys()) {
    if (!metadata.functions.some((f) => f.id === id)) problems.push(`${id}: in the catalog but not a registered function`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

class FunctionsZhPlugin {
  constructor({ input, output }) {
    this.input = input;
    this.output = output;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsZhPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsZhPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) {
          compilation.errors.push(new WebpackError(`FunctionsZhPlugin: ${this.input} was not generated`));
          return;
        }
        const { metadata, problems } = localizeMetadata(JSON.parse(asset.source.source().toString()), loadCatalog());
        problems.forEach((p) => compilation.errors.push(new WebpackError(`FunctionsZhPlugin: ${p}`)));
        compilation.emitAsset(this.output, new sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`));
      });
    });
  }
}

module.exports = { FunctionsZhPlugin, localizeMetadata, loadCatalog };
