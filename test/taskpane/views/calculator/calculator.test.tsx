/** Calculator: ranking, the rule in words, amount parsing and validation, units, and the Excel-only insert. */
import { planCalculatorTable } from "../../../../src/core/sheets/calculator-plan";
import { currentAtlas } from "../../../../src/data/store";
import { inPanel, renderPane, screen, within } from "../../support/render-pane";

const results = (): HTMLElement[] => within(inPanel("calculator").getByRole("list")).getAllByRole("listitem");

describe("Calculator", () => {
  test("without an amount, ranks every region's cap for the category", () => {
    renderPane({ view: "calculator" });
    const calc = inPanel("calculator");
    expect(calc.getByLabelText("Category")).toHaveValue("model");
    expect(calc.getByText("Caps (no amount given) · 1 region, best first")).toBeInTheDocument();
    expect(results()[0]).toHaveTextContent("30,000,000 CNY");
    expect(results()[0]).toHaveTextContent("30% of model R&D cost, up to 30,000,000 CNY");
  });

  test("200,000,000 of model R&D gives 30,000,000, with the rule applied in words", async () => {
    const { user } = renderPane({ view: "calculator" });
    await user.type(inPanel("calculator").getByLabelText("Eligible spend (optional)"), "200,000,000");
    const [first] = results();
    expect(first).toHaveTextContent("#1");
    expect(first).toHaveTextContent("Chengdu Hi-tech Zone");
    expect(first).toHaveTextContent("30,000,000 CNY");
    expect(first).toHaveTextContent("30% × 200,000,000 CNY = 60,000,000 CNY, capped at 30,000,000 CNY");
    expect(within(first).getByText("Final")).toBeInTheDocument();
  });

  test("amounts may be typed as 2亿 or 500万元", async () => {
    const { user } = renderPane({ view: "calculator" });
    const amount = inPanel("calculator").getByLabelText("Eligible spend (optional)");
    await user.type(amount, "2亿");
    expect(inPanel("calculator").getByText(/^Spend of 200,000,000 CNY/)).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, "500万元");
    expect(results()[0]).toHaveTextContent("30% × 5,000,000 CNY = 1,500,000 CNY");
  });

  test("an invalid amount shows an inline message and no ranking", async () => {
    const { user } = renderPane({ view: "calculator" });
    const amount = inPanel("calculator").getByLabelText("Eligible spend (optional)");
    await user.type(amount, "-5");
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(inPanel("calculator").getByText(/Not an amount/)).toBeInTheDocument();
    expect(inPanel("calculator").queryByRole("list")).not.toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, "2000万亿");
    expect(inPanel("calculator").getByText(/over 1,000万亿 yuan/)).toBeInTheDocument();
  });

  test("category any ranks each region's largest incentive, drafts marked", async () => {
    const { user } = renderPane({ view: "calculator" });
    await user.selectOptions(inPanel("calculator").getByLabelText("Category"), "any");
    const rows = results();
    expect(rows.map((r) => within(r).getAllByText(/^(Suzhou|Chengdu Hi-tech Zone|Zhuhai)$/)[0].textContent)).toEqual([
      "Suzhou",
      "Chengdu Hi-tech Zone",
      "Zhuhai",
    ]);
    expect(within(rows[0]).getByText("Draft for comment (征求意见稿)")).toBeInTheDocument();
  });

  test("the unit switch shows figures in 万元 and reads bare numbers in that unit", async () => {
    const { user, savePreferences } = renderPane({ view: "calculator" });
    await user.selectOptions(inPanel("calculator").getByLabelText("Unit"), "wan");
    expect(results()[0]).toHaveTextContent("3,000 万 CNY");
    await user.type(inPanel("calculator").getByLabelText("Eligible spend (optional)"), "20000");
    expect(results()[0]).toHaveTextContent("30% × 20,000 万 CNY = 6,000 万 CNY, capped at 3,000 万 CNY");
    expect(savePreferences).toHaveBeenLastCalledWith({ language: null, unit: "wan" });
  });

  test("in Excel, 'Insert as table' sends the calculator plan to the operation and reports where it went", async () => {
    const { user, operations } = renderPane({ view: "calculator" });
    await user.type(inPanel("calculator").getByLabelText("Eligible spend (optional)"), "2亿");
    await user.click(inPanel("calculator").getByRole("button", { name: "Insert as table" }));
    expect(operations.insertCalculatorTable).toHaveBeenCalledTimes(1);
    expect(operations.insertCalculatorTable.mock.calls[0][0]).toEqual(
      planCalculatorTable(currentAtlas(), { categoryId: "model", amount: 200_000_000, unit: "yuan", language: "en", today: "2026-11-30" }), // the pane's (test) clock
    );
    expect(await screen.findByText("Table inserted at Sheet1!B3:H5.")).toBeInTheDocument();
  });

  test("a failed insert shows why in an error message bar", async () => {
    const { user, operations } = renderPane({ view: "calculator" });
    operations.insertCalculatorTable.mockRejectedValueOnce(new Error("The table needs 3 rows × 7 columns of empty cells at Sheet1!B3:H5"));
    await user.click(inPanel("calculator").getByRole("button", { name: "Insert as table" }));
    expect(await screen.findByText("The table was not inserted.")).toBeInTheDocument();
    expect(screen.getByText(/needs 3 rows × 7 columns of empty cells/)).toBeInTheDocument();
  });

  test("in the preview, 'Insert as table' is disabled and says it needs Excel", async () => {
    const { user, operations } = renderPane({ host: "preview", view: "calculator" });
    const insert = inPanel("calculator").getByRole("button", { name: "Insert as table" });
    expect(insert).toHaveAttribute("aria-disabled", "true");
    expect(insert).toHaveAccessibleDescription(/Needs Excel: this browser preview has no workbook/);
    await user.click(insert);
    expect(operations.insertCalculatorTable).not.toHaveBeenCalled();
  });
});
