/**
 * The Targets tab of Explore and the freshness marks (PRODUCT.md §8): targets and results with
 * money in the pane's unit and counts and shares as stated; the data's age in the header and the
 * Data view; policies whose period ends within 90 days or has ended badged wherever they appear.
 */
import { fixedClock } from "../../../../src/core/rules/freshness";
import { planTargetsSheet } from "../../../../src/core/sheets/targets-plan";
import { currentAtlas, resetStoreForTests, swapDataset } from "../../../../src/data/store";
import { byId, variant } from "../../../support/datasets";
import { inPanel, renderPane, screen, TEST_DATA_URL, within } from "../../support/render-pane";

function items(): HTMLElement[] {
  return inPanel("explore").queryAllByRole("listitem");
}

function item(title: string): HTMLElement {
  const heading = inPanel("explore").getByRole("heading", { level: 3, name: title });
  return heading.closest("li") as HTMLElement;
}

describe("the Targets tab", () => {
  test("lists the 12 targets and results with their values, kinds and years", async () => {
    const { user } = renderPane();
    await user.click(inPanel("explore").getByRole("tab", { name: "Targets" }));
    expect(inPanel("explore").getByRole("status")).toHaveTextContent("12 records");
    const terminal = item("AI terminal industry output");
    expect(within(terminal).getByTestId("target-value")).toHaveTextContent("at least 800,000,000,000 CNY");
    expect(within(terminal).getByText("Target")).toBeInTheDocument();
    expect(within(terminal).getByText("2026")).toBeInTheDocument();
    expect(within(item("AI terminal industry output (stretch)")).getByText("Stretch target (力争)")).toBeInTheDocument();
    expect(within(item("Unicorn companies")).getByTestId("target-value")).toHaveTextContent("over 10");
    expect(within(item("Average annual growth of AI industry output")).getByTestId("target-value")).toHaveTextContent("over 20%");
    const result = item("Demonstration application products launched");
    expect(within(result).getByText("Result achieved")).toBeInTheDocument();
    expect(within(result).getByText("None named (a reported result)")).toBeInTheDocument();
    expect(within(item("National-level application scenarios")).getByText("within 3 years")).toBeInTheDocument();
  });

  test("the unit picker converts money targets only", async () => {
    const { user } = renderPane({ preferences: { unit: "yi" } });
    await user.click(inPanel("explore").getByRole("tab", { name: "Targets" }));
    expect(within(item("AI terminal industry output")).getByTestId("target-value")).toHaveTextContent("at least 8,000 亿 CNY");
    expect(within(item("AI (robotics) industry output")).getByTestId("target-value")).toHaveTextContent("over 1,000 亿 CNY");
    expect(within(item("AI companies")).getByTestId("target-value")).toHaveTextContent(/^over 3,000$/);
    expect(within(item("Average annual growth of AI industry output")).getByTestId("target-value")).toHaveTextContent(/^over 20%$/);
  });

  test("search and the region filter work on targets; a target cites the passage stating it", async () => {
    const { user } = renderPane();
    const explore = inPanel("explore");
    await user.click(explore.getByRole("tab", { name: "Targets" }));
    await user.selectOptions(explore.getByLabelText("Region"), "chengdu");
    expect(explore.getByRole("status")).toHaveTextContent("7 of 12 records");
    await user.selectOptions(explore.getByLabelText("Region"), "");
    await user.type(explore.getByRole("searchbox"), "独角兽");
    expect(items()).toHaveLength(1);
    await user.click(within(items()[0]).getByRole("button", { name: "Source of Unicorn companies" }));
    expect(items()[0].querySelector("blockquote")?.textContent).toContain("獨角獸企業超10家");
  });

  test("in Chinese", async () => {
    const { user } = renderPane({ preferences: { language: "zh", unit: "yi" } });
    await user.click(inPanel("explore").getByRole("tab", { name: "目标" }));
    const terminal = item("人工智能终端产业规模");
    expect(within(terminal).getByTestId("target-value")).toHaveTextContent("不少于8,000亿元");
    expect(within(terminal).getByText("2026-12-31到期")).toBeInTheDocument();
    expect(within(item("人工智能终端产业规模(力争)")).getByText("力争目标")).toBeInTheDocument();
    expect(within(item("国家级应用场景")).getByText("3年内")).toBeInTheDocument();
  });
});

