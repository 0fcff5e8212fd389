/**
 * The task pane in Debian's Chromium against the built dist/:
 * (a) outside Office (the real office.js reports no host): the browser preview renders, searches,
 *     calculates and previews a comparison sheet, with the Excel-only actions disabled and explained;
 * (b) with an Office.js double reporting Excel: the Excel actions are enabled and reach Excel.run;
 * (c) an axe-core scan of every view, in English (light) and Chinese (dark).
 * The time to first render and the axe counts go to test-results/pane-metrics.json.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { addinContext, launchChromium, openPane, ROOT, type Traffic } from "./support/browser";
import { eventually, openView, runAxe, serveAxe, severe, timeToFirstRender, waitForPane, type AxeViolation } from "./support/pane";

interface Metrics {
  firstRenderMs: Record<string, number>;
  axe: Record<string, { violations: number; byImpact: Record<string, number>; tabsterSentinelsSetAside: number }>;
}

jest.setTimeout(30_000);

let browser: Browser;
const metrics: Metrics = { firstRenderMs: {}, axe: {} };

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  const dir = path.join(ROOT, "test-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "pane-metrics.json"), `${JSON.stringify(metrics, null, 2)}\n`);
});

/** A new context with the pane open and rendered. */
async function pane(
  office: "real" | "excel-double",
  options: Parameters<typeof addinContext>[2] = {},
): Promise<{ context: BrowserContext; page: Page; traffic: Traffic }> {
  const { context, traffic } = await addinContext(browser, office, options);
  await serveAxe(context);
  const page = await openPane(context);
  await waitForPane(page);
  return { context, page, traffic };
}

const text = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

