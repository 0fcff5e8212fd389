/**
 * The build's hardening (issue 22): ADDIN_URL is parsed with new URL (https; no user info, query
 * or fragment; the path made to end in '/') and written XML-escaped, and the manifest built with it is
 * still valid against the add-in manifest XSD; the production CSP connects only to the add-in's
 * own host and the allowed data origins (loopback http only in development); the dev server
 * listens on localhost with no wildcard CORS; production source maps are not published.
 */
import * as fs from "fs";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports */
const { checkAddinUrl, productionManifest, xmlEscape } = require("../../scripts/addin-url.cjs");
const { contentSecurityPolicy, dataOrigins } = require("../../scripts/csp.cjs");
const { validateAgainstSchema } = require("../../scripts/manifest-check.cjs");
const webpackConfig = require("../../webpack.config.js");
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, "..", "..");
const DEV = "https://localhost:3000/";
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

test.each([
  ["http://atlas.example.com/", /https/],
  ["https://user:pw@atlas.example.com/", /user name/],
  ["https://atlas.example.com/?x=1", /query/],
  ["https://atlas.example.com/#top", /query or fragment/],
  ['"><Evil/>', /not a URL/],
])("ADDIN_URL %s is refused", (value, message) => {
  expect(() => checkAddinUrl(value, DEV)).toThrow(message);
});

test("a path is made to end in '/'", () => {
  expect(checkAddinUrl("https://atlas.example.com/addin", DEV)).toBe("https://atlas.example.com/addin/");
});

test("a production manifest is XML-escaped and valid against the XSD", async () => {
  expect(xmlEscape(`a"b'<c>&`)).toBe("a&quot;b&apos;&lt;c&gt;&amp;");
  const xml = productionManifest(manifest, `https://atlas.example.com/a'b"><Evil/>/`, DEV);
  expect(xml).not.toMatch(/<Evil/);
  expect(xml).toContain("https://atlas.example.com/");
  expect(xml).not.toContain(DEV);
  const result = await validateAgainstSchema(xml);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
}, 30_000);

test("the production CSP connects to 'self' and the allowed data origins only; loopback http only in development", () => {
  const connect = (csp: string): string => csp.split("; ").find((d) => d.startsWith("connect-src")) ?? "";
  expect(connect(contentSecurityPolicy())).toBe("connect-src 'self'");
  const origins = dataOrigins("https://data.firm.example, https://mirror.firm.example:8443");
  expect(connect(contentSecurityPolicy({ origins }))).toBe("connect-src 'self' https://data.firm.example https://mirror.firm.example:8443");
  expect(connect(contentSecurityPolicy({ dev: true }))).toMatch(/http:\/\/localhost:\*.*wss:\/\/localhost:\*/);
  expect(connect(contentSecurityPolicy())).not.toMatch(/https:(\s|$)|http:/);
  expect(() => dataOrigins("http://data.firm.example")).toThrow(/https origin/);
  expect(() => dataOrigins("https://data.firm.example/path")).toThrow(/https origin/);
});

test("the dev server listens on localhost without wildcard CORS; production maps go beside dist/, hidden", () => {
  const config = webpackConfig({}, { mode: "production" });
  expect(config.devServer.host).toBe("localhost");
  expect(JSON.stringify(config.devServer.headers ?? {})).not.toMatch(/Access-Control-Allow-Origin/);
  expect(config.devtool).toBe("hidden-source-map");
  expect(config.output.sourceMapFilename).toMatch(/^\.\.\/dist-maps\//);
  expect(webpackConfig({}, { mode: "development" }).devtool).toBe("source-map");
});
