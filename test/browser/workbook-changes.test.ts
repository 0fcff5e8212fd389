/**
 * "Changes in this workbook" in the built add-in, in the browser preview with two datasets: the
 * bundled one, then a refresh to a new version (served in place of the host's dataset); pasted
 * formulas are compared between them, in English and Chinese, screenshots taken.
 */
import * as path from "path";
import type { Browser } from "playwright-core";
import { changedVersion } from "../support/changed-versions";
import { ADDIN, addinContext, launchChromium, openPane } from "./support/browser";
import { eventually, openView, SCREENSHOTS, waitForPane } from "./support/pane";
import { signedForBuild } from "./support/test-key";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const NEXT = changedVersion("model cap 3500万");
const WORDS = {
  en: {
    data: "Data",
    refresh: /^Refresh data$/,
    open: "Compare formulas between versions",
    box: /CN formulas to compare/,
    compare: /^Compare$/,
  },
  zh: { data: "数据", refresh: /^刷新数据$/, open: "比较公式在两个版本间的变化", box: /要比较的 CN 公式/, compare: /^比较$/ },
} as const;

test.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)(
  "(%s) after a refresh to a new version, pasted formulas show which figures move, from what to what, and why",
  async (language, locale) => {
    const { context } = await addinContext(browser, "real", { locale, viewport: { width: 400, height: 1100 } });
    try {
      // The host's dataset is the new version, signed with the key this build trusts (routes registered later win).
      const next = signedForBuild(JSON.stringify(NEXT));
      await context.route(`${ADDIN}data/atlas-dataset.json`, (route) =>
        route.fulfill({ status: 200, body: next.text, headers: { "content-type": "application/json" } }),
      );
      await context.route(`${ADDIN}data/atlas-dataset.sig.json`, (route) =>
        route.fulfill({ status: 200, body: next.signature, headers: { "content-type": "application/json" } }),
      );
      const page = await openPane(context);
      await waitForPane(page);
      const w = WORDS[language];
      await openView(page, w.data);
      const panel = page.locator("#panel-data");
      const refresh = panel.getByRole("button", { name: w.refresh });
      await eventually(async () => expect(await refresh.isEnabled()).toBe(true));
      await refresh.click();
      await eventually(async () => expect(await page.getByTestId("data-version").innerText()).toContain(NEXT.version), 15_000);
      await panel.getByRole("button", { name: w.open }).click();
      await panel
        .getByLabel(w.box)
        .fill('=CN.AISUBSIDY("成都高新区","model",200000000)\n=CN.AIFUND("广东")\n=CN.AISUBSIDY("成都高新区","rnd",50000000)');
      await panel.getByRole("button", { name: w.compare }).click();
      await eventually(async () => expect(await panel.innerText()).toContain("30,000,000 → 35,000,000"));
      const text = await panel.innerText();
      expect(text).toContain("incentive cdht-model: cap 30000000 → 35000000");
      expect(text).toContain(language === "en" ? "1 cell changes from version" : "有 1 个单元格变化");
      // The unchanged formulas are not listed.
      expect(text).not.toContain("10,000,000,000 →");
      const section = panel.locator("section[aria-labelledby=workbook-changes-heading]");
      await section.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300); // transitions
      await section.screenshot({ path: path.join(SCREENSHOTS, `workbook-changes-${language}.png`), animations: "disabled", caret: "hide" });
    } finally {
      await context.close();
    }
  },
  60_000,
);