describe("outside Office: the browser preview", () => {
  let context: BrowserContext;
  let page: Page;
  let traffic: Traffic;

  beforeAll(async () => {
    ({ context, page, traffic } = await pane("real"));
    metrics.firstRenderMs.preview = await timeToFirstRender(page);
  }, 60_000);
  afterAll(() => context?.close());

  test("renders as the preview, in English, with its six views", async () => {
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("AI Policy Atlas");
    expect(await page.locator("header").innerText()).toContain("Browser preview");
    expect(await page.getByRole("navigation").getByRole("tab").allInnerTexts()).toEqual([
      "Explore",
      "Calculator",
      "Compare",
      "Package",
      "Trace",
      "Functions",
      "Data",
    ]);
    expect(metrics.firstRenderMs.preview).toBeGreaterThan(0);
  });

  test("search finds records by pinyin and by Traditional Chinese", async () => {
    await openView(page, "Explore");
    const search = page.getByRole("searchbox", { name: "Search" });
    const count = () => text(page, "#explore-results [role=status]");
    await search.fill("gaoxin");
    await eventually(async () => expect(await count()).toBe("9 of 11 records"));
    await search.fill("蘇州");
    await eventually(async () => expect(await count()).toBe("1 of 11 records"));
    expect(await page.locator("#explore-results h3").allInnerTexts()).toEqual(["Suzhou · AI chip subsidy"]);
    await search.fill("");
  });

  test("the calculator gives 30,000,000 for model at 200,000,000, with the rule in words", async () => {
    await openView(page, "Calculator");
    await page.locator("#panel-calculator").getByLabel("Eligible spend (optional)").fill("200,000,000");
    const first = page.locator("#panel-calculator ol > li").first();
    await eventually(async () => {
      const shown = await first.innerText();
      expect(shown).toContain("Chengdu Hi-tech Zone");
      expect(shown).toContain("30,000,000 CNY");
      expect(shown).toContain("30% × 200,000,000 CNY = 60,000,000 CNY, capped at 30,000,000 CNY");
    });
  });

  test("Excel-only actions are disabled with an explanation, never broken", async () => {
    const insert = page.locator("#panel-calculator").getByRole("button", { name: "Insert as table" });
    expect(await insert.getAttribute("aria-disabled")).toBe("true");
    const note = await insert.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${note}"]`).innerText()).toContain("Needs Excel");
    await insert.click({ force: true });
    expect(await page.locator("#panel-calculator").getByText("Table inserted").count()).toBe(0);
  });

  test("compare renders a preview of the sheet from the plan", async () => {
    await openView(page, "Compare");
    const preview = page.getByRole("region", { name: /Preview of the sheet/ });
    await eventually(async () => {
      const shown = await preview.innerText();
      expect(shown).toContain("AI subsidy comparison");
      expect(shown).toContain("30,000,000");
      expect(shown).toContain("(draft, press report)");
    });
    expect(await page.getByRole("button", { name: "Insert comparison sheet" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("works by keyboard alone, with a visible focus indicator", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    let onTab = false;
    for (let i = 0; i < 12 && !onTab; i++) {
      await page.keyboard.press("Tab");
      onTab = await page.evaluate(() => document.activeElement?.getAttribute("role") === "tab");
    }
    expect(onTab).toBe(true);
    // Fluent draws its focus ring where keyborg marks keyboard focus.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-fui-focus-visible"))).toBe(true);
    const focusedTab = () => page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press("Home");
    expect(await focusedTab()).toBe("tab-explore");
    await page.keyboard.press("ArrowRight");
    expect(await focusedTab()).toBe("tab-calculator");
    await page.keyboard.press("Enter");
    expect(await page.locator("#panel-calculator").isVisible()).toBe(true);
    // Into the view: the category, then the amount.
    let onAmount = false;
    for (let i = 0; i < 6 && !onAmount; i++) {
      await page.keyboard.press("Tab");
      onAmount = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.placeholder === "200,000,000");
    }
    expect(onAmount).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1亿");
    await eventually(async () =>
      expect(await page.locator("#panel-calculator ol > li").first().innerText()).toContain("30% × 100,000,000 CNY"),
    );
  });

  test("fetches nothing off the machine but Office.js", () => {
    expect(traffic.aborted).toEqual([]);
  });
});

describe("in Excel (an Office.js double reporting Excel)", () => {
  let context: BrowserContext;
  let page: Page;

  interface ExcelRecord {
    excelRuns: number;
    excelCalls: { op: string; path: string; args?: unknown[]; value?: unknown }[];
  }
  const excel = (p: Page): Promise<ExcelRecord> => p.evaluate(() => (window as unknown as { __atlas: ExcelRecord }).__atlas);

  beforeAll(async () => {
    ({ context, page } = await pane("excel-double"));
    metrics.firstRenderMs.excel = await timeToFirstRender(page);
  }, 60_000);
  afterAll(() => context?.close());

  test("shows Excel as the host, without the preview notice, and enables the Excel actions", async () => {
    const header = await page.locator("header").innerText();
    expect(header).toContain("Excel");
    expect(header).not.toContain("Browser preview");
    await openView(page, "Calculator");
    expect(await page.getByRole("button", { name: "Insert as table" }).getAttribute("aria-disabled")).toBeNull();
    expect(await page.getByRole("button", { name: "Insert as table" }).isEnabled()).toBe(true);
  });

  test("inserting a comparison sheet reaches Excel.run and adds the sheet", async () => {
    await openView(page, "Compare");
    const before = (await excel(page)).excelRuns;
    await page.getByRole("button", { name: "Insert comparison sheet" }).click();
    await eventually(async () =>
      expect(await page.locator("#panel-compare").innerText()).toContain("Inserted the sheet “AI Subsidy Comparison”"),
    );
    const after = await excel(page);
    expect(after.excelRuns).toBeGreaterThan(before);
    expect(after.excelCalls).toContainEqual({ op: "call", path: "workbook.worksheets.add", args: ["AI Subsidy Comparison"] });
  });

  test("converting CN formulas to values reaches Excel.run", async () => {
    const before = (await excel(page)).excelRuns;
    await page.getByRole("button", { name: "Convert active sheet" }).click();
    await eventually(async () => expect(await page.locator("#panel-compare").innerText()).toMatch(/No CN formulas in|Converted/));
    expect((await excel(page)).excelRuns).toBe(before + 1);
  });

  test("inserting the calculator table reaches Excel.run", async () => {
    await openView(page, "Calculator");
    await page.locator("#panel-calculator").getByLabel("Eligible spend (optional)").fill("2亿");
    await page.getByRole("button", { name: "Insert as table" }).click();
    await eventually(async () => expect(await page.locator("#panel-calculator").innerText()).toContain("Table inserted at Sheet1!B3."));
    const calls = (await excel(page)).excelCalls;
    expect(calls.some((c) => c.op === "call" && c.path === "workbook.tables.add")).toBe(true);
  });

  test("a formula built with the selected cell is written into the active cell", async () => {
    await openView(page, "Functions");
    const card = page.locator("#panel-functions li").filter({ has: page.getByRole("heading", { name: /^CN\.AISUBSIDY\(/ }) });
    await card.getByRole("button", { name: /Insert into a cell/ }).click();
    await card.getByRole("button", { name: "Use selected cell" }).first().click();
    await card.getByRole("textbox", { name: /^category/ }).fill("model");
    await eventually(async () =>
      expect(await card.getByRole("textbox", { name: "Formula" }).inputValue()).toBe('=CN.AISUBSIDY(B3,"model")'),
    );
    await card.getByRole("button", { name: "Insert into selected cell" }).click();
    await eventually(async () => expect(await card.innerText()).toContain("Formula written to Sheet1!B3."));
    const calls = (await excel(page)).excelCalls;
    expect(calls).toContainEqual({ op: "set", path: "workbook.getActiveCell().formulas", value: [['=CN.AISUBSIDY(B3,"model")']] });
  });
});

describe("axe-core scan of every view", () => {
  const VIEWS: Record<"en" | "zh", string[]> = {
    en: ["Explore", "Calculator", "Compare", "Package", "Trace", "Functions", "Data"],
    zh: ["浏览", "计算器", "对比", "政策包", "溯源", "函数", "数据"],
  };

  test.each([
    ["en", "light"],
    ["zh", "dark"],
  ] as const)(
    "%s, %s: no serious or critical violations",
    async (language, scheme) => {
      const { context, page } = await pane("real", { locale: language === "zh" ? "zh-CN" : "en-US", colorScheme: scheme });
      try {
        const found: Record<string, AxeViolation[]> = {};
        for (const [i, view] of VIEWS[language].entries()) {
          await openView(page, view);
          // Open a source quote and a formula form so their contents are scanned too.
          if (i === 0) await page.locator("#panel-explore li").first().getByRole("button", { expanded: false }).click();
          // The Package view opens its top region's breakdown by itself (conditions, quotes); 5 = Functions, 6 = Data.
          if (i === 5) await page.locator("#panel-functions li").first().getByRole("button", { expanded: false }).last().click();
          if (i === 6) {
            const refresh = page.locator("#panel-data").getByRole("button", { name: /Refresh data|刷新数据/ });
            await eventually(async () => expect(await refresh.isEnabled()).toBe(true));
          }
          await page.waitForTimeout(400); // let Fluent's colour transitions finish, or axe measures mid-fade
          const scan = await runAxe(page);
          const key = `${VIEWS.en[i]} (${language}, ${scheme})`;
          found[key] = severe(scan.violations);
          metrics.axe[key] = {
            violations: scan.violations.length,
            byImpact: scan.violations.reduce<Record<string, number>>(
              (acc, v) => ({ ...acc, [v.impact ?? "none"]: (acc[v.impact ?? "none"] ?? 0) + 1 }),
              {},
            ),
            tabsterSentinelsSetAside: scan.tabsterSentinels,
          };
        }
        expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
