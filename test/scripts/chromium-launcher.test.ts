/**
 * The browser launcher's search order (scripts/chromium.cjs), with the file system, platform and
 * environment given: ATLAS_BROWSER first, then the npm-shipped Chromium on Linux x64, then an
 * installed Chromium/Chrome/Edge, else one message saying what to install.
 */
import * as path from "path";

interface Found {
  executablePath: string;
  args: string[];
  source: "env" | "npm" | "installed";
}
interface Probe {
  env?: Record<string, string | undefined>;
  platform?: string;
  arch?: string;
  exists?: (file: string) => boolean;
  loadNpmChromium?: () => unknown;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const launcher = require("../../scripts/chromium.cjs") as {
  findBrowser: (probe?: Probe) => Promise<Found>;
  installedCandidates: (platform: string, env: Record<string, string | undefined>) => string[];
  noBrowserMessage: (platform: string, arch: string) => string;
};

const npmChromium = { executablePath: async () => "/tmp/chromium" };
const missingNpmChromium = () => {
  throw Object.assign(new Error("Cannot find module '@sparticuz/chromium'"), { code: "MODULE_NOT_FOUND" });
};
const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

test("ATLAS_BROWSER wins over everything else", async () => {
  const found = await launcher.findBrowser({
    env: { ATLAS_BROWSER: "/opt/my/chrome" },
    platform: "linux",
    arch: "x64",
    exists: only("/opt/my/chrome", "/usr/bin/chromium"),
    loadNpmChromium: () => npmChromium,
  });
  expect(found).toMatchObject({ executablePath: "/opt/my/chrome", source: "env" });
});

test("an ATLAS_BROWSER that does not exist is an error, not a silent fallback", async () => {
  await expect(
    launcher.findBrowser({ env: { ATLAS_BROWSER: "/nope/chrome" }, platform: "linux", arch: "x64", exists: () => false }),
  ).rejects.toThrow("ATLAS_BROWSER points at /nope/chrome, which does not exist.");
});

test("on Linux x64 the npm-shipped Chromium comes before Debian's, so a fresh machine needs no apt", async () => {
  const found = await launcher.findBrowser({
    env: {},
    platform: "linux",
    arch: "x64",
    exists: only("/usr/bin/chromium"),
    loadNpmChromium: () => npmChromium,
  });
  expect(found).toMatchObject({ executablePath: "/tmp/chromium", source: "npm" });
  expect(found.args).toEqual(expect.arrayContaining(["--headless", "--no-sandbox", "--no-zygote", "--disable-background-networking"]));
});

test("without the npm package, an installed Chromium is used", async () => {
  const found = await launcher.findBrowser({
    env: {},
    platform: "linux",
    arch: "x64",
    exists: only("/usr/bin/chromium"),
    loadNpmChromium: missingNpmChromium,
  });
  expect(found).toMatchObject({ executablePath: "/usr/bin/chromium", source: "installed" });
});

test("on Linux arm64 the npm build (x64 only) is not tried", async () => {
  const load = jest.fn(() => npmChromium);
  const found = await launcher.findBrowser({
    env: {},
    platform: "linux",
    arch: "arm64",
    exists: only("/snap/bin/chromium"),
    loadNpmChromium: load,
  });
  expect(load).not.toHaveBeenCalled();
  expect(found.source).toBe("installed");
});

test.each([
  ["darwin", {}, "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"],
  ["win32", { PROGRAMFILES: "C:\\Program Files" }, path.win32.join("C:\\Program Files", "Google", "Chrome", "Application", "chrome.exe")],
  [
    "win32",
    { "PROGRAMFILES(X86)": "C:\\Program Files (x86)" },
    path.win32.join("C:\\Program Files (x86)", "Microsoft", "Edge", "Application", "msedge.exe"),
  ],
] as const)("on %s an installed Chrome or Edge is found", async (platform, env, browser) => {
  const found = await launcher.findBrowser({ env, platform, arch: "x64", exists: only(browser), loadNpmChromium: () => npmChromium });
  expect(found).toMatchObject({ executablePath: browser, source: "installed" });
});

test.each([
  ["linux", "x64", /npm install.*@sparticuz\/chromium.*apt install chromium/],
  ["linux", "arm64", /apt install chromium.*only for Linux x64/],
  ["darwin", "arm64", /install Google Chrome or Microsoft Edge/],
  ["win32", "x64", /install Google Chrome or Microsoft Edge/],
] as const)("with no browser at all on %s %s, one message says what to install", async (platform, arch, advice) => {
  const attempt = launcher.findBrowser({ env: {}, platform, arch, exists: () => false, loadNpmChromium: missingNpmChromium });
  await expect(attempt).rejects.toThrow(/^No Chromium-family browser found for the browser tests: /);
  await expect(attempt).rejects.toThrow(advice);
  await expect(attempt).rejects.toThrow(/ATLAS_BROWSER/);
});

test("an npm package that fails for another reason is not mistaken for an absent one", async () => {
  const broken = () => {
    throw new Error("bad tarball");
  };
  await expect(
    launcher.findBrowser({ env: {}, platform: "linux", arch: "x64", exists: () => true, loadNpmChromium: broken }),
  ).rejects.toThrow("bad tarball");
});
