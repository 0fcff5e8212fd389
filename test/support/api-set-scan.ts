/**
 * Finds every Office.js member the code uses (Excel.*, Office.*, OfficeRuntime.*,
 * CustomFunctions.*) with the TypeScript compiler API, reads its requirement set from the
 * `[Api set: …]` tag of its declaration in @types/office-js (or custom-functions-runtime,
 * office-runtime), and reports each use that lies neither within the manifest's declared sets nor
 * inside a guard for its set. The guard convention (src/excel/api-sets.ts):
 *
 * - a call `requireApiSet("ExcelApi", "1.12", …)` as a statement of an enclosing function, before
 *   the use; or
 * - the use inside the then-branch of `if (isApiSetSupported("ExcelApi", "1.12"))` (or of
 *   `Office.context.requirements.isSetSupported("ExcelApi", "1.12")`).
 *
 * A guard for a version covers every lower one. Members reached through `globalThis` with a
 * local type (`(globalThis as { OfficeRuntime?: { storage?: … } }).OfficeRuntime`) are looked
 * up by their path in the typings, so typing a global by hand does not hide it.
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import { compareVersions } from "./requirement-versions";

/** A requirement set and its minimum version. */
export interface ApiSet {
  name: string;
  version: string;
}

/** One use of an Office.js member. */
export interface ApiUse {
  /** `Excel.Range.getSpillingToRange`, as declared. */
  member: string;
  /** Where: `src/excel/cn-formulas.ts:120`. */
  at: string;
  /** The alternatives the tag names (any one suffices); empty when the member has no tag. */
  sets: ApiSet[];
  /** Whether the use is covered, and how. */
  covered: "declared" | "guarded" | "untagged" | false;
}

/**
 * Where the typings' tag contradicts Microsoft's requirement-set documentation, with the evidence
 * (docs/excel-verification.md repeats it). Custom functions requirement sets, "Requirement set
 * history": "1.2 adds the CustomFunctions.Error object to support error handling"; "1.3 adds …
 * new ErrorCode options". The two codes a 1.2 Error can carry (#VALUE!, #N/A: the only ones whose
 * message Excel shows) are tagged 1.3 in @types/custom-functions-runtime with the five added later.
 */
export const TAG_ERRATA: ReadonlyMap<string, ApiSet> = new Map([
  ["CustomFunctions.ErrorCode.invalidValue", { name: "CustomFunctionsRuntime", version: "1.2" }],
  ["CustomFunctions.ErrorCode.notAvailable", { name: "CustomFunctionsRuntime", version: "1.2" }],
]);

const TYPINGS = /node_modules\/@types\/(office-js|custom-functions-runtime|office-runtime)\//;
const NAMESPACES = new Set(["Excel", "Office", "OfficeRuntime", "CustomFunctions", "OfficeExtension"]);

/** The `<Set Name MinVersion>` elements of a manifest. */
export function declaredSets(manifestXml: string): ApiSet[] {
  return [...manifestXml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)].map((m) => ({ name: m[1], version: m[2] }));
}

/**
 * Parses an `[Api set: …]` tag: "ExcelApi 1.12"; "SharedRuntime 1.1, Mailbox 1.10" (either);
 * "ExcelApi 1.1 for getting the name; 1.4 for setting it." (by access).
 */
export function parseApiSetTag(tag: string, write: boolean): ApiSet[] {
  const split = /^(\w+) (\d+(?:\.\d+)*) for getting[^;]*; (\d+(?:\.\d+)*) for setting/.exec(tag.trim());
  if (split) return [{ name: split[1], version: write ? split[3] : split[2] }];
  return tag
    .split(",")
    .map((alt) => /^\s*(\w+)(?: (\d+(?:\.\d+)*))?/.exec(alt))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1], version: m[2] ?? "1.1" }));
}

/**
 * The requirement set text in a declaration's doc comment, if any: `[Api set: ExcelApi 1.12]`
 * (Excel, custom functions, OfficeRuntime) or `**Requirement set**: {@link … | SharedRuntime 1.2}`
 * (the Office common API). "Not in a set" counts as none.
 */
