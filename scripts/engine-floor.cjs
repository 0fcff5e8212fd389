/**
 * The engine floor (PRODUCT.md §11) as one set of facts, read by the checks on the built bundles
 * (test/browser/engine-floor.test.ts), the old-engine simulation (test/browser/old-engine.test.ts)
 * and the README test: the browserslist in package.json (which also drives Babel's preset-env in
 * webpack.config.js and eslint-plugin-compat in eslint.config.mjs), the ECMAScript syntax every
 * engine of the floor parses, and what the floor lacks that a bundle may only use behind a guard.
 *
 * `findFloorViolations(code)` parses one bundle with acorn and lists what an engine at the floor
 * would reject: syntax it cannot parse, regular expressions it cannot compile (lookbehind, the
 * `d` and `v` flags, in literals and in strings given to `new RegExp`), and APIs it lacks, used
 * where the bundle has no `typeof` guard for them.
 */
const acorn = require("acorn");
const walk = require("acorn-walk");

/** package.json's browserslist: the floor. */
const FLOOR = require("../package.json").browserslist;

/** Safari 14.1 (the lowest of the floor) parses ES2021 and, of ES2022's classes, public and private fields only. */
const ECMA_VERSION = 2022;

/** What Safari 14.1 (the floor's lowest) lacks: name → the first Safari with it. Firefox 115 and Chromium 109 have all but CompressionStream-free ones noted. */
const MISSING_GLOBALS = {
  structuredClone: "Safari 15.4",
  CompressionStream: "Safari 16.4, Firefox 113",
  DecompressionStream: "Safari 16.4, Firefox 113",
  BroadcastChannel: "Safari 15.4",
};
const MISSING_STATICS = {
  "Object.hasOwn": "Safari 15.4",
  "Object.groupBy": "Safari 17.4, Chromium 117, Firefox 119",
  "Map.groupBy": "Safari 17.4, Chromium 117, Firefox 119",
  "Promise.withResolvers": "Safari 17.4, Chromium 119, Firefox 121",
  "Array.fromAsync": "Safari 16.4, Chromium 121",
  "AbortSignal.timeout": "Safari 16",
  "AbortSignal.any": "Safari 17.4, Chromium 116, Firefox 124",
  "Intl.Segmenter": "Safari 14.1 lacks it (15.4), Firefox 125",
};
/** Methods called as `x.name(…)`: the floor lacks Array/String/TypedArray `at` (Safari 15.4) and the ES2023 copies. */
const MISSING_METHODS = {
  at: "Safari 15.4",
  findLast: "Safari 15.4",
  findLastIndex: "Safari 15.4",
  toSorted: "Safari 16, Chromium 110, Firefox 115",
  toReversed: "Safari 16, Chromium 110",
  toSpliced: "Safari 16, Chromium 110",
  isWellFormed: "Safari 16.4, Chromium 111, Firefox 119",
};

const LOOKBEHIND = /\(\?<[=!]/;

/** The regular-expression features above the floor in one pattern and its flags. */
function regexProblems(pattern, flags) {
  const problems = [];
  if (LOOKBEHIND.test(pattern)) problems.push("lookbehind (Safari 16.4)");
  if (flags.includes("d")) problems.push("the d flag (Safari 15)");
  if (flags.includes("v")) problems.push("the v flag (Safari 17, Chromium 112, Firefox 116)");
  return problems;
}

/** Every way a bundle falls below the floor, as "kind: detail" strings (empty when it is at the floor). */
function findFloorViolations(code) {
  let ast;
  try {
    ast = acorn.parse(code, { ecmaVersion: ECMA_VERSION, sourceType: "script" });
  } catch (error) {
    return [`syntax: ${error.message}`];
  }
  const found = [];
  // A guard: `typeof X`, `typeof scope.X` or `typeof Object.hasOwn` somewhere in the bundle.
  const guarded = (name) => new RegExp(`typeof (?:[\\w$]+\\??\\.)?${name.split(".").pop()}\\b`).test(code);
  const memberName = (node) =>
    node.type === "MemberExpression" && !node.computed && node.object.type === "Identifier" && node.property.type === "Identifier"
      ? `${node.object.name}.${node.property.name}`
      : undefined;
  walk.full(ast, (node) => {
    if (node.type === "StaticBlock") found.push("syntax: a class static block (Safari 16.4)");
    if (node.type === "MethodDefinition" && node.key.type === "PrivateIdentifier") found.push("syntax: a private method (Safari 15)");
    if (node.type === "BinaryExpression" && node.left.type === "PrivateIdentifier") found.push("syntax: `#x in obj` (Safari 15)");
    if (node.type === "Literal" && node.regex) {
      for (const p of regexProblems(node.regex.pattern, node.regex.flags))
        found.push(`regex: /${node.regex.pattern.slice(0, 60)}/ uses ${p}`);
    }
    const text =
      node.type === "Literal" && typeof node.value === "string"
        ? node.value
        : node.type === "TemplateElement"
          ? node.value.cooked
          : undefined;
    if (text && LOOKBEHIND.test(text))
      found.push(`regex: the string "${text.slice(0, 60)}" (for new RegExp) uses lookbehind (Safari 16.4)`);
    if (node.type === "Identifier" && MISSING_GLOBALS[node.name] && !guarded(node.name)) {
      found.push(`api: ${node.name} (${MISSING_GLOBALS[node.name]}) unguarded`);
    }
    const member = memberName(node);
    if (member && MISSING_STATICS[member] && !guarded(member)) found.push(`api: ${member} (${MISSING_STATICS[member]}) unguarded`);
    if (node.type === "CallExpression" && node.callee.type === "MemberExpression" && !node.callee.computed) {
      const name = node.callee.property.name;
      // tabster has its own findLast({ container }): Array's takes a function.
      const arrayLike = !/^findLast/.test(name) || /Function/.test(node.arguments[0]?.type ?? "");
      if (Object.prototype.hasOwnProperty.call(MISSING_METHODS, name) && arrayLike)
        found.push(`api: .${name}() (${MISSING_METHODS[name]})`);
    }
  });
  return [...new Set(found)];
}

module.exports = { ECMA_VERSION, FLOOR, MISSING_GLOBALS, MISSING_METHODS, MISSING_STATICS, findFloorViolations, regexProblems };
