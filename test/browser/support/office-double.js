/*
 * A test double of Office.js for browser tests, served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It reports Excel as the host,
 * records CustomFunctions.associate calls in window.__atlas.associated, and records Excel.run
 * calls (window.__atlas.excelRuns, .syncs) with a fake workbook that accepts any Office.js call:
 * every property read gives another fake (or a scalar from `excelValues`), every call and
 * assignment is recorded in window.__atlas.excelCalls ({op: "call" | "set", path, args | value}).
 *
 * Settings, from an init script: window.__officeDoubleSettings = { displayLanguage, officeTheme,
 * excelValues: { address, formulas, ... } }. Handlers added to any `onSelectionChanged` are kept:
 * a test changes `window.__atlas.excelValues` (what the selected cell holds) and calls
 * `window.__atlas.fireSelectionChanged()`, as Excel does when the user selects another cell.
 */
(function () {
  var atlas = (window.__atlas = { associated: {}, associateTimes: {}, excelRuns: 0, syncs: 0, excelCalls: [], selectionHandlers: [] });
  atlas.fireSelectionChanged = function () {
    atlas.selectionHandlers.forEach(function (handler) {
      handler({ type: "SelectionChanged" });
    });
    return atlas.selectionHandlers.length;
  };
  var settings = window.__officeDoubleSettings || {};

  function ExcelError(code, message) {
    this.code = code;
    this.message = message || "";
  }
  ExcelError.prototype = Object.create(Error.prototype);

  window.CustomFunctions = {
    associate: function (id, fn) {
      atlas.associated[id] = fn;
      atlas.associateTimes[id] = performance.now();
    },
    Error: ExcelError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };

  var info = { host: "Excel", platform: "PC" };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    ThemeId: { Black: "Black", Colorful: "Colorful", DarkGray: "DarkGray", White: "White" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    context: {
      displayLanguage: settings.displayLanguage || "en-US",
      officeTheme: settings.officeTheme || {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#000000",
        themeId: 0,
      },
      requirements: {
        isSetSupported: function () {
          return true;
        },
      },
      // Document settings (Settings 1.1): kept in window.__atlas.documentSettings; saveAsync succeeds, as in Excel.
      document: {
        settings: (function () {
          var kept = (atlas.documentSettings = Object.assign({}, settings.documentSettings || {}));
          return {
            get: function (k) {
              return Object.prototype.hasOwnProperty.call(kept, k) ? kept[k] : null;
            },
            set: function (k, v) {
              kept[k] = v;
            },
            saveAsync: function (callback) {
              setTimeout(function () {
                if (callback) callback({ status: "succeeded" });
              }, 0);
            },
          };
        })(),
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
  };
  window.OfficeRuntime = {
    storage: (function () {
      // Items the runtime's storage starts with (settings.storage), e.g. a dataset saved in an earlier session.
      var items = (atlas.storage = Object.assign({}, settings.storage || {}));
      return {
        getItem: function (k) {
          return Promise.resolve(Object.prototype.hasOwnProperty.call(items, k) ? items[k] : null);
        },
        setItem: function (k, v) {
          items[k] = String(v);
          return Promise.resolve();
        },
        removeItem: function (k) {
          delete items[k];
          return Promise.resolve();
        },
      };
    })(),
  };
  // Scalars the fake workbook answers with; anything else read is another fake object.
  var values = Object.assign(
    {
      address: "Sheet1!B3",
      name: "Sheet1",
      items: [],
      isNullObject: false,
      hyperlink: null,
      rowIndex: 2,
      columnIndex: 1,
      rowCount: 1,
      columnCount: 1,
      formulas: [[""]],
      values: [[""]],
      numberFormat: [["General"]],
    },
    settings.excelValues || {},
  );
  atlas.excelValues = values;

  function plain(value) {
    return typeof value === "function" ? "[object]" : value;
  }

  function fake(path) {
    return new Proxy(function () {}, {
      get: function (_target, key) {
        if (typeof key === "symbol" || key === "then" || key === "toJSON") return undefined;
        if (Object.prototype.hasOwnProperty.call(values, key)) return values[key];
        return fake(path + "." + key);
      },
      set: function (_target, key, value) {
        atlas.excelCalls.push({ op: "set", path: path + "." + String(key), value: plain(value) });
        return true;
      },
      apply: function (_target, _this, args) {
        if (/\.onSelectionChanged\.add$/.test(path) && typeof args[0] === "function") atlas.selectionHandlers.push(args[0]);
        atlas.excelCalls.push({ op: "call", path: path, args: Array.prototype.map.call(args, plain) });
        return fake(path + "()");
      },
    });
  }

  window.Excel = window.__excelDouble || {
    run: function (batch) {
      atlas.excelRuns += 1;
      var context = {
        sync: function () {
          atlas.syncs += 1;
          return Promise.resolve();
        },
        workbook: fake("workbook"),
      };
      return Promise.resolve().then(function () {
        return batch(context);
      });
    },
  };
})();
