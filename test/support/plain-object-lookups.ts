/**
 * Finds lookups that go through a plain object with a key of type string (what user input is):
 * `table[key]` or `key in table`. Such a lookup answers "constructor", "toString" or "__proto__"
 * with what Object.prototype holds (`=CN.AIREGIONS("constructor")` spilled undefined cells). Keys
 * typed as a union of literals are fine (the type checker proves they are ours); arrays, strings
 * and typed arrays are indexed by number; a lookup inside an own-property check
 * (`Object.hasOwn`, `hasOwnProperty.call`) is guarded.
 */
import * as path from "path";
import ts from "typescript";

/** One unguarded lookup: where (an absolute path), and the expression. */
export interface PlainObjectLookup {
  file: string;
  line: number;
  text: string;
}

const WIDE_KEY = ts.TypeFlags.String | ts.TypeFlags.Any | ts.TypeFlags.Unknown;

function isWideKey(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.some(isWideKey);
  return (type.flags & WIDE_KEY) !== 0;
}

function isIndexedByNumber(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (checker.isArrayType(type) || checker.isTupleType(type)) return true;
  if (type.flags & ts.TypeFlags.StringLike) return true;
  const name = type.getSymbol()?.getName() ?? "";
  return /^(ReadonlyArray|Array|[A-Z][a-z0-9]*Array)$/.test(name);
}

const OWN_CHECK = /\bhasOwn(Property)?\b/;

/**
 * Whether an own-property check comes first: an enclosing condition (`hasOwn(o, k) ? o[k] : …`,
 * `if (hasOwn(o, k)) …`) or an earlier `if` in the same block (`if (!hasOwn(o, k)) return;`).
 */
function isGuarded(node: ts.Node): boolean {
  for (let n: ts.Node = node; n.parent && !ts.isSourceFile(n.parent); n = n.parent) {
    const parent = n.parent;
    const test = ts.isConditionalExpression(parent) ? parent.condition : ts.isIfStatement(parent) ? parent.expression : undefined;
    if (test && test !== n && OWN_CHECK.test(test.getText())) return true;
    if (ts.isBlock(parent)) {
      const earlier = parent.statements.slice(0, parent.statements.indexOf(n as ts.Statement));
      if (earlier.some((s) => ts.isIfStatement(s) && OWN_CHECK.test(s.expression.getText()))) return true;
    }
    if (ts.isFunctionLike(parent)) break;
  }
  return false;
}

/** Every unguarded plain-object lookup with a string key in the given files. */
export function findPlainObjectLookups(files: readonly string[], options: ts.CompilerOptions): PlainObjectLookup[] {
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const found: PlainObjectLookup[] = [];
  const wanted = new Set(files.map((f) => path.resolve(f)));
  for (const sourceFile of program.getSourceFiles()) {
    if (!wanted.has(path.resolve(sourceFile.fileName))) continue;
    const report = (node: ts.Node): void => {
      const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
      found.push({ file: path.resolve(sourceFile.fileName), line: line + 1, text: node.getText().slice(0, 100) });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isElementAccessExpression(node)) {
        const key = checker.getTypeAtLocation(node.argumentExpression);
        const target = checker.getTypeAtLocation(node.expression);
        if (isWideKey(key) && !isIndexedByNumber(checker, target) && !isGuarded(node)) report(node);
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) {
        if (!ts.isStringLiteral(node.left) && isWideKey(checker.getTypeAtLocation(node.left)) && !isGuarded(node)) report(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

/** The compiler options of the project's tsconfig.json. */
export function projectCompilerOptions(root: string): ts.CompilerOptions {
  const file = path.join(root, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(file, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`cannot read ${file}`);
  return parsed.options;
}
