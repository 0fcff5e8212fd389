/**
 * After the browser tests: delete this run's test signing key (see global-setup.js), unless
 * ATLAS_SKIP_BUILD=1 asks to reuse dist/, which trusts it, next time.
 */
const fs = require("fs");
const path = require("path");

module.exports = async function globalTeardown() {
  if (process.env.ATLAS_SKIP_BUILD === "1") return;
  fs.rmSync(path.join(__dirname, "..", "..", "node_modules", ".cache", "atlas-browser-key"), { recursive: true, force: true });
};
