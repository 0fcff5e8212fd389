/**
 * Screenshots of every view of the pane, in English and Chinese, light and dark (the browser
 * preview following prefers-color-scheme), at 360×800, plus the narrowest width (320 px), the
 * pane in Excel under Office's dark theme and the whole comparison sheet in both languages, into
 * test-results/screenshots/ (ATLAS_UPDATE_SCREENSHOTS=1 writes the README's copies in
 * docs/screenshots/ instead); each view is also checked to fit the width (no horizontal scrolling
 * of the page).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { addinContext, launchChromium, openPane } from "./support/browser";
import { eventually, openView, SCREENSHOTS, waitForPane } from "./support/pane";

jest.setTimeout(60_000);

/** The clock the screenshots are taken at. */
const SHOT_TIME = new Date("2025-04-01T09:30:00+08:00");

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const TABS = {
  en: { explore: "Explore", calculator: "Calculator", compare: "Compare", profile: "Package", functions: "Functions", data: "Data" },
  zh: { explore: "浏览", calculator: "计算器", compare: "对比", profile: "政策包", functions: "函数", data: "数据" },
} as const;
type View = keyof (typeof TABS)["en"];

/** Puts a view in a state worth showing. */
async function prepare(page: Page, view: View): Promise<void> {
  const panel = page.locator(`#panel-${view}`);
  switch (view) {
    case "explore":
      await panel.locator("li").first().getByRole("button", { expanded: false }).click();
      break;
    case "calculator":
      await panel.getByRole("textbox").first().fill("2亿");
      await eventually(async () => expect(await panel.locator("ol > li").count()).toBeGreaterThan(0));
      break;
    case "compare":
      await panel.locator("[role=region][tabindex]").scrollIntoViewIfNeeded();
      break;
    case "profile":
      await fillWorkedExample(page);
      await panel.locator("#profile-ranking-heading").evaluate((element) => element.scrollIntoView({ block: "start" }));
      break;
    case "functions": {
      const toggle = panel
        .locator("li")
        .first()
        .getByRole("button", { name: /^(Insert into a cell|插入到单元格)/ });
      await toggle.click();
      await toggle.evaluate((element) => element.scrollIntoView({ block: "start" }));
      break;
    }
    case "data":
      await eventually(async () => expect(await panel.getByRole("checkbox").count()).toBe(1));
      break;
  }
  if (view !== "compare" && view !== "functions" && view !== "profile") await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300); // transitions
}

/** The worked example of PRODUCT.md §9 typed into the Package view (text fields in field order, then "leading: yes"). */
async function fillWorkedExample(page: Page): Promise<void> {
  const panel = page.locator("#panel-profile");
  await panel.getByRole("textbox").first().waitFor();
  const texts = ["8000000", "200000000", "120000000000", "50000000", "25%", "4", "", "", "", "3"];
  for (const [i, text] of texts.entries()) await panel.getByRole("textbox").nth(i).fill(text);
  await panel.getByRole("combobox").first().selectOption("yes");
  await eventually(async () => expect(await panel.innerText()).toContain("61,000,000"));
}

