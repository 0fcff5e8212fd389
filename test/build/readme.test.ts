/**
 * The README a new user reads stays true: the two commands, the data coverage tables generated
 * from the dataset, and every image it shows exists.
 */
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const coverage = require("../../scripts/readme-coverage.cjs");

const ROOT = path.join(__dirname, "..", "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

test("it gives the two commands", () => {
  expect(readme).toContain("npm install && npm start");
  expect(readme).toContain("npm test");
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  for (const script of ["start", "stop", "test", "build", "validate", "lint", "typecheck", "bench", "dev-server"])
    expect(pkg.scripts[script]).toBeDefined();
});

test("its data coverage tables are the dataset's (node scripts/readme-coverage.cjs --write)", () => {
  expect(coverage.current()).toBe(coverage.generate());
});

test("every image it shows exists", () => {
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
  expect(images.length).toBeGreaterThanOrEqual(5);
  for (const image of images) expect([image, fs.existsSync(path.join(ROOT, image))]).toEqual([image, true]);
});