function apiSetTag(node: ts.Node): string | undefined {
  // A `const x: T;` carries its doc comment on the statement, not the declaration.
  const declaration = ts.isVariableDeclaration(node) && ts.isVariableStatement(node.parent.parent) ? node.parent.parent : node;
  const source = declaration.getSourceFile();
  const comment = source.text.slice(declaration.getFullStart(), declaration.getStart(source));
  const tag =
    /\[Api set: ([^\]]+)\]/.exec(comment)?.[1] ?? /\*\*Requirement set\*\*: (?:\{@link [^|]*\|\s*)?([^}\n]+)\}?/.exec(comment)?.[1]?.trim();
  return tag === "Not in a set" ? undefined : tag;
}

/** A member's own tag, else its type's (`const storage: Storage` is tagged on `interface Storage`). */
function memberTag(declaration: ts.Declaration, checker: ts.TypeChecker): string | undefined {
  const own = apiSetTag(declaration);
  if (own || !(ts.isVariableDeclaration(declaration) || ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration))) {
    return own;
  }
  const typeDeclaration = checker.getTypeAtLocation(declaration).getSymbol()?.declarations?.[0];
  return typeDeclaration && TYPINGS.test(typeDeclaration.getSourceFile().fileName) ? apiSetTag(typeDeclaration) : undefined;
}

function declarationName(declaration: ts.Declaration): string {
  const parts: string[] = [];
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    const name = (node as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
  }
  return parts.join(".");
}

function isWrite(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

/**
 * The set and version a guard call names, when `node` is `requireApiSet(name, version, …)` or an
 * isSetSupported check. The arguments are string literals or constants of a literal type
 * (`FEATURE_API_SETS.convertToValues.version`, declared `as const`).
 */
function guardOf(node: ts.Node, names: ReadonlySet<string>, checker: ts.TypeChecker): ApiSet | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const callee = ts.isPropertyAccessExpression(node.expression)
    ? node.expression.name.text
    : ts.isIdentifier(node.expression)
      ? node.expression.text
      : "";
  if (!names.has(callee)) return undefined;
  const literal = (arg: ts.Expression | undefined): string | undefined => {
    if (!arg) return undefined;
    if (ts.isStringLiteralLike(arg)) return arg.text;
    const type = checker.getTypeAtLocation(arg);
    return type.isStringLiteral() ? type.value : undefined;
  };
  const name = literal(node.arguments[0]);
  const version = literal(node.arguments[1]);
  return name && version ? { name, version } : undefined;
}

function satisfies(have: ApiSet[], need: ApiSet): boolean {
  return have.some((h) => h.name === need.name && compareVersions(need.version, h.version) <= 0);
}

/** The guards in force at `node`: requireApiSet statements earlier in enclosing functions, and enclosing `if` checks. */
function guardsAt(node: ts.Node, checker: ts.TypeChecker): ApiSet[] {
  const guards: ApiSet[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isBlock(parent) && parent.parent && ts.isFunctionLike(parent.parent)) {
      for (const statement of parent.statements) {
        if (statement.pos >= child.pos) break;
        if (ts.isExpressionStatement(statement)) {
          const guard = guardOf(statement.expression, new Set(["requireApiSet"]), checker);
          if (guard) guards.push(guard);
        }
      }
    }
    if (ts.isIfStatement(parent) && parent.thenStatement === child) {
      const visit = (n: ts.Node): void => {
        const guard = guardOf(n, new Set(["isApiSetSupported", "isSetSupported"]), checker);
        if (guard) guards.push(guard);
        ts.forEachChild(n, visit);
      };
      visit(parent.expression);
    }
  }
  return guards;
}

