/** The pane as a whole: language and unit switches (saved), Office's theme, the preview notice, and re-rendering after a dataset swap. */
import { act } from "@testing-library/react";
import { resetStoreForTests, swapDataset } from "../../../src/data/store";
import { byId, variant } from "../../support/datasets";
import { inPanel, panel, renderPane, screen, within } from "../support/render-pane";

afterEach(() => resetStoreForTests());

/** The tabs' labels (Fluent also renders a hidden copy of each label to reserve its bold width). */
const tabNames = (): string[] =>
  within(screen.getByRole("navigation"))
    .getAllByRole("tab")
    .map((t) => t.querySelector(".fui-Tab__content")?.textContent ?? "");

describe("the pane", () => {
  test("follows Office's display language: Chinese for zh-*", () => {
    renderPane({ displayLanguage: "zh" });
    expect(tabNames()).toEqual(["浏览", "计算器", "对比", "政策包", "溯源", "函数", "数据"]);
    expect(document.documentElement.lang).toBe("zh-Hans");
    expect(inPanel("explore").getAllByText("30,000,000元").length).toBeGreaterThan(0);
  });

  test("the language switch changes every string and is saved; a saved choice wins over Office's", async () => {
    const { user, savePreferences } = renderPane({ displayLanguage: "en" });
    expect(tabNames()).toEqual(["Explore", "Calculator", "Compare", "Package", "Trace", "Functions", "Data"]);
    await user.selectOptions(screen.getByLabelText("Language"), "zh");
    expect(tabNames()).toEqual(["浏览", "计算器", "对比", "政策包", "溯源", "函数", "数据"]);
    expect(screen.getByLabelText("语言")).toHaveValue("zh");
    expect(document.documentElement.lang).toBe("zh-Hans");
    expect(savePreferences).toHaveBeenCalledWith({ language: "zh", unit: "yuan" });
  });

  test("a saved language choice overrides Office's display language", () => {
    renderPane({ displayLanguage: "zh", preferences: { language: "en" } });
    expect(tabNames()[0]).toBe("Explore");
  });

  test("the unit switch shows every figure in 万元 or 亿元 with thousands separators", async () => {
    const { user } = renderPane();
    await user.selectOptions(screen.getByLabelText("Figures in"), "wan");
    expect(inPanel("explore").getAllByText("3,000 万 CNY").length).toBeGreaterThan(0);
    await user.selectOptions(screen.getByLabelText("Figures in"), "yi");
    expect(inPanel("explore").getAllByText("0.3 亿 CNY").length).toBeGreaterThan(0);
  });

  test("a preference that cannot be saved is reported, and still applies", async () => {
    const savePreferences = jest.fn().mockRejectedValue(new Error("QuotaExceededError"));
    const { user } = renderPane({ savePreferences });
    await user.selectOptions(screen.getByLabelText("Figures in"), "wan");
    expect(await screen.findByText(/could not be saved/)).toBeInTheDocument();
    expect(inPanel("explore").getAllByText("3,000 万 CNY").length).toBeGreaterThan(0);
  });

  test.each([
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#444444" }, "dark"],
    [{ bodyBackgroundColor: "#ffffff" }, "light"],
    [{ bodyBackgroundColor: "#e6e6e6", colorful: true }, "colorful"],
    [undefined, "light"],
  ])("Office theme %j gives the %s Fluent theme", (officeTheme, kind) => {
    const { container } = renderPane({ officeTheme });
    expect(container.querySelector("[data-theme]")).toHaveAttribute("data-theme", kind);
  });

  test("the preview says what works here; in Excel there is no such notice", () => {
    const { unmount } = renderPane({ host: "preview" });
    expect(screen.getByText(/Writing to a workbook needs Excel/)).toBeInTheDocument();
    unmount();
    renderPane({ host: "excel" });
    expect(screen.queryByText(/Writing to a workbook needs Excel/)).not.toBeInTheDocument();
  });

  test("views keep what the user typed when switching tabs, and tabs are labelled for assistive technology", async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole("tab", { name: "Calculator" }));
    await user.type(inPanel("calculator").getByLabelText("Eligible spend (optional)"), "2亿");
    await user.click(screen.getByRole("tab", { name: "Explore" }));
    expect(panel("calculator")).not.toBeVisible();
    await user.click(screen.getByRole("tab", { name: "Calculator" }));
    expect(inPanel("calculator").getByLabelText("Eligible spend (optional)")).toHaveValue("2亿");
    expect(screen.getByRole("tabpanel", { name: "Calculator" })).toBe(panel("calculator"));
  });

  test("after a refresh swaps the dataset, every view shows the new data", async () => {
    renderPane({ view: "data" });
    await screen.findByText("https://localhost:3000/data/atlas-dataset.json", { exact: false });
    expect(inPanel("data").getByTestId("data-version")).toHaveTextContent("2025.03.22.3");
    act(() => {
      swapDataset(
        variant("2025.04.01", (d) => {
          byId(d.incentives, "cdht-model").cap = 35_000_000;
        }),
        "refreshed",
        { url: "https://data.example.com/atlas.json", refreshedAt: "2025-04-01T08:00:00.000Z" },
      );
    });
    expect(inPanel("data").getByTestId("data-version")).toHaveTextContent("2025.04.01");
    expect(inPanel("data").getByText(/^Refreshed from the web/)).toBeInTheDocument();
    expect(inPanel("data").getByRole("link", { name: "https://data.example.com/atlas.json" })).toBeInTheDocument();
    // In Excel a refresh checks the workbook's CN cells at once (this workbook has none).
    expect(await inPanel("data").findByText("This workbook has no CN formulas.")).toBeInTheDocument();
  });
});
