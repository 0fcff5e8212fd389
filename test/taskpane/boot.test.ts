/**
 * The boot script (src/taskpane/boot.js), run in fresh jsdom windows: below the floor (no WeakRef,
 * as in Safari 14.0 or Internet Explorer 11) it replaces "Loading…" with the English and Chinese
 * message saying what to update; a script of ours or a chunk that fails to load, or office.js
 * failing inside Office, gives the load message naming the file; office.js failing in a plain
 * browser gives none (the pane runs as the preview); once the pane has rendered it never interferes.
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";

const BOOT = fs.readFileSync(path.join(__dirname, "..", "..", "src", "taskpane", "boot.js"), "utf8");
const PAGE = `<!doctype html><html><body><div id="root"><p id="boot">Loading AI Policy Atlas… 正在加载…</p></div></body></html>`;

interface BootWindow {
  eval(code: string): unknown;
  document: Document;
}

/** A window at the floor (jsdom runs on Node, which has WeakRef…) unless `prepare` takes something away. */
function page(options: { url?: string; prepare?: string } = {}): BootWindow {
  const dom = new JSDOM(PAGE, { url: options.url ?? "https://localhost:3000/taskpane.html", runScripts: "outside-only" });
  const win = dom.window as unknown as BootWindow;
  if (options.prepare) win.eval(options.prepare);
  win.eval(BOOT);
  win.eval("document.dispatchEvent(new Event('DOMContentLoaded'))");
  return win;
}

/** Fires a script's load error as the browser does (not bubbling; the boot script listens in the capture phase). */
function failScript(win: BootWindow, src: string): void {
  win.eval(`(function () { var s = document.createElement("script"); s.src = ${JSON.stringify(src)}; document.body.appendChild(s);
    s.dispatchEvent(new Event("error")); })()`);
}

const failed = (win: BootWindow) => win.document.documentElement.getAttribute("data-boot-failed");
const rootText = (win: BootWindow) => win.document.getElementById("root")?.textContent ?? "";

test("at the floor, nothing happens: Loading… stays until the pane renders", () => {
  const win = page();
  expect(failed(win)).toBeNull();
  expect(rootText(win)).toContain("Loading AI Policy Atlas");
});

test("below the floor (no WeakRef: Safari 14.0, Internet Explorer 11), the message in English and Chinese", () => {
  const win = page({ prepare: "delete window.WeakRef;" });
  expect(failed(win)).toBe("engine");
  expect(rootText(win)).toContain("this version of Excel shows add-ins in a browser engine that is too old");
  expect(rootText(win)).toContain("Microsoft Edge WebView2");
  expect(rootText(win)).toContain("Safari is 14.1 or later");
  expect(rootText(win)).toContain("The CN functions will not work");
  expect(rootText(win)).toContain("浏览器引擎过旧");
  expect(rootText(win)).not.toContain("Loading");
  expect(win.document.querySelector('[role="alert"] p[lang="zh-CN"]')).not.toBeNull();
});

test("a chunk that does not load: the load message, naming the file", () => {
  const win = page();
  failScript(win, "https://localhost:3000/pane.0123abcd.js");
  expect(failed(win)).toBe("load");
  expect(rootText(win)).toContain("could not load part of itself (pane.0123abcd.js)");
  expect(rootText(win)).toContain("未能加载（pane.0123abcd.js）");
});

test("office.js not loading: a message inside Office, the browser preview in a plain browser", () => {
  const office = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  const plain = page();
  failScript(plain, office);
  expect(failed(plain)).toBeNull();
  const inExcel = page({ url: "https://localhost:3000/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0" });
  failScript(inExcel, office);
  expect(failed(inExcel)).toBe("load");
  expect(rootText(inExcel)).toContain("(office.js)");
});

test("a bundle that does not parse (a SyntaxError from our script) gives the engine message", () => {
  const win = page();
  win.eval(
    `window.dispatchEvent(new ErrorEvent("error", { message: "SyntaxError: Invalid regular expression: invalid group specifier name", filename: "https://localhost:3000/functions.js" }))`,
  );
  expect(failed(win)).toBe("engine");
});

test("after the pane has rendered, a failing script changes nothing", () => {
  const win = page();
  win.eval(`document.documentElement.setAttribute("data-pane-ready", ""); document.getElementById("root").textContent = "the pane";`);
  failScript(win, "https://localhost:3000/trace.0123abcd.js");
  expect(failed(win)).toBeNull();
  expect(rootText(win)).toBe("the pane");
});
