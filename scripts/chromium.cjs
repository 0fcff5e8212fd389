/**
 * Launching Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core with
 * the flags this machine needs: headless, no sandbox (root), and no background networking (the
 * network is closed; Chromium would otherwise retry Google's hosts).
 */
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium; resolves to a playwright-core Browser. */
function launchChromium() {
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_FLAGS });
}

module.exports = { CHROMIUM_FLAGS, launchChromium };
