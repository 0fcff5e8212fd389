// Lint rules: TypeScript, Office add-in rules, no eval, and the layer rules of STYLE.md
// (importer → imported: core → nothing of ours; data → core; excel → core, data;
// functions → core, data; taskpane → core, data, excel; no cycles; tools/ (the data team's
// command line, not shipped) → core, data, and nothing in src imports it), and within core and the
// pane the rooms of docs/architecture.md (CORE_ROOMS, PANE_ROOMS: a room imports only the rooms below it).
import importPlugin from "eslint-plugin-import";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import compat from "eslint-plugin-compat";
import esX from "eslint-plugin-es-x";
import globals from "globals";
import tseslint from "typescript-eslint";

const layer = (name) => `./src/${name}`;

/**
 * The rooms of src/core, lowest first (docs/architecture.md): a room may import the rooms listed
 * as its `uses` and core/errors.ts, nothing else of core.
 */
const CORE_ROOMS = {
  text: [],
  formula: [],
  rules: ["text"],
  names: ["text", "rules"],
  api: ["text", "rules", "names"],
  package: ["text", "rules", "names", "api"],
  integrity: ["text", "rules", "names", "package"],
  sheets: ["text", "rules", "names", "api", "package"],
  trace: ["text", "rules", "names", "api", "formula", "sheets"],
  changes: ["text", "rules", "names", "api", "package", "formula", "sheets", "trace"],
};
/** The pane's rooms: shared rooms first, then the views (which never import each other), the shell on top. */
const PANE_ROOMS = {
  i18n: [],
  host: ["i18n"],
  components: ["i18n", "host"],
  views: ["i18n", "host", "components"],
  app: ["i18n", "host", "components", "views"],
};
const PANE_VIEWS = ["explore", "calculator", "compare", "package", "trace", "functions", "data"];

const roomZones = (base, rooms, what) =>
  Object.entries(rooms).map(([room, uses]) => ({
    target: `./src/${base}/${room}`,
    from: Object.keys(rooms)
      .filter((other) => other !== room && !uses.includes(other))
      .map((other) => `./src/${base}/${other}`),
    message: `${what} ${room}/ may import only ${uses.length ? uses.map((u) => u + "/").join(", ") : "no other room"} (docs/architecture.md)`,
  }));
const viewZones = PANE_VIEWS.map((view) => ({
  target: `./src/taskpane/views/${view}`,
  from: PANE_VIEWS.filter((other) => other !== view).map((other) => `./src/taskpane/views/${other}`),
  message: "a view never imports another view: move what they share to taskpane/components/",
}));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "src/core/text/t2s-table.ts"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { import: importPlugin, "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
      "import/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] }, // lets import/no-cycle read our TypeScript files
      "import/ignore": ["node_modules"], // and not the packages' (no cycle of ours runs through them)
    },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "import/no-cycle": "error",
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: layer("core"),
              from: [layer("data"), layer("excel"), layer("functions"), layer("taskpane")],
              message: "core imports nothing of ours",
            },
            { target: layer("data"), from: [layer("excel"), layer("functions"), layer("taskpane")], message: "data imports only core" },
            { target: layer("excel"), from: [layer("functions"), layer("taskpane")], message: "excel imports only core and data" },
            { target: layer("functions"), from: [layer("excel"), layer("taskpane")], message: "functions import only core and data" },
            { target: layer("taskpane"), from: [layer("functions")], message: "nothing imports functions" },
            { target: "./src", from: "./tools", message: "the add-in never imports the data team's tools (tools/ is not shipped)" },
            ...roomZones("core", CORE_ROOMS, "core's"),
            { target: "./src/core/errors.ts", from: "./src/core", except: ["./errors.ts"], message: "core/errors.ts imports nothing" },
            ...roomZones("taskpane", PANE_ROOMS, "the pane's"),
            ...viewZones,
            {
              target: "./tools",
              from: [layer("excel"), layer("functions"), layer("taskpane")],
              message: "the data tools use core and data only",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts", "src/data/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react-dom/*", "@fluentui/*", "@microsoft/office-js"],
              message: "core and data stay free of React and Office",
            },
          ],
        },
      ],
      // data may persist through OfficeRuntime.storage or localStorage (at call time), never touch the workbook.
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions"],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "OfficeRuntime",
        "fetch",
        "localStorage",
        "window",
        "document",
      ],
    },
  },
  {
    // custom-functions-metadata reads these types: spills must be any[][] and a parameter taking a
    // number or text must be any (a union silently becomes any, (string|number)[][] is rejected).
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Components receive Office operations as props: they never import the Excel writers or touch Office.
    files: ["src/taskpane/{app,components,views}/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/excel", "**/excel/*"], message: "components get Excel operations as props" }] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "OfficeRuntime", "CustomFunctions"],
    },
  },
  {
    // The engine floor (package.json browserslist: Chromium 109, Safari 14.1, Firefox ESR 115; PRODUCT.md §11).
    // Babel lowers syntax; what it cannot lower is refused here: regex features and built-ins above the
    // floor (es-x), web APIs the floor lacks unless guarded (compat). dist/ is checked again by test/browser/engine-floor.test.ts.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "es-x": esX, compat },
    settings: { polyfills: [] },
    rules: {
      "compat/compat": "error",
      "es-x/no-regexp-lookbehind-assertions": "error",
      "es-x/no-regexp-d-flag": "error",
      "es-x/no-regexp-v-flag": "error",
      "es-x/no-object-hasown": "error",
      "es-x/no-array-prototype-at": "error",
      "es-x/no-string-prototype-at": "error",
      "es-x/no-array-prototype-findlast-findlastindex": "error",
      "es-x/no-array-prototype-tosorted": "error",
      "es-x/no-object-groupby": "error",
      "es-x/no-promise-withresolvers": "error",
      "es-x/no-intl-segmenter": "error",
      "es-x/no-string-prototype-iswellformed-towellformed": "error",
    },
  },
  {
    files: ["**/*.cjs", "scripts/**/*.js", "test/**/*.js", "jest.config.js", "jest.engines.config.js", "webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
