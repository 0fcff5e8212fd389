// Lint rules: TypeScript, Office add-in rules, no eval, and the layer rules of STYLE.md
// (importer → imported: core → nothing of ours; data → core; excel → core, data;
// functions → core, data; taskpane → core, data, excel; no cycles; tools/ (the data team's
// command line, not shipped) → core, data, and nothing in src imports it).
import importPlugin from "eslint-plugin-import";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const layer = (name) => `./src/${name}`;

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "src/core/t2s-table.ts"] },
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
    files: ["src/taskpane/components/**/*.{ts,tsx}", "src/taskpane/hooks/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/excel", "**/excel/*"], message: "components get Excel operations as props" }] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "OfficeRuntime", "CustomFunctions"],
    },
  },
  {
    files: ["**/*.cjs", "scripts/**/*.js", "test/**/*.js", "jest.config.js", "webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
