/**
 * The build's licence check (scripts/licences.cjs): only MIT/Apache/BSD-style packages may ship.
 * The policy on SPDX expressions, and real webpack builds of small projects with fixture packages:
 * an allowed set passes (also when webpack concatenates the modules) and writes the notices; a
 * GPL package or one without a licence fails the build.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { licenceAllowed, licencePlugin, NOTICES_FILE, NOTICES_JSON } = require("../../scripts/licences.cjs");

test.each([
  ["MIT", true],
  ["Apache-2.0", true],
  ["BSD-3-Clause", true],
  ["0BSD", true],
  ["MIT AND Apache-2.0", true],
  ["(MIT OR GPL-3.0-only)", true],
  ["GPL-3.0-only", false],
  ["LGPL-2.1-or-later", false],
  ["AGPL-3.0-only", false],
  ["MPL-2.0", false],
  ["MIT AND GPL-3.0-only", false],
  ["UNLICENSED", false],
  ["SEE LICENSE IN LICENSE.txt", false],
  ["", false],
  [undefined, false],
])("licence %p allowed: %p", (expression, allowed) => {
  expect(licenceAllowed(expression)).toBe(allowed);
});

type Pkg = { name: string; license?: string; esm?: boolean; files?: Record<string, string> };

/** A project in a temporary folder: node_modules with the given packages and an entry importing `imports`. */
function project(packages: Pkg[], imports: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-licences-"));
  for (const p of packages) {
    const dir = path.join(root, "node_modules", p.name);
    fs.mkdirSync(dir, { recursive: true });
    const pkg = {
      name: p.name,
      version: "1.0.0",
      main: "index.js",
      ...(p.license ? { license: p.license } : {}),
      ...(p.esm ? { type: "module", sideEffects: false } : {}),
    };
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg));
    const body = p.esm ? `export const ${p.name.replace(/\W/g, "_")} = "${p.name}";\n` : `module.exports = "${p.name}";\n`;
    fs.writeFileSync(path.join(dir, "index.js"), body);
    for (const [file, text] of Object.entries(p.files ?? {})) fs.writeFileSync(path.join(dir, file), text);
  }
  fs.mkdirSync(path.join(root, "src"));
  const entry = imports.map((name, i) => `import * as m${i} from "${name}";\nconsole.log(m${i});`).join("\n");
  fs.writeFileSync(path.join(root, "src", "index.js"), entry);
  return root;
}

function build(root: string, derivedFrom: string[] = []): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "production",
        context: root,
        entry: "./src/index.js",
        output: { path: path.join(root, "dist") },
        optimization: { minimize: false, concatenateModules: true },
        plugins: [licencePlugin({ root, derivedFrom })],
      },
      (error, stats) => (error || !stats ? reject(error) : resolve(stats)),
    );
  });
}

const MIT_TEXT = "MIT License\n\nCopyright (c) fixture authors\n";
const packages: Pkg[] = [
  { name: "mit-lib", license: "MIT", files: { LICENSE: MIT_TEXT } },
  { name: "esm-lib", license: "BSD-2-Clause", esm: true, files: { "LICENSE.md": "BSD 2-Clause fixture text\n" } },
  { name: "dual-lib", license: "(MIT OR GPL-3.0-only)" },
  {
    name: "derived-lib",
    license: "MIT AND Apache-2.0",
    files: { LICENSE: MIT_TEXT, "THIRD_PARTY_LICENSES.md": "data under Apache-2.0\n" },
  },
  { name: "gpl-lib", license: "GPL-3.0-only", files: { COPYING: "GNU GPL fixture\n" } },
  { name: "bare-lib" },
];

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

test("a build of allowed packages passes and writes every package's notice, concatenated ESM and derived data included", async () => {
  const root = project(packages, ["mit-lib", "esm-lib", "dual-lib"]);
  roots.push(root);
  const stats = await build(root, ["derived-lib"]);
  expect(stats.compilation.errors.map(String)).toEqual([]);
  const concatenated = stats.toJson({ modules: true, nestedModules: true }).modules?.find((m) => (m.modules?.length ?? 0) > 1);
  expect(concatenated?.modules?.map((m) => m.name)).toEqual(expect.arrayContaining([expect.stringContaining("esm-lib")]));
  const json = JSON.parse(fs.readFileSync(path.join(root, "dist", NOTICES_JSON), "utf8"));
  expect(json.map((p: { name: string; license: string }) => `${p.name} ${p.license}`).sort()).toEqual([
    "derived-lib MIT AND Apache-2.0",
    "dual-lib (MIT OR GPL-3.0-only)",
    "esm-lib BSD-2-Clause",
    "mit-lib MIT",
  ]);
  const text = fs.readFileSync(path.join(root, "dist", NOTICES_FILE), "utf8");
  expect(text).toContain(`==== mit-lib 1.0.0 (MIT) ====\n\n${MIT_TEXT}`);
  expect(text).toContain("==== esm-lib 1.0.0 (BSD-2-Clause) ====\n\nBSD 2-Clause fixture text");
  expect(text).toMatch(/==== derived-lib 1\.0\.0 \(MIT AND Apache-2\.0\) ====\n\nMIT License[\s\S]*data under Apache-2\.0/);
  expect(text).toMatch(
    /==== dual-lib 1\.0\.0 \(\(MIT OR GPL-3\.0-only\)\) ====\n\nLicence: \(MIT OR GPL-3\.0-only\), as declared in the package's package\.json; the package ships no licence file\./,
  );
  expect(text).not.toContain("gpl-lib");
}, 60_000);

test.each([
  ["a GPL package", "gpl-lib", 'Found unacceptable license "GPL-3.0-only" for gpl-lib@1.0.0'],
  ["a package without a licence", "bare-lib", "Could not find license info for bare-lib@1.0.0"],
])(
  "%s fails the build",
  async (_what, name, message) => {
    const root = project(packages, ["mit-lib", name]);
    roots.push(root);
    const stats = await build(root);
    expect(stats.hasErrors()).toBe(true);
    expect(stats.compilation.errors.map((e) => e.message).join("\n")).toContain(message);
  },
  60_000,
);
