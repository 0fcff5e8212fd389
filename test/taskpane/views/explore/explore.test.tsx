/** Explore: search in Chinese, English and pinyin, filters, the source behind each row, draft marks. */
import { inPanel, renderPane, screen, within } from "../../support/render-pane";

function count(): string {
  return inPanel("explore").getByRole("status").textContent ?? "";
}

function titles(): string[] {
  return inPanel("explore")
    .queryAllByRole("heading", { level: 3 })
    .map((h) => h.textContent ?? "");
}

describe("Explore", () => {
  test("lists every incentive by default, with its figure in the chosen unit", () => {
    renderPane({ host: "preview" });
    expect(count()).toBe("11 records");
    expect(titles()).toContain("Chengdu Hi-tech Zone · Large-model R&D subsidy");
    expect(inPanel("explore").getAllByText("30,000,000 CNY").length).toBeGreaterThan(0);
  });

  test.each([
    ["Simplified Chinese", "苏州", ["Suzhou · AI chip subsidy"]],
    ["Traditional Chinese", "蘇州", ["Suzhou · AI chip subsidy"]],
    ["English", "Zhuhai", ["Zhuhai · Policy overall cap"]],
    ["pinyin", "zhuhai shi", ["Zhuhai · Policy overall cap"]],
    ["an alias", "Soochow", ["Suzhou · AI chip subsidy"]],
    ["a province, finding the regions within it", "广东", ["Zhuhai · Policy overall cap"]],
    [
      "two words (all must match)",
      "chengdu 算力",
      ["Chengdu Hi-tech Zone · Compute subsidy", "Chengdu Hi-tech Zone · National compute-infrastructure case award"],
    ],
  ])("search by %s", async (_what, query, expected) => {
    const { user } = renderPane();
    await user.type(inPanel("explore").getByRole("searchbox", { name: "Search" }), query);
    expect(titles()).toEqual(expected);
    expect(count()).toBe(`${expected.length} of 11 records`);
  });

  test("pinyin with tone marks and without spaces finds the zone", async () => {
    const { user } = renderPane();
    await user.type(inPanel("explore").getByRole("searchbox"), "Chéngdū gāoxīn");
    expect(count()).toBe("9 of 11 records");
  });

  test("the region filter includes the regions within it; the category and status filters narrow", async () => {
    const { user } = renderPane();
    const explore = inPanel("explore");
    await user.selectOptions(explore.getByLabelText("Region"), "sichuan");
    expect(count()).toBe("9 of 11 records");
    await user.selectOptions(explore.getByLabelText("Category"), "rnd");
    expect(titles()).toEqual(["Chengdu Hi-tech Zone · R&D input subsidy"]);
    await user.selectOptions(explore.getByLabelText("Region"), "");
    await user.selectOptions(explore.getByLabelText("Category"), "");
    await user.selectOptions(explore.getByLabelText("Status"), "draft");
    expect(titles()).toEqual(["Suzhou · AI chip subsidy", "Zhuhai · Policy overall cap"]);
  });

  test("nothing found says so and offers to clear the filters", async () => {
    const { user } = renderPane();
    await user.type(inPanel("explore").getByRole("searchbox"), "no such thing");
    expect(inPanel("explore").getByText("Nothing matches the search and filters.")).toBeInTheDocument();
    await user.click(inPanel("explore").getByRole("button", { name: "Clear search and filters" }));
    expect(count()).toBe("11 records");
  });

  test("drafts and press reports are marked in words, not only colour", async () => {
    const { user } = renderPane();
    await user.type(inPanel("explore").getByRole("searchbox"), "苏州");
    const item = inPanel("explore").getByRole("listitem");
    expect(within(item).getByText("Draft for comment (征求意见稿)")).toBeInTheDocument();
    expect(within(item).getByText("Press report")).toBeInTheDocument();
  });

  test("a row expands to its verbatim quote, source title, publisher, date and link", async () => {
    const { user } = renderPane();
    await user.type(inPanel("explore").getByRole("searchbox"), "大模型");
    const item = inPanel("explore").getByRole("listitem");
    const toggle = within(item).getByRole("button", { name: "Source of Chengdu Hi-tech Zone · Large-model R&D subsidy" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const details = document.getElementById(toggle.getAttribute("aria-controls") ?? "") as HTMLElement;
    expect(details).toBeVisible();
    expect(within(details).getByText(/按照模型研发成本的30%/)).toBeInTheDocument();
    expect(within(details).getByText(/成都高新区发布首个人工智能/)).toBeInTheDocument();
    expect(within(details).getByText(/Xinhua Sichuan/)).toBeInTheDocument();
    expect(within(details).getByText("2025-03-22")).toBeInTheDocument();
    // A plain http source is shown as text with its host, never as an href (issue 22).
    expect(within(details).queryByRole("link", { name: /Open the source/ })).toBeNull();
    expect(within(details).getByTestId("source-address")).toHaveTextContent(
      "http://sc.xinhuanet.com/20250322/be0abe546f78408bb5c24ac568ec464c/c.html",
    );
    expect(within(details).getByTestId("source-host")).toHaveTextContent("on sc.xinhuanet.com");
    expect(within(details).getByText(/Plain http address: not opened from here/)).toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
  });

  test("quotes from the Traditional source have their pinyin reading aids removed", async () => {
    const { user } = renderPane();
    await user.click(inPanel("explore").getByRole("tab", { name: "Funds" }));
    await user.type(inPanel("explore").getByRole("searchbox"), "广东");
    const item = inPanel("explore").getAllByRole("listitem")[0];
    await user.click(within(item).getByRole("button", { name: /^Source of/ }));
    const quote = item.querySelector("blockquote");
    expect(quote?.textContent).toBeTruthy();
    expect(quote?.textContent).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/i);
    expect(screen.getByText("No web address is published for this source.")).toBeInTheDocument();
  });

  test("funds and policies list with their own facts", async () => {
    const { user } = renderPane();
    await user.click(inPanel("explore").getByRole("tab", { name: "Funds" }));
    expect(count()).toBe("15 records");
    expect(inPanel("explore").getByText("nearly 100,000,000,000 CNY")).toBeInTheDocument();
    await user.click(inPanel("explore").getByRole("tab", { name: "Policies" }));
    expect(count()).toBe("9 records");
    expect(inPanel("explore").queryByRole("combobox", { name: "Category" })).not.toBeInTheDocument();
  });

  test("policies' categorical facts are searchable and shown: 灵巧手, smart healthcare, 免申即享", async () => {
    const { user } = renderPane();
    await user.click(inPanel("explore").getByRole("tab", { name: "Policies" }));
    const search = inPanel("explore").getByRole("searchbox");
    await user.type(search, "灵巧手");
    expect(count()).toBe("1 of 9 records");
    expect(titles()[0]).toContain("Zhuhai");
    expect(inPanel("explore").getByText(/Dexterous hands \(灵巧手\)/)).toBeInTheDocument();
    expect(inPanel("explore").getByText(/RISC-V open-source ecosystem innovation centre/)).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, "smart healthcare");
    expect(count()).toBe("1 of 9 records");
    expect(inPanel("explore").getByText(/over a third of the clauses are granted without application/)).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, "免申即享");
    expect(count()).toBe("1 of 9 records");
  });

  test("the Suzhou cluster lists the funds of its first batch, marked inferred, and a member's name finds it", async () => {
    const { user } = renderPane();
    await user.click(inPanel("explore").getByRole("tab", { name: "Funds" }));
    await user.type(inPanel("explore").getByRole("searchbox"), "first batch 新能源");
    expect(count()).toBe("1 of 15 records");
    expect(inPanel("explore").getByText(/Suzhou Pharmaceutical Industry Fund; Suzhou New Energy Industry Fund/)).toBeInTheDocument();
    expect(inPanel("explore").getByText(/inferred: the funds listed sum to the first batch/)).toBeInTheDocument();
  });

  test("dataset text is shown as text, never as HTML", async () => {
    const { user } = renderPane();
    await user.type(inPanel("explore").getByRole("searchbox"), "<b>");
    expect(document.querySelector("#panel-explore b")).toBeNull();
  });
});
