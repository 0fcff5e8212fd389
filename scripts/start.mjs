/**
 * `npm start`: builds and serves the add-in over HTTPS on https://localhost:3000 (webpack dev
 * server, development certificates from office-addin-dev-certs), then sideloads it into Excel
 * desktop on Windows and macOS (office-addin-debugging, fetched with npx because it cannot be
 * installed on Linux). Where Excel is not installed, or sideloading fails, it keeps serving and
 * prints the browser-preview URL and how to sideload into Excel on the web. `npm stop` stops it.
 * Exits non-zero only for real failures (no certificates, port taken, build or server failure).
 */
import { spawn, spawnSync } from "child_process";
import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import https from "https";
import { createRequire } from "module";
import path from "path";
import { fileURLToPath } from "url";

/** Pinned: npx fetches exactly this version (not whatever 7.x is newest). */
const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@7.0.0";

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = 3000;
const URL_BASE = `https://localhost:${PORT}/`;
const PID_FILE = path.join(root, ".dev-server.pid");
const desktop = process.platform === "win32" || process.platform === "darwin";
const noSideload = process.argv.includes("--no-sideload") || process.env.ATLAS_NO_SIDELOAD === "1";

function log(message) {
  console.log(`[atlas] ${message}`);
}

async function certificates() {
  const certs = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults.js");
  if (desktop) {
    try {
      await certs.ensureCertificatesAreInstalled(); // generates and trusts them (may ask for your password)
      keepKeyPrivate(defaults.localhostKeyPath);
      return defaults;
    } catch (error) {
      log(`Could not trust the development certificate automatically: ${error.message}`);
    }
  }
  const present = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath].every((f) => existsSync(f));
  if (!present || !certs.verifyCertificates()) {
    log(`Generating development certificates in ${defaults.certificateDirectory}`);
    await certs.generateCertificates();
  }
  keepKeyPrivate(defaults.localhostKeyPath);
  if (!desktop || !certs.isCaCertificateInstalled()) {
    log("The development CA is not trusted by this system. To trust it (needed by Excel and browsers for https://localhost:3000):");
    log(
      `  Linux (Debian/Ubuntu): sudo cp ${defaults.caCertificatePath} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
    );
    log(
      `  Chromium/Chrome: Settings > Privacy and security > Security > Manage certificates > Authorities > Import ${defaults.caCertificatePath}`,
    );
    log("  Or open https://localhost:3000/taskpane.html once and accept the certificate warning.");
  }
  return defaults;
}

/** The dev server's private key is readable by its owner only (office-addin-dev-certs writes it 644). */
function keepKeyPrivate(file) {
  if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
}

function portInUse() {
  return new Promise((resolve) => {
    const req = https.get(URL_BASE, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
  });
}

async function waitForServer(child, ca) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dev server exited with code ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const req = https.get(`${URL_BASE}taskpane.html`, { ca, timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on("error", () => resolve(false));
      req.on("timeout", () => {
        req.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the dev server did not answer within 3 minutes");
}

function sideload() {
  if (!desktop || noSideload) return false;
  log(`Sideloading into Excel desktop (npx ${OFFICE_ADDIN_DEBUGGING})…`);
  const result = spawnSync(
    "npx",
    [
      "--yes",
      OFFICE_ADDIN_DEBUGGING,
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      String(PORT),
      "--no-debug",
      "--no-live-reload",
    ],
    {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
    },
  );
  if (result.status === 0) return true;
  log("Sideloading did not succeed; the add-in keeps serving.");
  return false;
}

function printHowTo(sideloaded) {
  log(`Serving the add-in at ${URL_BASE}`);
  log(`  Task pane (browser preview outside Excel): ${URL_BASE}taskpane.html`);
  log(`  Manifest: ${path.join(root, "manifest.xml")} (also at ${URL_BASE}manifest.xml)`);
  if (sideloaded) log("  Excel desktop: the add-in is sideloaded; open it from Home > AI Policy Atlas.");
  else {
    log("  Excel on the web: open a workbook at https://www.office.com, then Home > Add-ins > More add-ins >");
    log("    My add-ins > Upload My Add-in, and choose manifest.xml (this machine must serve https://localhost:3000).");
    if (!desktop) log("  Excel desktop sideloading needs Windows or macOS; this machine is " + process.platform + ".");
  }
  log("Stop with Ctrl+C or `npm stop`.");
}

async function main() {
  if (existsSync(PID_FILE)) {
    const pid = Number(readFileSync(PID_FILE, "utf8"));
    try {
      process.kill(pid, 0);
      log(`Already running (pid ${pid}). Use npm stop first.`);
      process.exit(1);
    } catch {
      rmSync(PID_FILE, { force: true });
    }
  }
  if (await portInUse()) {
    log(`Port ${PORT} is already in use by another program.`);
    process.exit(1);
  }
  const defaults = await certificates();
  const ca = readFileSync(defaults.caCertificatePath);

  log("Building and starting the dev server (first build takes about a minute)…");
  const child = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, WEBPACK_SERVE: "true" },
  });
  writeFileSync(PID_FILE, String(process.pid));
  // Stop the server and wait until it has let go of the port before exiting.
  const stop = (code) => {
    rmSync(PID_FILE, { force: true });
    if (child.exitCode !== null) process.exit(code);
    child.once("exit", () => process.exit(code));
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  child.on("exit", (code) => {
    rmSync(PID_FILE, { force: true });
    if (code !== 0 && code !== null) {
      log(`The dev server stopped with code ${code}.`);
      process.exit(code);
    }
  });

  try {
    await waitForServer(child, ca);
  } catch (error) {
    log(`Failed: ${error.message}`);
    stop(1);
    return;
  }
  printHowTo(sideload());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