/** The page must not scroll sideways: everything fits the pane's width. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test.each([
  ["en", "light"],
  ["en", "dark"],
  ["zh", "light"],
  ["zh", "dark"],
] as const)("every view, %s, %s", async (language, scheme) => {
  const { context } = await addinContext(browser, "real", { locale: language === "zh" ? "zh-CN" : "en-US", colorScheme: scheme });
  try {
    await context.clock.setFixedTime(SHOT_TIME); // the Data view shows load times: keep the pictures reproducible
    const page = await openPane(context);
    await waitForPane(page);
    for (const view of Object.keys(TABS.en) as View[]) {
      await openView(page, TABS[language][view]);
      await prepare(page, view);
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${view}-${language}-${scheme}.png`), animations: "disabled", caret: "hide" });
    }
  } finally {
    await context.close();
  }
});

test.each([
  ["en", "light"],
  ["en", "dark"],
  ["zh", "light"],
  ["zh", "dark"],
] as const)("Trace in Excel following the selected cell, %s, %s", async (language, scheme) => {
  const dark = { bodyBackgroundColor: "#292929", bodyForegroundColor: "#ffffff", themeId: "Black" };
  const light = { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", themeId: "White" };
  const settings = {
    displayLanguage: language === "zh" ? "zh-CN" : "en-US",
    officeTheme: scheme === "dark" ? dark : light,
    excelValues: {
      address: "'AI Subsidy Comparison'!C6",
      formulas: [['=IFNA(CN.AISUBSIDY("成都高新区","model",200000000),"—")']],
      values: [[30000000]],
    },
  };
  const { context } = await addinContext(browser, "excel-double", {
    viewport: { width: 360, height: 1400 },
    initScript: `window.__officeDoubleSettings = ${JSON.stringify(settings)};`,
  });
  try {
    await context.clock.setFixedTime(SHOT_TIME);
    const page = await openPane(context);
    await waitForPane(page);
    await openView(page, language === "zh" ? "溯源" : "Trace");
    const panel = page.locator("#panel-trace");
    await eventually(async () => expect(await panel.locator("blockquote").count()).toBeGreaterThan(0), 15_000);
    await expectNoHorizontalScroll(page);
    await page.waitForTimeout(300); // transitions
    await page.screenshot({
      path: path.join(SCREENSHOTS, `trace-${language}-${scheme}.png`),
      animations: "disabled",
      caret: "hide",
      fullPage: true,
    });
  } finally {
    await context.close();
  }
});

test("the narrowest pane, 320 px wide", async () => {
  const { context } = await addinContext(browser, "real", { viewport: { width: 320, height: 720 } });
  try {
    await context.clock.setFixedTime(SHOT_TIME); // the Data view shows load times: keep the pictures reproducible
    const page = await openPane(context);
    await waitForPane(page);
    for (const view of ["explore", "calculator"] as const) {
      await openView(page, TABS.en[view]);
      await prepare(page, view);
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${view}-en-light-320.png`), animations: "disabled", caret: "hide" });
    }
  } finally {
    await context.close();
  }
});

test("in Excel with Office's dark grey theme", async () => {
  const settings = { officeTheme: { bodyBackgroundColor: "#444444", bodyForegroundColor: "#ffffff", themeId: "DarkGray" } };
  const { context } = await addinContext(browser, "excel-double", {
    initScript: `window.__officeDoubleSettings = ${JSON.stringify(settings)};`,
  });
  try {
    await context.clock.setFixedTime(SHOT_TIME); // the Data view shows load times: keep the pictures reproducible
    const page = await openPane(context);
    await waitForPane(page);
    expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe("dark");
    await openView(page, "Compare");
    await page.getByRole("button", { name: "Insert comparison sheet" }).click();
    await eventually(async () => expect(await page.locator("#panel-compare").innerText()).toContain("Inserted the sheet"));
    await page.getByRole("button", { name: "Insert comparison sheet" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "compare-en-excel-dark.png"), animations: "disabled", caret: "hide" });
  } finally {
    await context.close();
  }
});

test.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("the comparison sheet at full width (%s): the plan the writer inserts, as the pane previews it", async (language, locale) => {
  const { context } = await addinContext(browser, "real", { viewport: { width: 1280, height: 900 }, locale });
  try {
    const page = await openPane(context);
    await waitForPane(page);
    await openView(page, TABS[language].compare);
    const panel = page.locator("#panel-compare");
    const withData = language === "en" ? "With data" : "有数据的";
    await panel.getByRole("button", { name: withData }).nth(0).click(); // regions
    await panel.getByRole("button", { name: withData }).nth(1).click(); // categories
    await panel.getByRole("textbox").first().fill("200000000");
    const sheet = panel.locator("[role=region][tabindex]");
    await eventually(async () => expect(await sheet.innerText()).toContain("30,000,000"));
    await sheet.evaluate((element) => ((element as HTMLElement).style.maxHeight = "none")); // every row in the picture, not a scrolled window
    await page.waitForTimeout(300); // transitions
    expect(
      await sheet.evaluate((element) => element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight),
    ).toBe(true);
    await sheet.screenshot({ path: path.join(SCREENSHOTS, `comparison-sheet-${language}.png`), animations: "disabled", caret: "hide" });
  } finally {
    await context.close();
  }
});

test.each([
  ["en", "en-US", "Targets", "Figures in"],
  ["zh", "zh-CN", "目标", "金额单位"],
] as const)(
  "Explore's Targets tab (%s), in 亿, when Shenzhen's 2025–2026 plans end within 90 days",
  async (language, locale, tab, unitLabel) => {
    const { context } = await addinContext(browser, "real", { locale });
    try {
      await context.clock.setFixedTime(new Date("2026-11-30T09:30:00+08:00")); // 618 days after the data's as-of date
      const page = await openPane(context);
      await waitForPane(page);
      await page.getByLabel(unitLabel).selectOption("yi");
      const panel = page.locator("#panel-explore");
      await panel.getByRole("tab", { name: tab }).click();
      await eventually(async () => expect(await panel.locator("[data-freshness=ending]").count()).toBe(5));
      expect(await page.getByTestId("data-freshness").innerText()).toContain("2025-03-22");
      await expectNoHorizontalScroll(page);
      await page.waitForTimeout(300); // transitions
      await page.screenshot({ path: path.join(SCREENSHOTS, `targets-${language}-light.png`), animations: "disabled", caret: "hide" });
    } finally {
      await context.close();
    }
  },
);

test.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("the package sheet at full width (%s): the worked example's plan, as the pane previews it", async (language, locale) => {
  const { context } = await addinContext(browser, "real", { viewport: { width: 1280, height: 900 }, locale });
  try {
    await context.clock.setFixedTime(SHOT_TIME);
    const page = await openPane(context);
    await waitForPane(page);
    await openView(page, TABS[language].profile);
    await fillWorkedExample(page);
    const sheet = page.locator("#panel-profile [role=region][tabindex]");
    await eventually(async () => expect(await sheet.innerText()).toContain("61,000,000"));
    await sheet.evaluate((element) => ((element as HTMLElement).style.maxHeight = "none"));
    await page.waitForTimeout(300); // transitions
    await sheet.screenshot({ path: path.join(SCREENSHOTS, `package-sheet-${language}.png`), animations: "disabled", caret: "hide" });
  } finally {
    await context.close();
  }
});
