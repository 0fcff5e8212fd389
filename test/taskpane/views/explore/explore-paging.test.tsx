/**
 * Explore pages long lists (issue 22: a dataset at the schema's limits has thousands of records):
 * 50 at first, 50 more per "Show more", back to the first page when the list or its filters change.
 */
import { act } from "@testing-library/react";
import { resetStoreForTests, swapDataset } from "../../../../src/data/store";
import { PAGE } from "../../../../src/taskpane/views/explore/ExploreView";
import { scaledDataset } from "../../../support/datasets";
import { inPanel, renderPane } from "../../support/render-pane";

afterEach(() => resetStoreForTests());

test("a long list shows a page at a time, and says how many are not shown", async () => {
  const big = scaledDataset(12);
  act(() => {
    swapDataset(big, "refreshed");
  });
  const { user } = renderPane({ view: "explore" });
  const list = () => inPanel("explore").getByRole("list", { name: /Incentives/ });
  const items = () => list().querySelectorAll(":scope > li").length;
  expect(big.incentives.length).toBeGreaterThan(2 * PAGE);
  expect(items()).toBe(PAGE);
  const left = big.incentives.length - PAGE;
  await user.click(inPanel("explore").getByRole("button", { name: `Show ${PAGE} more (${left} not shown)` }));
  expect(items()).toBe(2 * PAGE);
  await user.click(inPanel("explore").getByRole("tab", { name: /Funds/ }));
  await user.click(inPanel("explore").getByRole("tab", { name: /Incentives/ }));
  expect(items()).toBe(PAGE);
});
