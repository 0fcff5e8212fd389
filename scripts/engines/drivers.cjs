/**
 * One small driver interface over the three engines Excel runs the add-in in, for the engine tests
 * (test/engines/) and the bench: Chromium through playwright-core (scripts/chromium.cjs), WebKit
 * through WebKitGTK's WebKitWebDriver (W3C WebDriver; on Linux it needs a display, so an Xvfb is
 * started when DISPLAY is unset; on a Mac, ATLAS_WEBKIT_DRIVER=safaridriver drives Safari itself)
 * and Gecko through Firefox ESR and puppeteer-core over WebDriver BiDi (headless).
 *
 *   const engine = await launchEngine("webkit");  // or "gecko", "chromium"
 *   await engine.goto(url); await engine.evaluate("(a) => document.title", [a]); await engine.screenshot(file);
 *
 * `evaluate` takes a function's source and JSON arguments; the function may return a promise.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const net = require("net");

const WEBKIT_DRIVER = process.env.ATLAS_WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const FIREFOX =
  process.env.ATLAS_FIREFOX ||
  (process.platform === "darwin" ? "/Applications/Firefox.app/Contents/MacOS/firefox" : "/usr/lib/firefox-esr/firefox-esr");
const ENGINES = ["chromium", "webkit", "gecko"];

/** Whether an engine can be launched here, and if not what to install. */
function engineAvailable(name) {
  if (name === "webkit") {
    const mac = /safaridriver$/.test(WEBKIT_DRIVER);
    if (mac || (fs.existsSync(WEBKIT_DRIVER) && fs.existsSync(MINIBROWSER) && (process.env.DISPLAY || fs.existsSync("/usr/bin/Xvfb"))))
      return { ok: true };
    return {
      ok: false,
      why: "WebKit: apt-get install -y webkit2gtk-driver xvfb (on a Mac: safaridriver --enable, ATLAS_WEBKIT_DRIVER=safaridriver)",
    };
  }
  if (name === "gecko")
    return fs.existsSync(FIREFOX) ? { ok: true } : { ok: false, why: "Gecko: apt-get install -y firefox-esr (or set ATLAS_FIREFOX)" };
  return { ok: true };
}

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** A script run in the page: the function's source applied to the JSON arguments, its (awaited) value returned. */
const wrapped = (fnSource) =>
  `return Promise.resolve((${fnSource}).apply(null, arguments[0])).then(function (v) { return JSON.stringify(v === undefined ? null : v); })`;

/** The same as an expression, for drivers that evaluate a string (no arguments channel needed). */
const expression = (fnSource, args) =>
  `Promise.resolve((${fnSource}).apply(null, ${JSON.stringify(args)})).then(function (v) { return JSON.stringify(v === undefined ? null : v); })`;

async function launchWebKit({ width, height }) {
  const children = [];
  const env = { ...process.env };
  if (!env.DISPLAY && process.platform === "linux") {
    const display = `:${90 + Math.floor(Math.random() * 400)}`;
    children.push(spawn("Xvfb", [display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], { stdio: "ignore" }));
    env.DISPLAY = display;
    await sleep(500);
  }
  const port = await freePort();
  const safari = /safaridriver$/.test(WEBKIT_DRIVER);
  children.push(spawn(WEBKIT_DRIVER, safari ? ["--port", String(port)] : [`--port=${port}`], { env, stdio: "ignore" }));
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/status`, 15_000);
  const capabilities = safari
    ? { browserName: "safari" }
    : {
        browserName: "MiniBrowser",
        acceptInsecureCerts: true,
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
      };
  const call = async (method, url, body) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body && JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebDriver ${method} ${url}: ${json.value?.message ?? res.status}`);
    return json.value;
  };
  const session = await call("POST", "/session", { capabilities: { alwaysMatch: capabilities } });
  const id = session.sessionId;
  const version = session.capabilities?.browserVersion ?? "?";
  await call("POST", `/session/${id}/window/rect`, { width, height }).catch(() => undefined);
  return {
    name: "webkit",
    version: `WebKit ${version}${safari ? " (Safari)" : " (WebKitGTK)"}`,
    goto: (url) => call("POST", `/session/${id}/url`, { url }),
    evaluate: async (fnSource, args = []) =>
      JSON.parse(await call("POST", `/session/${id}/execute/sync`, { script: wrapped(fnSource), args: [args] })),
    screenshot: async (file) => fs.writeFileSync(file, Buffer.from(await call("GET", `/session/${id}/screenshot`), "base64")),
    close: async () => {
      await call("DELETE", `/session/${id}`).catch(() => undefined);
      for (const child of children.reverse()) child.kill();
    },
  };
}

async function launchGecko({ width, height }) {
  const puppeteer = require("puppeteer-core");
  // Firefox over BiDi has no viewport emulation (emulation.setScreenOrientationOverride): size the window.
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: null,
    args: [`--width=${width}`, `--height=${height}`],
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    name: "gecko",
    version: `Gecko ${(await browser.version()).replace(/^firefox\//i, "Firefox ")}`,
    goto: (url) => page.goto(url, { waitUntil: "load" }),
    evaluate: async (fnSource, args = []) => JSON.parse(await page.evaluate(expression(fnSource, args))),
    screenshot: (file) => page.screenshot({ path: file }),
    close: () => browser.close(),
  };
}

async function launchChromiumEngine({ width, height }) {
  const { launchChromium } = require("../chromium.cjs");
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
  return {
    name: "chromium",
    version: `Chromium ${browser.version()}`,
    goto: (url) => page.goto(url, { waitUntil: "load" }),
    evaluate: async (fnSource, args = []) => JSON.parse(await page.evaluate(expression(fnSource, args))),
    screenshot: (file) => page.screenshot({ path: file }),
    close: () => browser.close(),
  };
}

/**
 * Launches one engine ("chromium", "webkit", "gecko") with a pane-sized window: 450 px wide, the
 * narrowest window MiniBrowser and Firefox allow (both clamp a narrower one to about 450), so the three
 * engines' screenshots compare like with like.
 */
function launchEngine(name, size = { width: 450, height: 800 }) {
  if (name === "webkit") return launchWebKit(size);
  if (name === "gecko") return launchGecko(size);
  if (name === "chromium") return launchChromiumEngine(size);
  throw new Error(`unknown engine ${name} (one of ${ENGINES.join(", ")})`);
}

module.exports = { ENGINES, engineAvailable, launchEngine };
