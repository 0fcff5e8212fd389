/**
 * `npm start` on a machine without Excel (this one: Linux): it builds, serves the add-in over
 * HTTPS on localhost:3000 with development certificates, prints the preview URL and how to
 * sideload into Excel on the web, keeps serving; `npm stop` stops it and frees the port.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
let start: ChildProcess | undefined;
let output = "";

function get(url: string, ca: Buffer): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
      })
      .on("error", reject);
  });
}

function waitFor(pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not print ${pattern} within ${ms} ms:\n${output}`)), ms);
    const check = (): void => {
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    start?.stdout?.on("data", check);
    start?.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited early with code ${code}:\n${output}`));
    });
    check();
  });
}

afterAll(() => {
  if (start && start.exitCode === null) start.kill("SIGTERM");
});

test("npm start serves the add-in over HTTPS and prints how to use it; npm stop stops it", async () => {
  start = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "--no-sideload"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  start.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  start.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(/Stop with Ctrl\+C or `npm stop`/, 240_000);

  expect(output).toContain("Task pane (browser preview outside Excel): https://localhost:3000/taskpane.html");
  expect(output).toContain("Upload My Add-in");
  const ca = fs.readFileSync(path.join(os.homedir(), ".office-addin-dev-certs", "ca.crt"));
  const pane = await get("https://localhost:3000/taskpane.html", ca);
  expect(pane.status).toBe(200);
  expect(pane.body).toContain('<div id="root">');
  expect(pane.body).toContain("Content-Security-Policy");
  const metadata = await get("https://localhost:3000/functions.json", ca);
  expect(JSON.parse(metadata.body).functions.map((f: { id: string }) => f.id)).toContain("AISUBSIDY");
  const data = await get("https://localhost:3000/data/atlas-dataset.json", ca);
  expect(data.type).toContain("application/json");

  const exited = new Promise<number | null>((resolve) => start?.on("exit", resolve));
  const stop = spawnSync(process.execPath, [path.join(ROOT, "scripts", "stop.mjs")], { cwd: ROOT, encoding: "utf8" });
  expect(stop.stdout).toContain("Stopped the dev server");
  expect(await exited).toBe(0);
  await expect(get("https://localhost:3000/taskpane.html", ca)).rejects.toThrow(/ECONNREFUSED/);
}, 300_000);
