/**
 * API-set conformance (PRODUCT.md §7 "Real hosts"): every Office.js member src/ uses lies within
 * the requirement sets manifest.xml declares, or inside a guard for its set (the convention in
 * src/excel/api-sets.ts), read from the `[Api set: …]` tags of @types/office-js. A fixture with
 * an unguarded newer API shows the check fails on it.
 */
import * as fs from "fs";
import * as path from "path";
import { declaredSets, parseApiSetTag, scanApiUses, type ApiUse } from "../support/api-set-scan";

const ROOT = path.join(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const describeUse = (u: ApiUse) => `${u.at} ${u.member} needs ${u.sets.map((s) => `${s.name} ${s.version}`).join(" or ")}`;

const FIXTURE = path.join(ROOT, "test", "fixtures", "api-sets", "unguarded.ts");
let uses: ApiUse[];
let fixtureUses: ApiUse[];
beforeAll(() => {
  // One program for src/ and the fixture: building the type checker over @types/office-js is most of the time.
  const all = scanApiUses([...sourceFiles(path.join(ROOT, "src")), FIXTURE], declaredSets(manifest), ROOT);
  const fixture = path.relative(ROOT, FIXTURE);
  uses = all.filter((u) => !u.at.startsWith(fixture));
  fixtureUses = all.filter((u) => u.at.startsWith(fixture));
}, 60_000);

test("the manifest declares SharedRuntime 1.1, CustomFunctionsRuntime 1.2 and ExcelApi 1.10", () => {
  expect(declaredSets(manifest)).toEqual([
    { name: "SharedRuntime", version: "1.1" },
    { name: "CustomFunctionsRuntime", version: "1.2" },
    { name: "ExcelApi", version: "1.10" },
  ]);
});

test("every Office.js member src/ uses is within the declared sets or guarded for its set", () => {
  expect(uses.filter((u) => u.covered === false).map(describeUse)).toEqual([]);
});

test("the scan sees the calls the issue names, and the guarded ExcelApi 1.12 call as guarded", () => {
  const found = (member: string) => uses.filter((u) => u.member === member);
  expect(found("Excel.Range.getSpillingToRangeOrNullObject").map((u) => u.covered)).toEqual(["guarded"]);
  for (const member of [
    "Excel.Range.getTables",
    "Excel.Range.copyFrom",
    "Excel.Workbook.getActiveCell",
    "Excel.Range.getAbsoluteResizedRange",
    "Excel.ConditionalFormatCollection.add",
    "Excel.Worksheet.getUsedRangeOrNullObject",
    "Excel.WorksheetFreezePanes.freezeAt",
    "CustomFunctions.Error",
    "OfficeRuntime.storage",
  ]) {
    expect({ member, covered: found(member).map((u) => u.covered) }).toEqual({
      member,
      covered: expect.arrayContaining(["declared"]),
    });
  }
  // Most uses carry a tag: the scan reads the typings, it does not wave things through.
  expect(uses.filter((u) => u.covered === "declared").length).toBeGreaterThan(40);
});

test("a fixture with an unguarded newer API fails the check; the same call guarded passes", () => {
  const scanned = fixtureUses;
  const failing = scanned.filter((u) => u.covered === false).map((u) => `${u.member} ${u.at.replace(/^.*:/, "line ")}`);
  const marked = fs
    .readFileSync(FIXTURE, "utf8")
    .split("\n")
    .flatMap((line, i) => (line.endsWith("// FAILS") ? [i + 1] : []));
  expect(failing).toEqual(
    [
      "Excel.Range.getSpillingToRange",
      "Excel.Range.getSpillParent",
      "Excel.Range.getSpillingToRange",
      "Excel.Range.getMergedAreasOrNullObject",
      "Office.Addin.beforeDocumentCloseNotification",
    ].map((member, i) => `${member} line ${marked[i]}`),
  );
  expect(marked).toHaveLength(5);
  expect(scanned.filter((u) => u.member === "Excel.Range.getSpillingToRange").map((u) => u.covered)).toEqual([
    false,
    "guarded",
    "guarded",
    false,
  ]);
});

test("the tag parser reads alternatives and get/set splits", () => {
  expect(parseApiSetTag("ExcelApi 1.12", false)).toEqual([{ name: "ExcelApi", version: "1.12" }]);
  expect(parseApiSetTag("SharedRuntime 1.1, Mailbox 1.10", false)).toEqual([
    { name: "SharedRuntime", version: "1.1" },
    { name: "Mailbox", version: "1.10" },
  ]);
  expect(parseApiSetTag("ExcelApi 1.1 for getting the name; 1.4 for setting it.", true)).toEqual([{ name: "ExcelApi", version: "1.4" }]);
  expect(parseApiSetTag("ExcelApi 1.1 for getting the name; 1.4 for setting it.", false)).toEqual([{ name: "ExcelApi", version: "1.1" }]);
});

test("the README's table of supported Excel versions names every declared set and the guarded one", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Supported Excel versions"), readme.indexOf("## Worksheet functions"));
  for (const set of [...declaredSets(manifest), { name: "ExcelApi", version: "1.12" }])
    expect(section).toContain(`${set.name} ${set.version}`);
  for (const platform of ["Windows, Microsoft 365", "Mac", "Excel on the web", "iPad"]) expect(section).toContain(platform);
});
