/**
 * Checks manifest.xml offline: against Microsoft's add-in manifest schemas (scripts/manifest-xsd,
 * a copy of ../shared/manifest-xsd, run with xmllint-wasm so no system package is needed), and
 * against what this add-in needs that a schema cannot see: least privilege, the shared runtime,
 * the CN namespace, HTTPS URLs, every resource id defined, icons present.
 */
const fs = require("fs");
const path = require("path");

const XSD_DIR = path.join(__dirname, "manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

/** XSD validation: { valid, errors }. */
async function validateAgainstSchema(xml) {
  const { validateXML } = require("xmllint-wasm");
  const files = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(MAIN_XSD)],
    preload: files.filter((f) => f !== MAIN_XSD).map(read),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage ?? e.message ?? String(e)) };
}

/** The problems a schema cannot see; `root` is the project folder (for icon files). */
function manifestProblems(xml, root = path.join(__dirname, "..")) {
  const problems = [];
  const need = (ok, message) => {
    if (!ok) problems.push(message);
  };
  need(
    /<Permissions>ReadWriteDocument<\/Permissions>/.test(xml),
    "Permissions must be ReadWriteDocument (least privilege for writing sheets)",
  );
  need(/<Host Name="Workbook"\s*\/>/.test(xml), 'the add-in must target Excel (Host Name="Workbook")');
  need(/<Set Name="SharedRuntime" MinVersion="1\.1"\s*\/>/.test(xml), "the SharedRuntime 1.1 requirement set must be declared");
  need(
    /<Runtime resid="Taskpane\.Url" lifetime="long"\s*\/>/.test(xml),
    'the shared runtime must be <Runtime resid="Taskpane.Url" lifetime="long"/>',
  );
  need(
    /<Page>\s*<SourceLocation resid="Taskpane\.Url"\s*\/>\s*<\/Page>/.test(xml),
    "the custom functions <Page> must be the task pane page (shared runtime)",
  );
  need(/<FunctionFile resid="Taskpane\.Url"\s*\/>/.test(xml), "the <FunctionFile> must be the task pane page (shared runtime)");
  need(/<bt:String id="Functions\.Namespace" DefaultValue="CN"\s*\/>/.test(xml), "the custom functions namespace must be CN");
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g))
    need(defined.has(resid), `resid "${resid}" is used but not defined in <Resources>`);
  for (const [, url] of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g))
    need(url.startsWith("https://"), `URL ${url} must be https`);
  for (const [, file] of xml.matchAll(/https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)/g)) {
    need(fs.existsSync(path.join(root, file)), `icon ${file} is referenced but missing`);
  }
  return [...new Set(problems)];
}

module.exports = { validateAgainstSchema, manifestProblems };
