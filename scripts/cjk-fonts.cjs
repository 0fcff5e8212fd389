/**
 * Whether a browser page can draw Chinese text, or would draw every character as the same empty
 * box (no CJK font installed). README screenshots must not be written with boxes: the screenshot
 * update (ATLAS_UPDATE_SCREENSHOTS=1) refuses to run without a CJK font; ordinary test runs do not
 * need one.
 */

/** Runs in the page: draws two different Chinese characters and says whether they differ. */
function drawsDistinctChinese() {
  const canvas = document.createElement("canvas");
  canvas.width = 64;
  canvas.height = 64;
  const g = canvas.getContext("2d");
  const draw = (text) => {
    g.clearRect(0, 0, 64, 64);
    g.fillStyle = "#000";
    g.font = "48px sans-serif";
    g.fillText(text, 4, 52);
    return Array.from(g.getImageData(0, 0, 64, 64).data).join(",");
  };
  const first = draw("成");
  const second = draw("區");
  return first !== second && /[1-9]/.test(first);
}

/** True when the page draws Chinese characters as glyphs, false when they come out as boxes. */
async function cjkRenders(page) {
  return page.evaluate(drawsDistinctChinese);
}

const NO_CJK_FONT =
  "Refusing to update the README screenshots: this machine has no CJK font, so Chinese text would render as boxes. " +
  "Install one (Debian/Ubuntu: apt install fonts-noto-cjk; Windows and macOS have one) and run again.";

/** Throws NO_CJK_FONT when a page of `browser` cannot draw Chinese. */
async function assertCjkFonts(browser) {
  const page = await browser.newPage();
  try {
    if (!(await cjkRenders(page))) throw new Error(NO_CJK_FONT);
  } finally {
    await page.close();
  }
}

module.exports = { assertCjkFonts, cjkRenders, NO_CJK_FONT };
