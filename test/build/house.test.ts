/**
 * The house (PRODUCT.md §14): every file of src/ and tools/ is at most 300 lines and opens with a
 * comment saying what it is for, and docs/architecture.md names every room of src/core and the pane.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const MAX_LINES = 300;

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : /\.(ts|tsx|cjs|mjs|js)$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
}
const rooms = (dir: string): string[] =>
  fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

const sources = [...files(path.join(ROOT, "src")), ...files(path.join(ROOT, "tools"))].map((f) => path.relative(ROOT, f));

test.each(sources)("%s is at most 300 lines and opens with what it is for", (file) => {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  expect([file, lines <= MAX_LINES ? "short enough" : `${lines} lines`]).toEqual([file, "short enough"]);
  expect([file, /^\s*(\/\*|\/\/)/.test(text) ? "opens with a comment" : "no opening comment"]).toEqual([file, "opens with a comment"]);
});

test("docs/architecture.md names every room of src/core, src/taskpane and its views", () => {
  const doc = fs.readFileSync(path.join(ROOT, "docs", "architecture.md"), "utf8");
  const expected = [...rooms("src/core"), ...rooms("src/taskpane"), ...rooms("src/taskpane/views")];
  expect(expected.length).toBeGreaterThan(15);
  for (const room of expected) expect([room, doc.includes(`\`${room}/\``) || doc.includes(`\`${room}\``)]).toEqual([room, true]);
});

test("the lint zones know every room of src/core", () => {
  const config = fs.readFileSync(path.join(ROOT, "eslint.config.mjs"), "utf8");
  const declared = [
    ...config.slice(config.indexOf("const CORE_ROOMS"), config.indexOf("};", config.indexOf("const CORE_ROOMS"))).matchAll(/^\s+(\w+):/gm),
  ].map((m) => m[1]);
  expect(declared.sort()).toEqual(rooms("src/core").sort());
});
