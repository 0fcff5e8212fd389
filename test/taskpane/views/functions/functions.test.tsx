/** Functions: the reference rendered from the catalog, and building a formula with typed values and picked cells. */
import { FUNCTION_CATALOG } from "../../../../src/core/api/function-catalog";
import { inPanel, renderPane, screen, within } from "../../support/render-pane";

/** The card of a function, its builder opened. */
async function openBuilder(user: ReturnType<typeof renderPane>["user"], id: string): Promise<HTMLElement> {
  const heading = inPanel("functions").getByRole("heading", { level: 3, name: new RegExp(`^CN\\.${id}\\(`) });
  const card = heading.closest("li") as HTMLElement;
  await user.click(within(card).getByRole("button", { name: `Insert into a cell: CN.${id}` }));
  return card;
}

describe("Functions", () => {
  test("lists every catalog function with its signature, description and examples", () => {
    renderPane({ view: "functions" });
    const headings = inPanel("functions")
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(
      FUNCTION_CATALOG.map((fn) => `CN.${fn.id}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`),
    );
    expect(headings[0]).toBe("CN.AISUBSIDY(region, category, [amount], [unit])");
    expect(inPanel("functions").getByText(FUNCTION_CATALOG[0].en)).toBeInTheDocument();
    expect(inPanel("functions").getByText('=CN.AISUBSIDY("成都高新区","model",200000000)')).toBeInTheDocument();
    expect(inPanel("functions").getByText("30,000,000")).toBeInTheDocument();
    // Chinese Excel shows the same function name (office-js#891) with Chinese argument names.
    expect(inPanel("functions").getByText("CN.AISUBSIDY(地区, 类别, [金额], [单位])")).toBeInTheDocument();
    expect(inPanel("functions").queryByText(/CN\.AI补贴/)).toBeNull();
  });

  test("in Chinese, descriptions come from the catalog's Chinese", () => {
    renderPane({ view: "functions", displayLanguage: "zh" });
    expect(inPanel("functions").getByText(FUNCTION_CATALOG[0].zh)).toBeInTheDocument();
    expect(inPanel("functions").getByText(FUNCTION_CATALOG[0].examples[0].zh)).toBeInTheDocument();
  });

  test('builds =CN.AISUBSIDY(A2,"model",B2) from picked cells and a typed value, and writes it into the selected cell', async () => {
    const { user, operations } = renderPane({ view: "functions" });
    const card = await openBuilder(user, "AISUBSIDY");
    const pick = within(card).getAllByRole("button", { name: "Use selected cell" });
    operations.getSelectedCell.mockResolvedValueOnce({ sheet: "Sheet1", cell: "A2" });
    await user.click(pick[0]);
    expect(await within(card).findByDisplayValue("Sheet1!A2")).toBeInTheDocument();
    await user.type(within(card).getByRole("textbox", { name: /^category/ }), "model");
    operations.getSelectedCell.mockResolvedValueOnce({ sheet: "Sheet1", cell: "B2" });
    await user.click(pick[2]);
    expect(await within(card).findByDisplayValue("Sheet1!B2")).toBeInTheDocument();
    expect(within(card).getByRole("textbox", { name: "Formula" })).toHaveValue('=CN.AISUBSIDY(A2,"model",B2)');

    operations.getSelectedCell.mockResolvedValueOnce({ sheet: "Sheet1", cell: "C2" });
    await user.click(within(card).getByRole("button", { name: "Insert into selected cell" }));
    expect(operations.insertFormula).toHaveBeenCalledWith('=CN.AISUBSIDY(A2,"model",B2)');
    expect(await within(card).findByText("Formula written to Sheet1!C1.")).toBeInTheDocument();
  });

  test("a cell picked on another sheet is referenced with its sheet; a picked cell can be dropped again", async () => {
    const { user, operations } = renderPane({ view: "functions" });
    const card = await openBuilder(user, "AIFUND");
    operations.getSelectedCell.mockResolvedValueOnce({ sheet: "Fund list", cell: "D4" });
    await user.click(within(card).getAllByRole("button", { name: "Use selected cell" })[0]);
    await within(card).findByDisplayValue("'Fund list'!D4");
    await user.type(within(card).getByRole("textbox", { name: /^field/ }), "first");
    operations.getSelectedCell.mockResolvedValueOnce({ sheet: "Summary", cell: "A1" });
    await user.click(within(card).getByRole("button", { name: "Insert into selected cell" }));
    expect(operations.insertFormula).toHaveBeenCalledWith("=CN.AIFUND('Fund list'!D4,,\"first\")");
    await user.click(within(card).getByRole("button", { name: "Stop using cell D4" }));
    expect(within(card).getByRole("textbox", { name: "Formula" })).toHaveValue('=CN.AIFUND(,,"first")');
  });

  test("required arguments are asked for before anything is written", async () => {
    const { user, operations } = renderPane({ view: "functions" });
    const card = await openBuilder(user, "AISUBSIDY");
    expect(within(card).getByText("Fill in region, category.")).toBeInTheDocument();
    expect(within(card).getByRole("button", { name: "Insert into selected cell" })).toBeDisabled();
    expect(operations.insertFormula).not.toHaveBeenCalled();
  });

  test("in the preview, the formula can be copied; picking cells and inserting need Excel", async () => {
    const { user, operations } = renderPane({ host: "preview", view: "functions" });
    const card = await openBuilder(user, "AISUBSIDY");
    await user.type(within(card).getByRole("textbox", { name: /^region/ }), "成都高新区");
    await user.type(within(card).getByRole("textbox", { name: /^category/ }), "model");
    await user.type(within(card).getByRole("textbox", { name: /^amount/ }), "200,000,000");
    expect(within(card).getByRole("textbox", { name: "Formula" })).toHaveValue('=CN.AISUBSIDY("成都高新区","model",200000000)');
    const insert = within(card).getByRole("button", { name: "Insert into selected cell" });
    expect(insert).toHaveAttribute("aria-disabled", "true");
    expect(insert).toHaveAccessibleDescription(/Needs Excel/);
    expect(within(card).getAllByRole("button", { name: "Use selected cell" })[0]).toHaveAttribute("aria-disabled", "true");
    await user.click(within(card).getByRole("button", { name: "Copy formula" }));
    expect(operations.copyText).toHaveBeenCalledWith('=CN.AISUBSIDY("成都高新区","model",200000000)');
    expect(await screen.findByText("Formula copied. Paste it into a cell in Excel.")).toBeInTheDocument();
    expect(operations.insertFormula).not.toHaveBeenCalled();
  });
});
