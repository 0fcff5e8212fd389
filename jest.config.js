/**
 * Three projects: `unit` (core, data, functions, excel; Node), `dom` (the React pane; jsdom) and
 * `browser` (the built add-in in Debian Chromium via playwright-core; builds dist/ first).
 * `npm test` runs all three.
 */
const tsJest = [
  "ts-jest",
  {
    tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx", isolatedModules: true, sourceMap: true },
    diagnostics: false,
  },
];

const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{core,data,data-tools,functions,excel,build,scripts}/**/*.test.ts"],
      setupFiles: ["<rootDir>/test/support/test-keys.js"],
    },
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.{ts,tsx}"],
      setupFiles: ["<rootDir>/test/support/test-keys.js"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
    },
    {
      ...shared,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
      globalSetup: "<rootDir>/test/browser/global-setup.js",
      globalTeardown: "<rootDir>/test/browser/global-teardown.js",
    },
  ],
};
