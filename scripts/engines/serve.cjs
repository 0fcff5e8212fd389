/**
 * Serves the built add-in (dist/) over plain HTTP on 127.0.0.1 for the engines that cannot route
 * requests as playwright-core does (WebKitWebDriver, Firefox over WebDriver BiDi): the page's
 * office.js tag points at /__office__/office.js, which is the Office.js double reporting Excel,
 * the real office.js (outside Office: the browser preview) or missing (a blocked CDN), and
 * `options.fail` lists files answered with 404 (a chunk that does not load). The double's
 * settings come from /__office__/settings.js, a script of the page's own origin (the CSP allows it).
 */
const fs = require("fs");
const http = require("http");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const DOUBLE = path.join(ROOT, "test", "browser", "support", "office-double.js");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
};

/** Starts the server; resolves to { url, setOptions({ office, fail, settings }), close() }. */
function serveDist() {
  let options = { office: "real", fail: [], settings: {} };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const send = (status, body, type) => {
      res.writeHead(status, { "content-type": type ?? "text/plain", "cache-control": "no-store" });
      res.end(body);
    };
    if (options.fail.some((f) => pathname.endsWith(f))) return send(404, "not found");
    if (pathname === "/__office__/settings.js")
      return send(200, `window.__officeDoubleSettings = ${JSON.stringify(options.settings)};`, TYPES[".js"]);
    if (pathname.startsWith("/__office__/")) {
      if (options.office === "missing") return send(404, "not found");
      const name = pathname.slice("/__office__/".length);
      const file = options.office === "excel-double" && name === "office.js" ? DOUBLE : path.join(OFFICE_DIST, path.basename(name));
      return fs.existsSync(file) ? send(200, fs.readFileSync(file), TYPES[".js"]) : send(404, "not found");
    }
    const file = path.join(DIST, pathname);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return send(404, "not found");
    let body = fs.readFileSync(file);
    if (pathname === "/taskpane.html") {
      const tag = new RegExp(`src="?${CDN.replace(/[./]/g, "\\$&")}"?`);
      body = body.toString().replace(tag, "src=/__office__/settings.js></script><script src=/__office__/office.js");
    }
    return send(200, body, TYPES[path.extname(file)] ?? "application/octet-stream");
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        setOptions: (next) => (options = { office: "real", fail: [], settings: {}, ...next }),
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

module.exports = { serveDist };
