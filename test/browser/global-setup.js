/**
 * Browser tests run against the built add-in: find the browser first (scripts/chromium.cjs; on
 * Linux x64 this unpacks the npm-shipped Chromium once, before parallel workers would race to
 * unpack it; with no browser at all, every browser test fails with the launcher's one message),
 * refuse a README screenshot update (ATLAS_UPDATE_SCREENSHOTS=1) where Chinese would render as
 * boxes, then build dist/ once (production). ATLAS_SKIP_BUILD=1 reuses an existing dist/ when iterating
 * locally.
 *
 * The build trusts a key pair made here for this run (ATLAS_DATA_KEYS, as a firm's build would),
 * so the browser tests can sign a saved copy the page accepts (test/browser/support/test-key.ts).
 * Its private key is kept in node_modules/.cache/atlas-browser-key/ for the run only: the global
 * teardown deletes it, and a dist/ left behind then trusts a key nobody holds.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { findBrowser, launchChromium } = require("../../scripts/chromium.cjs");
const { assertCjkFonts } = require("../../scripts/cjk-fonts.cjs");
const { generateSigningKey, signDataset } = require("../../scripts/dataset-signing.cjs");

/** Where this run's test key lives (deleted by global-teardown.js). */
const KEY_DIR = path.join(__dirname, "..", "..", "node_modules", ".cache", "atlas-browser-key");

module.exports = async function globalSetup() {
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
  const privatePath = path.join(KEY_DIR, "test.private.pem");
  if (process.env.ATLAS_SKIP_BUILD === "1" && fs.existsSync(path.join(root, "dist", "taskpane.html")) && fs.existsSync(privatePath)) return;
  const key = generateSigningKey();
  fs.rmSync(KEY_DIR, { recursive: true, force: true });
  fs.mkdirSync(KEY_DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(privatePath, key.privatePem, { mode: 0o600 });
  const publicPath = path.join(KEY_DIR, "test.public.json");
  fs.writeFileSync(publicPath, JSON.stringify(key.publicKey));
  const signaturePath = path.join(KEY_DIR, "atlas-dataset.sig.json");
  fs.writeFileSync(signaturePath, signDataset(fs.readFileSync(path.join(root, "seeds", "atlas-dataset.json")), key.privatePem));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ATLAS_DATA_KEYS: publicPath, ATLAS_DATA_SIGNATURE: signaturePath },
  });
};
