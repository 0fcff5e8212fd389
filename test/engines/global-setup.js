/**
 * Before the engine tests: fail at once, saying what to install, when an engine asked for is
 * missing, then build dist/ (production) unless ATLAS_SKIP_BUILD=1 and a build exists.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { engineAvailable } = require("../../scripts/engines/drivers.cjs");

module.exports = async () => {
  const root = path.join(__dirname, "..", "..");
  const missing = (process.env.ATLAS_ENGINES ?? "webkit,gecko")
    .split(",")
    .filter(Boolean)
    .map(engineAvailable)
    .filter((a) => !a.ok);
  if (missing.length > 0) throw new Error(`Engines missing: ${missing.map((m) => m.why).join("; ")}`);
  if (process.env.ATLAS_SKIP_BUILD === "1" && fs.existsSync(path.join(root, "dist", "taskpane.html"))) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
};
