/**
 * Checks manifest.xml offline: against Microsoft's add-in manifest schemas (scripts/manifest-xsd,
 * a copy of ../shared/manifest-xsd, run with xmllint-wasm so no system package is needed), and
 * against what this add-in needs that a schema cannot see: least privilege, the shared runtime
 * configured as Microsoft's "Configure your Office Add-in to use a shared runtime" says (one
 * resid for the runtime, the functions page, the function file and the task pane; one task pane
 * with a <TaskpaneId>), an AppSource-valid <Version>, the CN namespace, HTTPS URLs, every resource
 * id defined, icons present.
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
  for (const problem of versionProblems(xml)) problems.push(problem);
  for (const problem of sharedRuntimeProblems(xml)) problems.push(problem);
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

/**
 * AppSource: "The version number must be in the format n.n.n.n, where the first part is between
 * 1 and 9999" (the schema alone admits 0.x).
 */
function versionProblems(xml) {
  const version = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
  if (version === undefined) return ["the manifest has no <Version>"];
  const parts = version.split(".");
  const first = Number(parts[0]);
  const ok = parts.length <= 4 && parts.every((p) => /^\d{1,5}$/.test(p)) && Number.isInteger(first) && first >= 1 && first <= 9999;
  return ok ? [] : [`<Version>${version}</Version>: AppSource needs n.n.n.n with the first part between 1 and 9999 (e.g. 1.0.0.0)`];
}

/**
 * The shared runtime as Microsoft's article configures it: the <Runtime>'s resid is also the
 * custom functions <Page>, the <FunctionFile> and every ShowTaskpane action's <SourceLocation>
 * ("the shared runtime won't load if the resid uses different values"), and a shared runtime
 * supports one task pane: every ShowTaskpane action names it with the same <TaskpaneId> ("any task
 * pane without a <TaskpaneID> is considered a different task pane").
 */
function sharedRuntimeProblems(xml) {
  const problems = [];
  const runtime = /<Runtime resid="([^"]+)"/.exec(xml)?.[1];
  if (!runtime) return problems; // reported above
  const actions = [...xml.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)].map((m) => m[1]);
  if (actions.length === 0) problems.push("no ShowTaskpane action opens the task pane");
  const ids = new Set();
  for (const action of actions) {
    const id = /<TaskpaneId>([^<]+)<\/TaskpaneId>/.exec(action)?.[1];
    const source = /<SourceLocation resid="([^"]+)"/.exec(action)?.[1];
    if (!id) problems.push("a ShowTaskpane action has no <TaskpaneId>: in a shared runtime it would open a second task pane");
    else ids.add(id);
    if (source !== runtime) problems.push(`a ShowTaskpane action opens "${source}", not the shared runtime's page "${runtime}"`);
  }
  if (ids.size > 1)
    problems.push(`ShowTaskpane actions use several <TaskpaneId>s (${[...ids].join(", ")}): a shared runtime supports one task pane`);
  const hostBody = /<Host xsi:type="Workbook">\s*([\s\S]*?)<\/Host>/.exec(xml)?.[1] ?? "";
  if (!hostBody.startsWith("<Runtimes>"))
    problems.push("<Runtimes> must come first inside <Host>, in the order Microsoft's shared runtime article shows");
  return problems;
}

module.exports = { validateAgainstSchema, manifestProblems };
