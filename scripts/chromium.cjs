/**
 * The one browser launcher of the project (browser tests, screenshots, icons, the start-up bench).
 * It finds a Chromium-family browser in this order and says which it took:
 *
 *   1. ATLAS_BROWSER (or the older CHROMIUM_PATH): an explicit executable, used as given;
 *   2. on Linux x64, the headless Chromium shipped inside the npm package @sparticuz/chromium
 *      (a devDependency: `npm install` brings it; unpacked once to the temp folder);
 *   3. an installed Chromium, Google Chrome or Microsoft Edge at its usual place on this platform
 *      (Debian's /usr/bin/chromium, /Applications/Google Chrome.app, Program Files, …).
 *
 * Where none exists, launching fails with one message saying what to install: browser tests never
 * skip silently. Flags: headless, no sandbox (CI runs as root), no background networking (the
 * network may be closed; Chromium would otherwise retry Google's hosts).
 */
const fs = require("fs");
const path = require("path");

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

/** The npm-shipped build also needs these (it is a chrome-headless-shell built for sandbox-less servers). */
const NPM_CHROMIUM_FLAGS = ["--no-zygote", "--disable-setuid-sandbox", "--font-render-hinting=none"];

/** Where installed browsers usually live, per platform, in the order they are tried. */
function installedCandidates(platform = process.platform, env = process.env) {
  if (platform === "win32") {
    const roots = [env["PROGRAMFILES"], env["PROGRAMFILES(X86)"], env["LOCALAPPDATA"]].filter(Boolean);
    return roots.flatMap((root) => [
      path.win32.join(root, "Google", "Chrome", "Application", "chrome.exe"),
      path.win32.join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
      path.win32.join(root, "Chromium", "Application", "chrome.exe"),
    ]);
  }
  if (platform === "darwin") {
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
    ];
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
    "/snap/bin/chromium",
  ];
}

/** What to tell a user who has no browser, on this platform. */
function noBrowserMessage(platform = process.platform, arch = process.arch) {
  const how =
    platform === "linux" && arch === "x64"
      ? "run `npm install` (it installs @sparticuz/chromium, a headless Chromium), or install Chromium (`apt install chromium`)"
      : platform === "linux"
        ? "install Chromium (`apt install chromium`); the npm-shipped Chromium exists only for Linux x64"
        : "install Google Chrome or Microsoft Edge";
  return `No Chromium-family browser found for the browser tests: ${how}, or set ATLAS_BROWSER to a Chromium, Chrome or Edge executable.`;
}

/** True when the npm-shipped Chromium can run here (it is a Linux x64 build). */
function npmChromiumApplies(platform = process.platform, arch = process.arch) {
  return platform === "linux" && arch === "x64";
}

/**
 * Finds the browser, without launching it. Resolves to { executablePath, args, source } where
 * source is "env", "npm" or "installed". `probe` overrides the environment (tests).
 */
async function findBrowser(probe = {}) {
  const env = probe.env ?? process.env;
  const platform = probe.platform ?? process.platform;
  const arch = probe.arch ?? process.arch;
  const exists = probe.exists ?? ((file) => fs.existsSync(file));
  const loadNpmChromium = probe.loadNpmChromium ?? (() => require("@sparticuz/chromium"));

  const explicit = env.ATLAS_BROWSER || env.CHROMIUM_PATH;
  if (explicit) {
    if (!exists(explicit)) throw new Error(`ATLAS_BROWSER points at ${explicit}, which does not exist.`);
    return { executablePath: explicit, args: CHROMIUM_FLAGS, source: "env" };
  }
  if (npmChromiumApplies(platform, arch)) {
    let npmChromium = null;
    try {
      const loaded = loadNpmChromium();
      npmChromium = loaded.default ?? loaded;
    } catch (e) {
      if (e?.code !== "MODULE_NOT_FOUND") throw e;
    }
    if (npmChromium) {
      const executablePath = await npmChromium.executablePath();
      return { executablePath, args: [...CHROMIUM_FLAGS, ...NPM_CHROMIUM_FLAGS], source: "npm" };
    }
  }
  const installed = installedCandidates(platform, env).find((file) => exists(file));
  if (installed) return { executablePath: installed, args: CHROMIUM_FLAGS, source: "installed" };
  throw new Error(noBrowserMessage(platform, arch));
}

/**
 * Launches the browser findBrowser chose; resolves to a playwright-core Browser. `options` go to
 * playwright-core's launch (e.g. `env`); `probe` to findBrowser.
 */
async function launchChromium(options = {}, probe = {}) {
  const { chromium } = require("playwright-core");
  const { executablePath, args } = await findBrowser(probe);
  return chromium.launch({ ...options, executablePath, args });
}

module.exports = { CHROMIUM_FLAGS, findBrowser, installedCandidates, launchChromium, noBrowserMessage };