/** The Office typings' declaration at a dotted path (`OfficeRuntime.storage`), for hand-typed globals. */
function declarationAtPath(checker: ts.TypeChecker, anchor: ts.Node, dotted: string[]): ts.Declaration | undefined {
  const [head, ...rest] = dotted;
  let symbol = checker
    .getSymbolsInScope(anchor, ts.SymbolFlags.Namespace | ts.SymbolFlags.Variable)
    .find((s) => s.name === head && s.declarations?.some((d) => TYPINGS.test(d.getSourceFile().fileName)));
  for (const name of rest) {
    if (!symbol) return undefined;
    const exports = symbol.flags & ts.SymbolFlags.Namespace ? checker.getExportsOfModule(symbol) : [];
    symbol = exports.find((s) => s.name === name) ?? checker.getTypeOfSymbolAtLocation(symbol, anchor).getProperty(name) ?? undefined;
  }
  return symbol?.declarations?.[0];
}

/** The property paths of a hand-written type for an Office global: `{ storage?: { getItem(): … } }` → [["storage"], ["storage","getItem"]]. */
function typeLiteralPaths(type: ts.TypeNode, prefix: string[]): string[][] {
  const paths: string[][] = [];
  if (!ts.isTypeLiteralNode(type)) return paths;
  for (const member of type.members) {
    if (!member.name || !ts.isIdentifier(member.name)) continue;
    const here = [...prefix, member.name.text];
    paths.push(here);
    if (ts.isPropertySignature(member) && member.type) paths.push(...typeLiteralPaths(member.type, here));
  }
  return paths;
}

/** Scans the files (all .ts/.tsx under `roots`) and returns every Office.js member use with its coverage. */
export function scanApiUses(files: string[], declared: ApiSet[], projectRoot: string): ApiUse[] {
  // Only files that can reach Office (and the guard module) need a look; noResolve keeps React and
  // Fluent UI's typings out of the program, which is most of the time saved.
  const mentionsOffice = /\b(Excel|Office|OfficeRuntime|CustomFunctions|globalThis)\b/;
  const roots = files.filter((f) => mentionsOffice.test(fs.readFileSync(f, "utf8")) || f.endsWith(path.join("excel", "api-sets.ts")));
  const program = ts.createProgram(roots, {
    noResolve: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    types: ["office-js", "custom-functions-runtime", "office-runtime"],
    typeRoots: [path.join(projectRoot, "node_modules", "@types")],
  });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const record = (node: ts.Node, declaration: ts.Declaration, write: boolean): void => {
    const source = node.getSourceFile();
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const member = declarationName(declaration);
    const tag = memberTag(declaration, checker);
    const erratum = TAG_ERRATA.get(member);
    const sets = erratum ? [erratum] : tag ? parseApiSetTag(tag, write) : [];
    const guards = guardsAt(node, checker);
    let covered: ApiUse["covered"] = false;
    if (sets.length === 0) covered = "untagged";
    else if (sets.some((s) => satisfies(declared, s))) covered = "declared";
    else if (sets.some((s) => satisfies(guards, s))) covered = "guarded";
    uses.push({ member, at: `${path.relative(projectRoot, source.fileName)}:${line}`, sets, covered });
  };

  for (const file of roots) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`Not in the program: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
        const declaration =
          (call && checker.getResolvedSignature(call)?.declaration) || checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        if (declaration && !ts.isJSDocSignature(declaration) && TYPINGS.test(declaration.getSourceFile().fileName)) {
          record(node, declaration as ts.Declaration, isWrite(node));
        }
      }
      // (globalThis as { OfficeRuntime?: { storage?: … } }).OfficeRuntime: check the hand-typed members against the typings.
      if (ts.isAsExpression(node) && ts.isTypeLiteralNode(node.type)) {
        for (const member of node.type.members) {
          if (!member.name || !ts.isIdentifier(member.name) || !NAMESPACES.has(member.name.text)) continue;
          const type = ts.isPropertySignature(member) ? member.type : undefined;
          for (const dotted of type ? typeLiteralPaths(type, [member.name.text]) : []) {
            const declaration = declarationAtPath(checker, node, dotted);
            if (declaration) record(node, declaration, false);
            else
              uses.push({
                member: dotted.join("."),
                at: `${path.relative(projectRoot, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`,
                sets: [{ name: "unknown member", version: "0" }],
                covered: false,
              });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