describe("inserting the targets as a table", () => {
  test("in Excel, the button sends the targets shown (filters applied) in the pane's unit and reports the sheets", async () => {
    const { user, operations } = renderPane({ preferences: { unit: "yi" } });
    const explore = inPanel("explore");
    await user.click(explore.getByRole("tab", { name: "Targets" }));
    await user.selectOptions(explore.getByLabelText("Region"), "chengdu");
    await user.click(explore.getByRole("button", { name: "Insert targets as table" }));
    expect(operations.insertTargetsTable).toHaveBeenCalledTimes(1);
    const shownIds = currentAtlas()
      .dataset.targets.filter((t) => t.regionId === "chengdu-hitech")
      .map((t) => t.id);
    expect(shownIds).toHaveLength(7);
    expect(operations.insertTargetsTable.mock.calls[0][0]).toEqual(
      planTargetsSheet(currentAtlas(), { targetIds: shownIds, unit: "yi", language: "en", today: "2026-11-30" }),
    );
    expect(await screen.findByText("Inserted the sheet “AI Targets”; every value's source is on “AI Atlas Sources”.")).toBeInTheDocument();
  });

  test("only on the Targets tab; a failed insert shows why", async () => {
    const { user, operations } = renderPane();
    const explore = inPanel("explore");
    expect(explore.queryByRole("button", { name: "Insert targets as table" })).not.toBeInTheDocument();
    await user.click(explore.getByRole("tab", { name: "Targets" }));
    operations.insertTargetsTable.mockRejectedValueOnce(new Error("Could not insert the targets sheet: the workbook is protected."));
    await user.click(explore.getByRole("button", { name: "Insert targets as table" }));
    expect(await screen.findByText("The targets table was not inserted.")).toBeInTheDocument();
    expect(screen.getByText(/the workbook is protected/)).toBeInTheDocument();
  });

  test("in Chinese: 插入目标表", async () => {
    const { user, operations } = renderPane({ preferences: { language: "zh" } });
    await user.click(inPanel("explore").getByRole("tab", { name: "目标" }));
    await user.click(inPanel("explore").getByRole("button", { name: "插入目标表" }));
    expect(operations.insertTargetsTable.mock.calls[0][0].sheetName).toBe("AI目标");
    expect(operations.insertTargetsTable.mock.calls[0][0].rows).toHaveLength(12);
  });

  test("in the preview, the button is disabled and says it needs Excel", async () => {
    const { user, operations } = renderPane({ host: "preview" });
    await user.click(inPanel("explore").getByRole("tab", { name: "Targets" }));
    const insert = inPanel("explore").getByRole("button", { name: "Insert targets as table" });
    expect(insert).toHaveAttribute("aria-disabled", "true");
    expect(insert).toHaveAccessibleDescription(/Needs Excel: this browser preview has no workbook/);
    await user.click(insert);
    expect(operations.insertTargetsTable).not.toHaveBeenCalled();
  });
});

describe("freshness", () => {
  test("the header and the Data view give the data's as-of date and age by the pane's clock", async () => {
    renderPane({ view: "data", clock: fixedClock("2025-03-23") });
    await screen.findByText(TEST_DATA_URL, { exact: false }); // the refresh settings have loaded
    expect(screen.getByTestId("data-freshness")).toHaveTextContent("Data as of 2025-03-22 · 1 day old");
    expect(inPanel("data").getByTestId("data-as-of")).toHaveTextContent("2025-03-22 · 1 day old");
  });

  test("in Chinese", () => {
    renderPane({ preferences: { language: "zh" } });
    expect(screen.getByTestId("data-freshness")).toHaveTextContent("数据截至2025-03-22 · 已过618天");
  });

  test.each([
    ["2025-06-01", null],
    ["2026-11-30", "Ends 2026-12-31"],
    ["2027-01-05", "Ended 2026-12-31"],
  ])("on %s Shenzhen's 2025–2026 plans and their targets are badged %p", async (day, badge) => {
    const { user } = renderPane({ clock: fixedClock(day) });
    const explore = inPanel("explore");
    await user.click(explore.getByRole("tab", { name: "Policies" }));
    await user.type(explore.getByRole("searchbox"), "深圳");
    expect(items()).toHaveLength(2);
    for (const li of items()) {
      if (badge) expect(within(li).getByText(badge)).toHaveAttribute("title", expect.stringContaining("period 2025–2026"));
      else expect(li.querySelector("[data-freshness]")).toBeNull();
    }
    await user.click(explore.getByRole("tab", { name: "Targets" }));
    expect(items()).toHaveLength(5);
    for (const li of items()) expect(li.querySelector("[data-freshness]") !== null).toBe(badge !== null);
  });

  test("a policy without a published period, and its incentives, are never badged", async () => {
    const { user } = renderPane({ clock: fixedClock("2030-01-01") });
    expect(document.querySelectorAll("#panel-explore [data-freshness]")).toHaveLength(0); // incentives: none has a period
    await user.click(inPanel("explore").getByRole("tab", { name: "Policies" }));
    const badged = items().filter((li) => li.querySelector("[data-freshness]"));
    expect(badged.map((li) => li.querySelector("h3")?.textContent)).toEqual([
      "Shenzhen Action Plan to Accelerate the AI Terminal Industry (2025–2026)",
      "Action Plan to Build Shenzhen into an AI Pioneer City (2025–2026)",
      "Chengdu Hi-tech Zone Three-year Action Plan for High-quality Development of the AI Industry (2024–2026)",
    ]);
  });
});

describe("freshness marks in the Calculator and the Compare preview", () => {
  beforeEach(() => {
    // Chengdu Hi-tech Zone's policy publishes no period; give it 2025–2026 so its incentives' figures are judged.
    swapDataset(
      variant("2025.03.22.9", (d) => (byId(d.policies, "cdht-ai-robotics-policy").period = { from: 2025, to: 2026 })),
      "refreshed",
    );
  });
  afterEach(() => resetStoreForTests());

  test("the Calculator badges a region whose rule's policy ends within 90 days", async () => {
    const { user } = renderPane({ view: "calculator" });
    const calculator = inPanel("calculator");
    await user.selectOptions(calculator.getByLabelText("Category"), "any");
    const rows = calculator.getAllByRole("listitem");
    const chengdu = rows.find((li) => li.textContent?.includes("Chengdu Hi-tech Zone")) as HTMLElement;
    expect(within(chengdu).getByText("Ends 2026-12-31")).toHaveAttribute("data-freshness", "ending");
    const suzhou = rows.find((li) => li.textContent?.includes("Suzhou")) as HTMLElement;
    expect(suzhou.querySelector("[data-freshness]")).toBeNull();
  });

  test("the Compare preview shows the mark in the figure and the legend", async () => {
    renderPane({ view: "compare" });
    const preview = await screen.findByRole("region", { name: /Preview of the sheet/ });
    expect(within(preview).getAllByText(/\(ends 2026-12-31\)$/).length).toBeGreaterThan(0);
    expect(within(preview).getByText(/ends within 90 days of 2026-11-30/)).toBeInTheDocument();
  });
});
