/*
 * A test double of Office.js for browser tests, served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It reports Excel as the host,
 * records CustomFunctions.associate calls in window.__atlas.associated, and records Excel.run
 * calls (window.__atlas.excelRuns) with a minimal context whose sync() resolves.
 */
(function () {
  var atlas = (window.__atlas = { associated: {}, associateTimes: {}, excelRuns: 0, syncs: 0 });
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
    },
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
      var items = {};
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
  window.Excel = window.__excelDouble || {
    run: function (batch) {
      atlas.excelRuns += 1;
      var context = {
        sync: function () {
          atlas.syncs += 1;
          return Promise.resolve();
        },
        workbook: {},
      };
      return Promise.resolve(batch(context));
    },
  };
})();
