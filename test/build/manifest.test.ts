/**
 * manifest.xml: valid against the add-in manifest schemas (offline, xmllint-wasm) and what this
 * add-in needs (least privilege, shared runtime, namespace CN, HTTPS, resources, icons); broken
 * manifests are caught; a production build rewrites every localhost URL.
 */
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateAgainstSchema, manifestProblems } = require("../../scripts/manifest-check.cjs");

const ROOT = path.join(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

test("manifest.xml is valid against the schemas", async () => {
  const result = await validateAgainstSchema(manifest);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}, 30_000);

test("a manifest the schema refuses is reported", async () => {
  const result = await validateAgainstSchema(
    manifest.replace(/<Id>[^<]+<\/Id>/, "").replace("<Version>1.0.0.0</Version>", "<Version>one</Version>"),
  );
  expect(result.valid).toBe(false);
  expect(result.errors.join("\n")).toMatch(/Version|Id/);
}, 30_000);

test("the add-in's own checks pass", () => {
  expect(manifestProblems(manifest, ROOT)).toEqual([]);
});

test.each([
  ["more privilege than needed", (m: string) => m.replace("ReadWriteDocument", "ReadWriteMailbox"), "ReadWriteDocument"],
  ["no shared runtime", (m: string) => m.replace(/<Runtimes>[\s\S]*?<\/Runtimes>/, ""), "shared runtime"],
  ["a short-lived runtime", (m: string) => m.replace('lifetime="long"', 'lifetime="short"'), "shared runtime"],
  ["another namespace", (m: string) => m.replace('DefaultValue="CN"', 'DefaultValue="CNX"'), "namespace must be CN"],
  [
    "a plain-http URL",
    (m: string) => m.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"),
    "must be https",
  ],
  [
    "an undefined resource",
    (m: string) => m.replace('<bt:Url id="Functions.Script.Url"', '<bt:Url id="Functions.Script.Link"'),
    'resid "Functions.Script.Url"',
  ],
  ["a missing icon", (m: string) => m.replace(/icon-80\.png/g, "icon-81.png"), "icon assets/icon-81.png"],
  [
    "a 0.x version (AppSource needs 1–9999 first)",
    (m: string) => m.replace(/<Version>[^<]+</, "<Version>0.1.0.0<"),
    "first part between 1 and 9999",
  ],
  ["a version over 9999", (m: string) => m.replace(/<Version>[^<]+</, "<Version>10000.0.0.0<"), "first part between 1 and 9999"],
  ["a task pane button without <TaskpaneId>", (m: string) => m.replace(/<TaskpaneId>[^<]+<\/TaskpaneId>/, ""), "has no <TaskpaneId>"],
  [
    "a second task pane id",
    (m: string) =>
      m.replace(
        "</Control>",
        '</Control><Control xsi:type="Button" id="X"><Action xsi:type="ShowTaskpane"><TaskpaneId>Other</TaskpaneId><SourceLocation resid="Taskpane.Url" /></Action></Control>',
      ),
    "several <TaskpaneId>s",
  ],
  [
    "a task pane on another page than the runtime",
    (m: string) => m.replace(/(<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Functions.Script.Url"),
    "not the shared runtime's page",
  ],
])("%s is caught", (_name, edit, message) => {
  expect(manifestProblems(edit(manifest), ROOT).join("\n")).toContain(message);
});

test("ADDIN_URL rewrites every localhost URL of the built manifest", () => {
  const saved = process.env.ADDIN_URL;
  process.env.ADDIN_URL = "https://atlas.example.com/addin";
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js")({}, { mode: "production" });
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    const pattern = copy.patterns.find((p: { to: string }) => p.to === "manifest.xml");
    const built: string = pattern.transform(Buffer.from(manifest));
    expect(built).not.toContain("localhost");
    expect(built).toContain('DefaultValue="https://atlas.example.com/addin/taskpane.html"');
    expect(manifestProblems(built.replace(/https:\/\/atlas\.example\.com\/addin\//g, "https://localhost:3000/"), ROOT)).toEqual([]);
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
});
