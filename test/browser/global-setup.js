/**
 * Browser tests run against the built add-in: build dist/ once (production) before they start.
 * ATLAS_SKIP_BUILD=1 reuses an existing dist/ when iterating locally.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

module.exports = async () => {
  const root = path.join(__dirname, "..", "..");
  if (process.env.ATLAS_SKIP_BUILD === "1" && fs.existsSync(path.join(root, "dist", "taskpane.html"))) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
};
