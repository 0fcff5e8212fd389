/*
 * The page's first script, in ES5 so that every engine runs it, Internet Explorer 11 included
 * (copied to dist/ as is, not bundled; test/browser/engine-floor.test.ts parses it at ECMAScript 5).
 * It turns "Loading…" into a message in English and Chinese, and never leaves it endless, when:
 *   - the engine is below the floor (package.json browserslist: Chromium 109, Safari 14.1,
 *     Firefox ESR 115; WeakRef, Promise.any and String.prototype.replaceAll mark Safari 14.1's ES2021),
 *     or one of our bundles does not parse;
 *   - office.js does not load inside Office (in a plain browser the pane runs as the preview instead),
 *     or one of our scripts or chunks does not load;
 *   - nothing has rendered after a minute.
 * Once the pane has rendered (html[data-pane-ready]) it stays out of the way.
 */
(function () {
  var root = document.documentElement;
  var TEXT = {
    engine: [
      "AI Policy Atlas cannot run here: this version of Excel shows add-ins in a browser engine that is too old. " +
        "On Windows, update Microsoft 365 (Version 2108 or later) and install the Microsoft Edge WebView2 Runtime; " +
        "on a Mac, update macOS so that Safari is 14.1 or later; on the web, use a current Edge, Chrome, Firefox or Safari. " +
        "The CN functions will not work in this Excel until then.",
      "AI 政策图谱无法在此运行：此版本 Excel 用来显示加载项的浏览器引擎过旧。" +
        "Windows：请将 Microsoft 365 更新到版本 2108 或更高，并安装 Microsoft Edge WebView2 运行时；" +
        "Mac：请更新 macOS，使 Safari 为 14.1 或更高版本；网页版：请使用最新的 Edge、Chrome、Firefox 或 Safari。" +
        "在此之前，CN 函数在此 Excel 中无法使用。",
    ],
    load: [
      "AI Policy Atlas could not load part of itself (%s). Check the network connection or ask IT whether " +
        "appsforoffice.microsoft.com and the add-in's host are blocked, then close and reopen the pane. " +
        "The CN functions will not work until it loads.",
      "AI 政策图谱的部分文件未能加载（%s）。请检查网络连接，或请 IT 确认 appsforoffice.microsoft.com 与加载项所在网站未被屏蔽，" +
        "然后关闭并重新打开任务窗格。加载成功之前，CN 函数无法使用。",
    ],
    slow: [
      "AI Policy Atlas is taking too long to start. Close and reopen the pane; if this persists, update Excel or ask IT whether the add-in's host is blocked.",
      "AI 政策图谱启动时间过长。请关闭并重新打开任务窗格；如仍如此，请更新 Excel，或请 IT 确认加载项所在网站未被屏蔽。",
    ],
  };

  function ready() {
    return root.hasAttribute("data-pane-ready");
  }

  /** Shows the message of `reason` (engine, load, slow) in place of the pane, once. */
  function fail(reason, detail) {
    if (ready() || root.getAttribute("data-boot-failed")) return;
    root.setAttribute("data-boot-failed", reason);
    var box = document.getElementById("root");
    if (!box) return;
    while (box.firstChild) box.removeChild(box.firstChild);
    var wrap = document.createElement("div");
    wrap.setAttribute("role", "alert");
    wrap.className = "boot-message";
    for (var i = 0; i < 2; i++) {
      var p = document.createElement("p");
      p.setAttribute("lang", i === 0 ? "en" : "zh-CN");
      p.appendChild(document.createTextNode(TEXT[reason][i].replace("%s", detail || "")));
      wrap.appendChild(p);
    }
    box.appendChild(wrap);
  }

  function atFloor() {
    return (
      typeof WeakRef === "function" &&
      typeof Promise !== "undefined" &&
      typeof Promise.any === "function" &&
      typeof "".replaceAll === "function"
    );
  }

  /** Inside Office: Office passes _host_Info in the page's address (or keeps it for the session). */
  function insideOffice() {
    if (/[?&]_host_Info=/i.test(window.location.search)) return true;
    try {
      return !!window.sessionStorage.getItem("hostInfoValue");
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (e) {
      return false;
    }
  }

  function fileName(url) {
    var parts = String(url || "")
      .split("?")[0]
      .split("/");
    return parts[parts.length - 1] || String(url);
  }

  if (!atFloor()) {
    // Wait for the body: the message replaces #root, which follows this script.
    document.addEventListener("DOMContentLoaded", function () {
      fail("engine");
    });
    return;
  }

  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && target.tagName === "SCRIPT") {
        var src = target.src || "";
        var office = /appsforoffice\.microsoft\.com|\/office\.js(\?|$)/i.test(src);
        if (!office || insideOffice()) fail("load", fileName(src)); // a plain browser without office.js runs the preview
        return;
      }
      var message = String((event && event.message) || "");
      if (/SyntaxError|Unexpected|expected|invalid/i.test(message) && /\.js(\?|$)/.test(String(event.filename || ""))) fail("engine");
    },
    true
  );

  setTimeout(function () {
    if (!ready()) fail("slow");
  }, 60000);
})();
