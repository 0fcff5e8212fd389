/** Compare: the controls, validation, the preview rendered from the plan, and the Excel-only insert and conversion. */
import { planComparison } from "../../../../src/core/sheets/comparison-plan";
import { currentAtlas } from "../../../../src/data/store";
import { inPanel, mockOperations, renderPane, screen, within } from "../../support/render-pane";

const fieldset = (name: string): HTMLElement => inPanel("compare").getByRole("group", { name });
const preview = (): HTMLElement => inPanel("compare").getByRole("region", { name: /^Preview of the sheet/ });

describe("Compare", () => {
  test("starts with the regions that have data and renders the sheet's preview from its plan", () => {
    renderPane({ view: "compare" });
    const regions = within(fieldset("Regions"));
    expect(regions.getByRole("checkbox", { name: /Chengdu Hi-tech Zone/ })).toBeChecked();
    expect(regions.getByRole("checkbox", { name: /Guangdong Province/ })).not.toBeChecked();
    const table = within(preview());
    expect(table.getByText("AI subsidy comparison: figures in CNY")).toBeInTheDocument();
    expect(table.getByText("成都高新区")).toBeInTheDocument();
    // The largest of a row is highlighted and labelled for screen readers; drafts carry their mark.
    const model = table.getByText("30,000,000").closest("td") as HTMLElement;
    expect(model).toHaveTextContent("30,000,000 (largest)");
    expect(table.getByText(/^100,000,000 \(draft, press report\)/)).toBeInTheDocument();
  });

  test("the preview follows the layout, unit, amount and sheet language", async () => {
    const { user } = renderPane({ view: "compare" });
    const compare = inPanel("compare");
    await user.click(compare.getByRole("radio", { name: "Regions as rows" }));
    await user.selectOptions(compare.getByLabelText("Unit"), "wan");
    await user.type(compare.getByLabelText("Eligible spend (optional)"), "2亿");
    await user.selectOptions(compare.getByLabelText("Sheet language"), "zh");
    const table = within(preview());
    expect(preview()).toHaveTextContent("AI补贴对比");
    expect(preview()).toHaveTextContent("万元");
    expect(table.getByText("20,000")).toBeInTheDocument(); // the amount, in 万
    expect(table.getByText("3,000")).toBeInTheDocument(); // Chengdu's model cap, in 万
    expect(table.getAllByText(/^[\d,]+（征求意见稿/).length).toBe(2);
    // Regions as rows: the region names are the row keys in column A.
    const keys = Array.from(preview().querySelectorAll("tbody tr"), (tr) => tr.children[1]?.textContent);
    expect(keys).toEqual(expect.arrayContaining(["珠海市", "苏州市", "成都高新区"]));
  });

  test("quick picks and validation: at least one region and one category", async () => {
    const { user, operations } = renderPane({ view: "compare" });
    await user.click(within(fieldset("Regions")).getByRole("button", { name: "None" }));
    expect(screen.getByText("Pick at least one region.")).toBeInTheDocument();
    expect(inPanel("compare").queryByRole("region", { name: /^Preview of the sheet/ })).not.toBeInTheDocument();
    const insert = inPanel("compare").getByRole("button", { name: "Insert comparison sheet" });
    expect(insert).toBeDisabled();
    await user.click(within(fieldset("Regions")).getByRole("button", { name: "All" }));
    await user.click(within(fieldset("Categories")).getByRole("button", { name: "None" }));
    expect(screen.getByText("Pick at least one category.")).toBeInTheDocument();
    await user.click(within(fieldset("Categories")).getByRole("checkbox", { name: /Large-model R&D subsidy/ }));
    expect(preview()).toBeInTheDocument();
    expect(operations.insertComparison).not.toHaveBeenCalled();
  });

  test("in Excel, inserting sends the previewed plan and reports the new sheet", async () => {
    const { user, operations } = renderPane({ view: "compare" });
    await user.click(inPanel("compare").getByRole("radio", { name: /Static values/ }));
    await user.click(inPanel("compare").getByRole("button", { name: "Insert comparison sheet" }));
    const expected = planComparison(currentAtlas(), {
      regionIds: ["zhuhai", "suzhou", "chengdu-hitech"],
      categoryIds: ["model", "rnd", "compute", "chip", "general"],
      orientation: "categories-as-rows",
      mode: "static",
      unit: "yuan",
      amount: undefined,
      language: "en",
      today: "2026-11-30", // the pane's (test) clock judges policy periods
    });
    expect(operations.insertComparison).toHaveBeenCalledWith(expected);
    expect(
      await screen.findByText("Inserted the sheet “AI Subsidy Comparison”; every figure's source is on “AI Atlas Sources”."),
    ).toBeInTheDocument();
  });

  test("a failed insert is shown with its reason", async () => {
    const { user, operations } = renderPane({ view: "compare" });
    operations.insertComparison.mockRejectedValueOnce(new Error("Could not insert the comparison sheet: the workbook is protected"));
    await user.click(inPanel("compare").getByRole("button", { name: "Insert comparison sheet" }));
    expect(await screen.findByText("The comparison sheet was not inserted.")).toBeInTheDocument();
    expect(screen.getByText(/the workbook is protected/)).toBeInTheDocument();
  });

  test("convert CN formulas to values, for the selection or the sheet", async () => {
    const { user, operations } = renderPane({ view: "compare" });
    await user.click(inPanel("compare").getByRole("button", { name: "Convert selection" }));
    expect(operations.convertToValues).toHaveBeenCalledWith("selection");
    expect(await screen.findByText("Converted 3 CN formulas in Sheet1!A1:D9 to values.")).toBeInTheDocument();
    await user.click(inPanel("compare").getByRole("button", { name: "Convert active sheet" }));
    expect(operations.convertToValues).toHaveBeenLastCalledWith("sheet");
  });

  test("in the preview the sheet is still previewed, and insert and convert are disabled with the reason", () => {
    renderPane({ host: "preview", view: "compare" });
    expect(preview()).toBeInTheDocument();
    for (const name of ["Insert comparison sheet", "Convert selection", "Convert active sheet"]) {
      const button = inPanel("compare").getByRole("button", { name });
      expect(button).toHaveAttribute("aria-disabled", "true");
      expect(button).toHaveAccessibleDescription(/Needs Excel/);
    }
  });

  test("in an Excel without ExcelApi 1.12, convert is disabled with the reason (en and zh); insert still works", async () => {
    for (const language of ["en", "zh"] as const) {
      const operations = mockOperations("excel");
      operations.supportsApiSet = jest.fn((name: string, version: string) => !(name === "ExcelApi" && version === "1.12"));
      const { unmount } = renderPane({ view: "compare", operations, displayLanguage: language });
      const names = language === "en" ? ["Convert selection", "Convert active sheet"] : ["转换所选区域", "转换当前工作表"];
      for (const name of names) {
        const button = inPanel("compare").getByRole("button", { name });
        expect(button).toHaveAttribute("aria-disabled", "true");
        expect(button).toHaveAccessibleDescription(
          language === "en" ? /Needs a newer Excel \(ExcelApi 1\.12\)/ : /需要更新版本的 Excel（ExcelApi 1\.12）/,
        );
      }
      const insert = inPanel("compare").getByRole("button", { name: language === "en" ? "Insert comparison sheet" : "插入对比工作表" });
      expect(insert).not.toHaveAttribute("aria-disabled");
      unmount();
    }
  });

  test("several selected areas: the refusal is shown in the pane's words, in English and Chinese", async () => {
    for (const language of ["en", "zh"] as const) {
      const operations = mockOperations("excel");
      operations.convertToValues.mockRejectedValue(
        Object.assign(new Error("Several areas are selected. (English, from the writer)"), { reason: "multipleAreas" }),
      );
      const { user, unmount } = renderPane({ view: "compare", operations, displayLanguage: language });
      await user.click(inPanel("compare").getByRole("button", { name: language === "en" ? "Convert selection" : "转换所选区域" }));
      expect(
        await screen.findByText(
          language === "en" ? /^Several areas are selected\. Select one range/ : /^当前选择了多个区域。请只选择一个区域/,
        ),
      ).toBeInTheDocument();
      unmount();
    }
  });
});
