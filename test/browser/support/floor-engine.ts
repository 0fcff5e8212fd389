/**
 * An engine at the floor's gaps, for jsdom windows (test/browser/old-engine*.test.ts): a script that
 * replaces RegExp with one rejecting what Safari 14.1 rejects (lookbehind, the d and v flags), removes
 * the APIs the floor lacks, and installs a CustomFunctions double recording associate() in
 * window.__associated (the page's own preview shim replaces it when `CustomFunctions` is deleted).
 */
/** What the floor lacks, removed from the window before the bundle runs. */
export const REMOVED = [
  "Object.hasOwn",
  "Object.groupBy",
  "structuredClone",
  "CompressionStream",
  "DecompressionStream",
  "Array.prototype.at",
  "String.prototype.at",
  "Array.prototype.findLast",
  "Array.prototype.findLastIndex",
  "Array.prototype.toSorted",
  "Promise.withResolvers",
  "AbortSignal.timeout",
];

export const FLOOR_ENGINE = `
  (function () {
    var NativeRegExp = RegExp;
    function FloorRegExp(pattern, flags) {
      var source = pattern instanceof NativeRegExp ? pattern.source : String(pattern);
      var f = flags === undefined ? (pattern instanceof NativeRegExp ? pattern.flags : "") : String(flags);
      if (/\\(\\?<[=!]/.test(source)) throw new SyntaxError("Invalid regular expression: invalid group specifier name");
      if (/[dv]/.test(f)) throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + f + "'");
      return new NativeRegExp(pattern, flags);
    }
    FloorRegExp.prototype = NativeRegExp.prototype;
    window.RegExp = FloorRegExp;
    ${JSON.stringify(REMOVED)}.forEach(function (name) {
      var parts = name.split("."), owner = window;
      for (var i = 0; i < parts.length - 1; i++) owner = owner[parts[i]];
      if (owner) delete owner[parts[parts.length - 1]];
    });
    function ExcelError(code, message) { var e = new Error(message || ""); e.code = code; Object.setPrototypeOf(e, ExcelError.prototype); return e; }
    ExcelError.prototype = Object.create(Error.prototype);
    window.__ExcelError = ExcelError;
    window.__associated = new Map();
    window.CustomFunctions = {
      associate: function (id, fn) { window.__associated.set(id, fn); },
      Error: ExcelError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
        nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    };
  })();
`;
