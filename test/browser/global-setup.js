/**
 * Browser tests run against the built add-in: find the browser first (scripts/chromium.cjs; on
 * Linux x64 this unpacks the npm-shipped Chromium once, before parallel workers would race to
 * unpack it; with no browser at all, every browser test fails with the launcher's one message),
 * refuse a README screenshot update (ATLAS_UPDATE_SCREENSHOTS=1) where Chinese would render as
 * boxes, then build dist/ once (production). ATLAS_SKIP_BUILD=1 reuses an existing dist/ when iterating
 * locally.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { findBrowser, launchChromium } = require("../../scripts/chromium.cjs");
const { assertCjkFonts } = require("../../scripts/cjk-fonts.cjs");

module.exports = async () => {
  const root = path.join(__dirname, "..", "..");
  const browser = await findBrowser();
  process.stderr.write(`\nBrowser tests use ${browser.executablePath} (${browser.source})\n`);
  if (process.env.ATLAS_UPDATE_SCREENSHOTS === "1") {
    const launched = await launchChromium();
    try {
      await assertCjkFonts(launched);
    } finally {
      await launched.close();
    }
  }
  if (process.env.ATLAS_SKIP_BUILD === "1" && fs.existsSync(path.join(root, "dist", "taskpane.html"))) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
};
