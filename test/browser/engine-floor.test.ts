/**
 * The built bundles against the engine floor (PRODUCT.md §11; package.json browserslist:
 * Chromium 109, Safari 14.1, Firefox ESR 115), on the production build of the global setup: every
 * dist/*.js parses at the floor's ECMAScript level with none of the newer class syntax, compiles no
 * regular expression the floor rejects (lookbehind, the d and v flags; literals and strings for
 * `new RegExp`) and calls no API the floor lacks unless the bundle guards it. The boot script is
 * ES5, so IE11 and any old engine run it and show the message. A fixture shows the check fires.
 */
import * as fs from "fs";
import * as path from "path";
import * as acorn from "acorn";
import { DIST } from "./support/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const floor = require("../../scripts/engine-floor.cjs") as { FLOOR: string[]; findFloorViolations: (code: string) => string[] };
const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && f !== "boot.js");

test("the floor is package.json's browserslist: Chromium 109, Safari 14.1, Firefox ESR 115, as the README's engines table says", () => {
  expect(floor.FLOOR).toEqual(["chrome >= 109", "edge >= 109", "safari >= 14.1", "firefox >= 115"]);
  const readme = fs.readFileSync(path.join(DIST, "..", "README.md"), "utf8");
  const engines = readme.slice(readme.indexOf("### Supported engines"), readme.indexOf("## Worksheet functions"));
  expect(engines).toContain("**Chromium 109, Safari 14.1, Firefox ESR 115**");
  expect(engines).toContain("| Excel on the web | the user's browser | Edge or Chrome 109, Firefox 115 (ESR), Safari 14.1 |");
  expect(engines).toMatch(/\| Mac \| WKWebView[^|]*\| [^|]*Safari 14\.1/);
});

test.each(scripts)("%s is at the floor: its syntax, regular expressions and APIs", (file) => {
  expect(floor.findFloorViolations(fs.readFileSync(path.join(DIST, file), "utf8"))).toEqual([]);
});

test("the check finds what the floor lacks (a fixture of each kind)", () => {
  const fixture = [
    "class A { static { init(); } }",
    'const s = /(?<![\\d.])\\d+/g, t = new RegExp("(?<=[一-龥])x"), u = /x/d;',
    "Object.hasOwn(o, 'k'); structuredClone(o); [1].at(-1); [1].findLast((x) => x);",
  ].join("\n");
  expect(floor.findFloorViolations(fixture)).toEqual([
    "syntax: a class static block (Safari 16.4)",
    "regex: /(?<![\\d.])\\d+/ uses lookbehind (Safari 16.4)",
    'regex: the string "(?<=[一-龥])x" (for new RegExp) uses lookbehind (Safari 16.4)',
    "regex: /x/ uses the d flag (Safari 15)",
    "api: Object.hasOwn (Safari 15.4) unguarded",
    "api: structuredClone (Safari 15.4) unguarded",
    "api: .at() (Safari 15.4)",
    "api: .findLast() (Safari 15.4)",
  ]);
  expect(floor.findFloorViolations("typeof structuredClone === 'function' && structuredClone(o); t.findLast({ container: d });")).toEqual(
    [],
  );
  expect(floor.findFloorViolations("a ||= b; class B { x = 1; static y = 2; #z = 3; }")).toEqual([]); // Safari 14.1 has these
});

test("the boot script is ES5 (es-check es5: an acorn parse at ECMAScript 5) and loads before every other script", () => {
  const boot = fs.readFileSync(path.join(DIST, "boot.js"), "utf8");
  expect(() => acorn.parse(boot, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  expect(() => acorn.parse("let x = 1;", { ecmaVersion: 5, sourceType: "script" })).toThrow(); // the check can fail
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const loaded = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
  expect(loaded[0]).toBe("boot.js");
  expect(loaded.slice(1).map((src) => src.replace(/^https:\/\/appsforoffice\.microsoft\.com\/.*$/, "office.js"))).toEqual([
    "office.js",
    "functions.js",
    "taskpane.js",
  ]);
});
