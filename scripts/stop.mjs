/**
 * `npm stop`: stops what `npm start` started (the dev server, and the sideloaded add-in on
 * Windows/macOS).
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync, rmSync } from "fs";
import path from "path";
import { fileURLToPath } from "url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = path.join(root, ".dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["--yes", "office-addin-debugging@7", "stop", "manifest.xml", "desktop"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

if (!existsSync(PID_FILE)) {
  console.log("[atlas] Nothing to stop: npm start is not running.");
  process.exit(0);
}
const pid = Number(readFileSync(PID_FILE, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`[atlas] Stopped the dev server (pid ${pid}).`);
} catch {
  console.log(`[atlas] The dev server (pid ${pid}) was not running.`);
}
rmSync(PID_FILE, { force: true });
