/**
 * `npm run test:engines`: the engine tests (test/engines/) in WebKit and Gecko (ATLAS_ENGINES to
 * choose; see scripts/engines/drivers.cjs for what each needs). Builds dist/ first, as the browser
 * tests do (ATLAS_SKIP_BUILD=1 reuses it). Not part of `npm test`, which needs nothing but npm.
 */
const base = require("./jest.config.js").projects.find((p) => p.displayName === "unit");

module.exports = {
  ...base,
  displayName: "engines",
  testMatch: ["<rootDir>/test/engines/**/*.test.ts"],
  globalSetup: "<rootDir>/test/engines/global-setup.js",
  maxWorkers: 1,
};
