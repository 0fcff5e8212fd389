/**
 * No lookup in src/ (the add-in) or tools/ (the data team's CLI) goes through a plain object with
 * a string key (Map or an own-property check instead): user input such as "constructor" must
 * never find Object.prototype's members. A fixture shows the check finds such a lookup.
 */
import * as fs from "fs";
import * as path from "path";
import { findPlainObjectLookups, projectCompilerOptions, type PlainObjectLookup } from "../support/plain-object-lookups";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURE = path.join(ROOT, "test", "fixtures", "lookups", "user-keyed-lookups.ts");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

let found: PlainObjectLookup[];

beforeAll(() => {
  // One program for src/ and the fixture: type-checking is the slow part.
  const files = [...sourceFiles(path.join(ROOT, "src")), ...sourceFiles(path.join(ROOT, "tools")), FIXTURE];
  found = findPlainObjectLookups(files, projectCompilerOptions(ROOT));
}, 120_000);

test("src/ and tools/ have no plain-object lookup keyed by a string", () => {
  const inSrc = found.filter((f) => f.file !== FIXTURE).map((f) => `${path.relative(ROOT, f.file)}:${f.line}: ${f.text}`);
  expect(inSrc).toEqual([]);
});

test("the check finds an unguarded lookup and accepts Maps, own-property checks and literal keys", () => {
  const inFixture = found.filter((f) => f.file === FIXTURE).map((f) => `${f.line}: ${f.text}`);
  expect(inFixture).toEqual(["10: FIELDS[input]", "15: input in FIELDS", "32: FIELDS[input]"]);
});
