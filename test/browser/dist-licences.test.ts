/**
 * The built add-in (dist/, built by this project's global setup) ships only MIT/Apache/BSD-style
 * code, and its third-party notices name exactly what it ships. What ships is read independently
 * of the licence plugin: every node_modules file in the bundles' source maps.
 */
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { licenceAllowed, DERIVED_FROM, NOTICES_FILE, NOTICES_JSON } = require("../../scripts/licences.cjs");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
/** Production source maps are written beside dist/, never published in it (issue 22). */
const DIST_MAPS = path.join(ROOT, "dist-maps");

type Shipped = { name: string; dir: string };

/** The packages whose files are in the bundles: name and folder, from the source maps' sources. */
function shippedPackages(): Map<string, Shipped> {
  const shipped = new Map<string, Shipped>();
  const maps = fs.readdirSync(DIST_MAPS).filter((f) => f.endsWith(".js.map"));
  expect(maps).toEqual(expect.arrayContaining(["functions.js.map", "taskpane.js.map"]));
  for (const file of maps) {
    const { sources } = JSON.parse(fs.readFileSync(path.join(DIST_MAPS, file), "utf8")) as { sources: string[] };
    for (const source of sources) {
      const match = /^webpack:\/\/[^/]*\/\.\/((?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(source);
      if (match) shipped.set(`${match[2]} ${match[1]}`, { name: match[2], dir: path.join(ROOT, match[1]) });
    }
  }
  return shipped;
}

type Notice = { name: string; version: string; license: string; licenseText: string | null };
const notices: Notice[] = JSON.parse(fs.readFileSync(path.join(DIST, NOTICES_JSON), "utf8"));
const noticesText = fs.readFileSync(path.join(DIST, NOTICES_FILE), "utf8");

test("the bundles carry React, Fluent UI and zod (the source maps are read correctly)", () => {
  const names = new Set([...shippedPackages().values()].map((p) => p.name));
  expect([...names]).toEqual(expect.arrayContaining(["react", "react-dom", "@fluentui/react-provider", "zod"]));
});

test("every shipped package is under an allowed licence, by its own package.json", () => {
  const refused = [...shippedPackages().values()]
    .map(({ name, dir }) => ({ name, license: JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).license }))
    .filter((p) => !licenceAllowed(p.license));
  expect(refused).toEqual([]);
});

test("the notices list exactly the shipped packages (and the data the code derives from), at the shipped versions", () => {
  const expected = [...shippedPackages().values()].map(({ name, dir }) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    return `${name}@${pkg.version}`;
  });
  for (const name of DERIVED_FROM) {
    expected.push(`${name}@${JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version}`);
  }
  expect(notices.map((n) => `${n.name}@${n.version}`).sort()).toEqual([...new Set(expected)].sort());
});

test("each notice has its licence and a text, and the text file has a section per package", () => {
  for (const n of notices) {
    expect(licenceAllowed(n.license)).toBe(true);
    const section = noticesText.split(`==== ${n.name} ${n.version} (${n.license}) ====\n\n`)[1];
    expect(section).toBeDefined();
    expect(section.split("\n==== ")[0].trim().length).toBeGreaterThan(20);
  }
  expect(noticesText.match(/^==== /gm)).toHaveLength(notices.length);
});
