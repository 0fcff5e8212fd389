/**
 * Builds the add-in into dist/: the shared-runtime page (taskpane.html) that loads functions.js
 * (the webpack runtime, the dataset and the CN.* functions, which register first) and then the
 * pane (taskpane.js, which depends on functions.js: one runtime, so one instance of the loaded
 * dataset serves both, and the React UI loads as a lazy chunk after). Also emits functions.json
 * (custom-functions-metadata-plugin), functions-zh.json, the dataset at data/atlas-dataset.json
 * for refreshes, the icons, the manifest (URLs rewritten for a production host with ADDIN_URL) and
 * third-party-licenses.txt/.json (the build fails if a bundled package is not MIT/Apache/BSD-style).
 *
 *   npm run build                       production build for https://localhost:3000/
 *   ADDIN_URL=https://atlas.example.com/ npm run build
 *   npm run dev-server                  HTTPS on localhost:3000 (certificates from office-addin-dev-certs)
 *   ATLAS_DATA_KEYS=team.public.json npm run build   trusts only the data team's keys (scripts/data-keys.cjs)
 *
 * Beside the dataset the build publishes its signature (data/atlas-dataset.sig.json): made with
 * this build's ephemeral key by default, or the data team's offline signature in production.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsZhPlugin } = require("./scripts/functions-zh-plugin.cjs");
const { contentSecurityPolicy, dataOrigins } = require("./scripts/csp.cjs");
const { checkAddinUrl, productionManifest } = require("./scripts/addin-url.cjs");
const { dataKeysForBuild } = require("./scripts/data-keys.cjs");
const { DefinePlugin } = require("webpack");
const { licencePlugin } = require("./scripts/licences.cjs");

/**
 * Griffel's ahead-of-time transform (Fluent's own styling engine): our makeStyles/makeResetStyles
 * calls become precomputed class maps at build time, as Fluent's packages already ship theirs, so
 * the runtime style resolver (stylis, rtl-css-js) leaves the bundle (test/browser/page-weight.test.ts).
 */
const griffelLoader = {
  loader: "@griffel/webpack-loader",
  options: {
    // Evaluating a style can follow imports into our TypeScript modules.
    babelOptions: { presets: ["@babel/preset-typescript"] },
    modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }],
  },
};

/**
 * The engine floor (package.json `browserslist`: Chromium 109, Safari 14.1, Firefox ESR 115) is the
 * compile target of our code and of node_modules alike: Babel's preset-env lowers what the floor
 * lacks (tabster's class static blocks, `??=` where needed, private fields) and leaves the rest.
 * No polyfills: APIs above the floor are kept out by the lint (eslint-plugin-es-x, -compat) and the
 * checks on dist/ (test/browser/engine-floor.test.ts). Babel is pure JavaScript, so the lock file
 * installs the same on Linux, macOS and Windows (no per-platform binaries, unlike esbuild or SWC).
 */
const floorLoader = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    // node_modules mixes ES modules and CommonJS; leave module syntax to webpack.
    sourceType: "unambiguous",
    presets: [["@babel/preset-env", { bugfixes: true, modules: false }]],
    cacheDirectory: true,
    cacheCompression: false,
    compact: false,
  },
};

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/** Certificates made by `office-addin-dev-certs` (see scripts/start.mjs); read only when serving. */
function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    throw new Error(`Missing development certificates in ${dir} (${missing.join(", ")}). Run: npm start (it creates them).`);
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

/** The bundled dataset's version (its published copy is data/versions/<version>.json). */
function bundledVersion() {
  const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "seeds", "atlas-dataset.json"), "utf8"));
  if (!/^[0-9A-Za-z._-]{1,40}$/.test(version)) throw new Error(`seeds/atlas-dataset.json: a version the build cannot publish: ${version}`);
  return version;
}

/** The signatures of the versions kept in seeds/versions/, published beside them (see scripts/data-keys.cjs). */
function archivedSignatures(dataKeys) {
  const dir = path.join(__dirname, "seeds", "versions");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".sig.json"))
    .flatMap((f) => {
      const text = dataKeys.signatureFor(path.join(dir, f));
      return text === undefined
        ? []
        : [{ from: path.join("seeds", "versions", f), to: `data/versions/${f.replace(/\.json$/, ".sig.json")}`, transform: () => text }];
    });
}

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  const serving = process.env.WEBPACK_SERVE === "true";
  const addinUrl = checkAddinUrl(process.env.ADDIN_URL, DEV_URL);
  const origins = dataOrigins(process.env.ATLAS_DATA_ORIGINS);

  const dataKeys = dataKeysForBuild(path.join(__dirname, "seeds", "atlas-dataset.json"));
  console.log(`ai-policy-atlas: data keys ${dataKeys.mode} (${dataKeys.trustedKeys.map((k) => k.keyId).join(", ")})`);

  return {
    // Production: maps for the licence check and for debugging, written beside dist/ (dist-maps/),
    // not published, and no sourceMappingURL comment in the shipped files.
    devtool: dev ? "source-map" : "hidden-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      ...(dev ? {} : { sourceMapFilename: "../dist-maps/[file].map" }),
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: TypeScript to JavaScript, Griffel's build-time transform, the floor.
          use: [floorLoader, griffelLoader, { loader: "ts-loader", options: { transpileOnly: true } }],
        },
        // Packages ship syntax newer than the floor (tabster 8.8: class static blocks).
        // Their own source maps are not followed (inputSourceMap: false): dist's maps then name each package's
        // files under node_modules/, which is how the licence check knows what ships (test/browser/dist-licences.test.ts).
        {
          test: /\.m?js$/,
          include: /node_modules/,
          use: [{ ...floorLoader, options: { ...floorLoader.options, inputSourceMap: false } }],
        },
        { test: /\.(png|jpg|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({
        __ATLAS_TRUSTED_KEYS__: JSON.stringify(dataKeys.trustedKeys),
        __ATLAS_KEY_MODE__: JSON.stringify(dataKeys.mode),
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsZhPlugin({ input: "functions.json", output: "functions-zh.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        templateParameters: { csp: contentSecurityPolicy({ dev: dev && serving, origins }) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The ES5 boot script, as written (not bundled, not transpiled): it must parse in IE11 too.
          { from: "src/taskpane/boot.js", to: "boot.js" },
          { from: "seeds/atlas-dataset.json", to: "data/atlas-dataset.json" },
          { from: "seeds/atlas-dataset.json", to: "data/atlas-dataset.sig.json", transform: () => dataKeys.signatureText },
          // Every released version, with its signature, so a workbook computed with one can be compared after an
          // update (PRODUCT.md §13): the current one, and those `npm run data -- bump` kept in seeds/versions/.
          { from: "seeds/atlas-dataset.json", to: `data/versions/${bundledVersion()}.json` },
          { from: "seeds/atlas-dataset.json", to: `data/versions/${bundledVersion()}.sig.json`, transform: () => dataKeys.signatureText },
          {
            from: "seeds/versions/*.json",
            to: "data/versions/[name][ext]",
            noErrorOnMissing: true,
            globOptions: { ignore: ["**/*.sig.json"] },
          },
          ...archivedSignatures(dataKeys),
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => productionManifest(content.toString(), addinUrl, DEV_URL) },
        ],
      }),
      licencePlugin(),
    ],
    devServer: {
      port: DEV_PORT,
      // This machine only, and no CORS header: the pane and the functions load from this origin.
      host: "localhost",
      allowedHosts: ["localhost"],
      hot: false,
      liveReload: false,
      server: serving ? { type: "https", options: httpsOptions() } : "https",
      static: false,
      client: false,
    },
  };
};
