/**
 * The launcher on this machine, for real: with every system browser hidden it still finds one and
 * renders a page (on Linux x64: the Chromium shipped in the npm package), and the screenshot
 * update's CJK check tells a browser without Chinese fonts from one with them.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findBrowser, installedCandidates, launchChromium } = require("../../scripts/chromium.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { assertCjkFonts, cjkRenders, NO_CJK_FONT } = require("../../scripts/cjk-fonts.cjs");

jest.setTimeout(60_000);

const systemBrowsers: string[] = installedCandidates(process.platform, process.env);
const withoutSystemBrowsers = {
  env: { ...process.env, ATLAS_BROWSER: undefined, CHROMIUM_PATH: undefined },
  exists: (file: string) => !systemBrowsers.includes(file) && fs.existsSync(file),
};

test("with the system browsers hidden, the launcher still finds a browser and it renders a page", async () => {
  if (process.platform === "linux" && process.arch === "x64") {
    const found = await findBrowser(withoutSystemBrowsers);
    expect(found.source).toBe("npm");
    expect(systemBrowsers).not.toContain(found.executablePath);
    const browser: Browser = await launchChromium({}, withoutSystemBrowsers);
    try {
      const page = await browser.newPage();
      await page.setContent("<p id=p>AI Policy Atlas</p><script>document.getElementById('p').dataset.ran = 'yes'</script>");
      expect(await page.locator("#p").getAttribute("data-ran")).toBe("yes");
      expect(await page.locator("#p").innerText()).toBe("AI Policy Atlas");
    } finally {
      await browser.close();
    }
  } else {
    // Elsewhere the npm build does not apply: hiding the installed browsers leaves none, and the message says so.
    await expect(findBrowser(withoutSystemBrowsers)).rejects.toThrow(/install Google Chrome or Microsoft Edge/);
  }
});

describe("the CJK font check of the screenshot update", () => {
  let noFontsDir: string;
  beforeAll(() => {
    noFontsDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-nofonts-"));
    fs.writeFileSync(
      path.join(noFontsDir, "fonts.conf"),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${noFontsDir}</dir><cachedir>${noFontsDir}/cache</cachedir></fontconfig>`,
    );
  });
  afterAll(() => fs.rmSync(noFontsDir, { recursive: true, force: true }));

  test("a browser without any font draws Chinese as boxes, and the update refuses", async () => {
    const browser: Browser = await launchChromium({ env: { ...process.env, FONTCONFIG_FILE: path.join(noFontsDir, "fonts.conf") } });
    try {
      const page = await browser.newPage();
      expect(await cjkRenders(page)).toBe(false);
      await expect(assertCjkFonts(browser)).rejects.toThrow(NO_CJK_FONT);
      expect(NO_CJK_FONT).toMatch(/fonts-noto-cjk/);
    } finally {
      await browser.close();
    }
  });

  test("with this machine's fonts, the check agrees with fontconfig about Chinese", async () => {
    const fcList = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
    const browser: Browser = await launchChromium();
    try {
      const renders: boolean = await cjkRenders(await browser.newPage());
      if (fcList.status === 0) expect(renders).toBe(fcList.stdout.trim().length > 0);
      else expect(typeof renders).toBe("boolean"); // no fontconfig tools (Windows, macOS): those systems ship CJK fonts
      if (renders) await expect(assertCjkFonts(browser)).resolves.toBeUndefined();
      else await expect(assertCjkFonts(browser)).rejects.toThrow(NO_CJK_FONT);
    } finally {
      await browser.close();
    }
  });
});
