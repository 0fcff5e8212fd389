/**
 * The core and data layers are pure: they load and work with `Office`, `Excel`, `React`,
 * `CustomFunctions` and `fetch` absent (any touch of them throws here), and their source files
 * import nothing but zod and each other (data may also use core).
 */
import * as fs from "fs";
import * as path from "path";

const FORBIDDEN = ["Office", "Excel", "React", "CustomFunctions", "OfficeRuntime", "fetch"] as const;
const SRC = path.join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [
    ...text.matchAll(/(?:import|export)[^"';]*from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe("core and data load and run without Office, Excel, React or fetch", () => {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const touched: string[] = [];

  beforeAll(() => {
    for (const name of FORBIDDEN) {
      saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          throw new Error(`${name} touched by a pure layer`);
        },
      });
    }
  });

  afterAll(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  });

  test("every module of src/core and src/data loads and answers a question", () => {
    jest.isolateModules(() => {
      for (const file of [...sourceFiles(path.join(SRC, "core")), ...sourceFiles(path.join(SRC, "data"))]) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(file);
      }
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { currentAtlas } = require(path.join(SRC, "data", "store"));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { aisubsidy } = require(path.join(SRC, "core", "api", "formulas"));
      expect(aisubsidy(currentAtlas(), "成都高新区", "model", 200000000)).toBe(30000000);
    });
    expect(touched).toEqual([]);
  });
});

describe("imports follow the dependency rule", () => {
  test("core imports only zod and core", () => {
    const core = path.join(SRC, "core");
    for (const file of sourceFiles(core)) {
      for (const spec of importsOf(file)) {
        const within = !path.relative(core, path.resolve(path.dirname(file), spec)).startsWith("..");
        const ok = (spec.startsWith(".") && within) || spec.startsWith("zod/");
        expect([path.relative(SRC, file), spec, ok]).toEqual([path.relative(SRC, file), spec, true]);
      }
    }
  });

  test("data imports only zod, the audited hashes, core, data and the bundled seeds file", () => {
    for (const file of sourceFiles(path.join(SRC, "data"))) {
      for (const spec of importsOf(file)) {
        const ok =
          spec.startsWith("zod/") ||
          spec.startsWith("@noble/hashes/") ||
          spec.startsWith("./") ||
          spec.startsWith("../core/") ||
          spec === "../../seeds/atlas-dataset.json";
        expect([path.relative(SRC, file), spec, ok]).toEqual([path.relative(SRC, file), spec, true]);
      }
    }
  });
});
