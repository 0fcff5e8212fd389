/**
 * The lint rules that keep STYLE.md's layers apart, and the engine floor's (es-x, compat), actually fire: the project's own
 * eslint.config.mjs, run by ESLint as `npm run lint` runs it, over a small project in a temporary
 * folder with one breach per file (and one clean file).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

const FILES: Record<string, string> = {
  "src/core/clean.ts": 'import { x } from "./x";\nexport const clean = (n: number): number => n + x;\n',
  "src/core/x.ts": "export const x = 1;\n",
  "src/core/cycle-a.ts": 'import { b } from "./cycle-b";\nexport const a = (): number => b() + 1;\n',
  "src/core/cycle-b.ts": 'import { a } from "./cycle-a";\nexport const b = (): number => (a ? 1 : 0);\n',
  "src/core/imports-data.ts": 'import { y } from "../data/y";\nexport const z = y;\n',
  "src/core/imports-react.ts": 'import { useState } from "react";\nexport const r = useState;\n',
  "src/core/evaluates.ts": 'export const e = eval("1");\n',
  "src/data/y.ts": "export const y = 2;\n",
  "src/core/rules/rule.ts": 'import { fold } from "../text/fold";\nexport const rule = fold;\n',
  "src/core/text/fold.ts": "export const fold = (s: string): string => s;\n",
  "src/core/text/imports-rules.ts": 'import { rule } from "../rules/rule";\nexport const t = rule;\n',
  "src/core/names/imports-sheets.ts": 'import { plan } from "../sheets/plan";\nexport const n = plan;\n',
  "src/core/sheets/plan.ts": 'import { rule } from "../rules/rule";\nexport const plan = rule;\n',
  "src/taskpane/views/explore/Explore.tsx":
    'import { Calc } from "../calculator/Calc";\nexport function Explore(): JSX.Element {\n  return <Calc />;\n}\n',
  "src/taskpane/views/calculator/Calc.tsx": "export function Calc(): JSX.Element {\n  return <div />;\n}\n",
  "src/taskpane/components/imports-view.tsx": 'import { Calc } from "../views/calculator/Calc";\nexport const c = Calc;\n',
  "src/data/imports-tools.ts": 'import { t } from "../../tools/data/t";\nexport const u = t;\n',
  "tools/data/t.ts": 'import { y } from "../../src/data/y";\nexport const t = y;\n',
  "tools/data/imports-excel.ts": 'import { w } from "../../src/excel/w";\nexport const v = w;\n',
  "src/excel/w.ts": "export const w = 3;\n",
  "src/data/imports-pane.ts": 'import { Panel } from "../taskpane/components/Panel";\nexport const p = Panel;\n',
  "src/taskpane/components/Panel.tsx": 'import { Row } from "./Row";\nexport function Panel(): JSX.Element {\n  return <Row />;\n}\n',
  "src/core/text/lookbehind.ts": 'export const r = new RegExp("(?<![\\\\d.])\\\\d+");\nexport const s = /(?<=a)b/;\n',
  "src/data/has-own.ts": 'export const h = (o: object): boolean => Object.hasOwn(o, "k");\n',
  "src/data/clone.ts": "export const c = (o: object): object => structuredClone(o);\n",
  "src/taskpane/components/Row.tsx":
    'import { Panel } from "./Panel";\nexport function Row(): JSX.Element {\n  return <div>{String(Panel.name)}</div>;\n}\n',
};

type Result = { filePath: string; messages: { ruleId: string | null }[] };
let byFile: Record<string, (string | null)[]>;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-lint-"));
  fs.copyFileSync(path.join(ROOT, "eslint.config.mjs"), path.join(dir, "eslint.config.mjs"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  const { browserslist } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { browserslist: string[] };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "lint-fixture", private: true, browserslist })); // the engine floor
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", "src", "tools"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit code 1: problems found
  }
  const results = JSON.parse(out) as Result[];
  byFile = Object.fromEntries(results.map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => m.ruleId)]));
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("every file was linted, and a clean one passes", () => {
  expect(Object.keys(byFile).sort()).toEqual(Object.keys(FILES).sort());
  expect(byFile["src/core/clean.ts"]).toEqual([]);
  expect(byFile["tools/data/t.ts"]).toEqual([]); // the tools may use data (and core)
  expect(byFile["src/core/rules/rule.ts"]).toEqual([]); // a room may import the rooms below it
  expect(byFile["src/core/sheets/plan.ts"]).toEqual([]);
});

test.each([
  ["a cycle among core files", "src/core/cycle-a.ts", "import/no-cycle"],
  ["a cycle among pane components", "src/taskpane/components/Panel.tsx", "import/no-cycle"],
  ["core importing data", "src/core/imports-data.ts", "import/no-restricted-paths"],
  ["data importing the pane", "src/data/imports-pane.ts", "import/no-restricted-paths"],
  ["the add-in importing the data tools", "src/data/imports-tools.ts", "import/no-restricted-paths"],
  ["the data tools importing Excel code", "tools/data/imports-excel.ts", "import/no-restricted-paths"],
  ["core importing React", "src/core/imports-react.ts", "no-restricted-imports"],
  ["core's text room importing the rules room above it", "src/core/text/imports-rules.ts", "import/no-restricted-paths"],
  ["core's names room importing the sheets room above it", "src/core/names/imports-sheets.ts", "import/no-restricted-paths"],
  ["a pane view importing another view", "src/taskpane/views/explore/Explore.tsx", "import/no-restricted-paths"],
  ["a shared pane component importing a view", "src/taskpane/components/imports-view.tsx", "import/no-restricted-paths"],
  ["eval", "src/core/evaluates.ts", "no-eval"],
  ["a lookbehind regex (Safari 16.4; the engine floor is 14.1)", "src/core/text/lookbehind.ts", "es-x/no-regexp-lookbehind-assertions"],
  ["Object.hasOwn (Safari 15.4)", "src/data/has-own.ts", "es-x/no-object-hasown"],
  ["structuredClone (Safari 15.4)", "src/data/clone.ts", "compat/compat"],
])("%s is refused", (_what, file, rule) => {
  expect(byFile[file]).toContain(rule);
});
