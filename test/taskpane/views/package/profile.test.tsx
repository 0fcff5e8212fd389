/**
 * The Package view: fields with units and yes / no / unknown, the ranking with the three totals, the
 * breakdown's conditions, arithmetic and quotes, the profile kept through the host's operations,
 * bad values shown beside their field, and the Excel-only insert with the sheet's preview.
 */
import { act } from "@testing-library/react";
import { PROFILE_SETTING_KEY } from "../../../../src/taskpane/host/operations";
import { previewOperations } from "../../../../src/taskpane/host/preview-operations";
import { inPanel, mockOperations, renderPane, within } from "../../support/render-pane";

const SAVED = JSON.stringify({
  values: {
    computeSpend: 8_000_000,
    modelRndCost: 200_000_000,
    modelParameters: 120_000_000_000,
    modelLeading: true,
    rndInput: 50_000_000,
    rndIntensity: 0.25,
    highEndHires: 4,
    years: 3,
  },
});

async function openWithSaved(json: string | null = SAVED) {
  const operations = mockOperations("excel");
  operations.loadProfile.mockResolvedValue(json);
  const rendered = renderPane({ view: "profile", operations });
  await inPanel("profile").findByText("Company profile", undefined, { timeout: 15_000 });
  if (json) await inPanel("profile").findByDisplayValue("8000000", undefined, { timeout: 5_000 });
  return rendered;
}

const region = (name: RegExp): HTMLElement => inPanel("profile").getByText(name).closest("li") as HTMLElement;

/** Opens Chengdu Hi-tech Zone's breakdown (the Disclosure toggle) unless it is open. */
async function openChengdu(user: { click: (e: Element) => Promise<void> }): Promise<HTMLElement> {
  const toggle = inPanel("profile").getByRole("button", { name: "Breakdown: Chengdu Hi-tech Zone" });
  if (toggle.getAttribute("aria-expanded") !== "true") await user.click(toggle);
  return region(/^\d\. Chengdu Hi-tech Zone/);
}

describe("Package", () => {
  test("the saved profile is restored and the worked example ranks Chengdu Hi-tech Zone first at 61,000,000", async () => {
    const { user } = await openWithSaved();
    const view = inPanel("profile");
    expect(view.getByLabelText("Internal R&D intensity on key technologies")).toHaveValue("25%");
    expect(view.getByLabelText("General-purpose (通用) model leading in China")).toHaveValue("yes");
    const chengdu = await openChengdu(user);
    expect(chengdu).toHaveTextContent(/^1\. Chengdu Hi-tech Zone/);
    expect(chengdu).toHaveTextContent("Firm: 45,000,000 CNY");
    expect(chengdu).toHaveTextContent("Eligible (upper bound): up to 61,000,000 CNY");
    expect(chengdu).toHaveTextContent("Possible: 69,100,000 CNY");
    // Up-to lines read "up to"; the team award is marked, not summed; the unpublished term is flagged.
    expect(chengdu).toHaveTextContent("up to min(8,000,000 CNY, 5,000,000 CNY) = 5,000,000 CNY × 3 years = up to 15,000,000 CNY");
    expect(chengdu).toHaveTextContent("paid to teams or individuals, not the company: not summed");
    expect(chengdu).toHaveTextContent("the policy publishes no term: years 2–3 assume it continues");
    // The breakdown: arithmetic, conditions and the source's words.
    expect(chengdu).toHaveTextContent("min(10% × 50,000,000 CNY, 10,000,000 CNY) = 5,000,000 CNY × 3 years = 15,000,000 CNY");
    expect(chengdu).toHaveTextContent("✓ rndIntensity ≥ 20% (profile: 25%)");
    expect(chengdu).toHaveTextContent("对关键技术内部研发投入强度达20%以上");
    expect(chengdu).toHaveTextContent("do not state whether these incentives can be combined");
    expect(region(/^2\. Zhuhai/)).toHaveTextContent("Possible: 30,000,000 CNY");
    expect(region(/^3\. Suzhou/)).toHaveTextContent("Possible: 0 CNY");
  });

  test("a failing condition and a missing judgement are shown with the value and threshold; changes are saved", async () => {
    const { user, operations } = await openWithSaved();
    const view = inPanel("profile");
    await user.clear(view.getByLabelText("Internal R&D intensity on key technologies"));
    await user.type(view.getByLabelText("Internal R&D intensity on key technologies"), "19%");
    await user.selectOptions(view.getByLabelText("General-purpose (通用) model leading in China"), "");
    const chengdu = await openChengdu(user);
    expect(chengdu).toHaveTextContent("Firm: 0 CNY");
    expect(chengdu).toHaveTextContent("Eligible (upper bound): up to 16,000,000 CNY");
    expect(chengdu).toHaveTextContent("✗ rndIntensity ≥ 20% (profile: 19%)");
    expect(chengdu).toHaveTextContent("? modelLeading = yes (not given)");
    const last = JSON.parse(operations.saveProfile.mock.calls.at(-1)![0]);
    expect(last.values.rndIntensity).toBeCloseTo(0.19, 12);
    expect(last.values).not.toHaveProperty("modelLeading");
  });

  test("a bad value is shown beside its field and left out, never read as 0", async () => {
    const { user } = await openWithSaved();
    const view = inPanel("profile");
    await user.clear(view.getByLabelText("Internal R&D intensity on key technologies"));
    await user.type(view.getByLabelText("Internal R&D intensity on key technologies"), "25");
    expect(view.getByText(/Type 25% or 0.25/)).toBeInTheDocument();
    expect(await openChengdu(user)).toHaveTextContent("missing: rndIntensity");
  });

  test("an empty profile ranks nothing: the view asks for the profile", async () => {
    await openWithSaved(null);
    const view = inPanel("profile");
    expect(view.getByText(/Fill in the company profile above to rank the regions/)).toBeInTheDocument();
    expect(view.queryByRole("button", { name: /^Breakdown:/ })).toBeNull();
  });

  test("money fields follow the pane's unit", async () => {
    await openWithSaved();
    const view = inPanel("profile");
    expect(view.getByLabelText("Compute spend on training AI models (a year)")).toHaveValue("8000000");
    expect(view.getAllByText(/\(in CNY\)/).length).toBeGreaterThan(0);
  });

  test("Insert package sheet sends the plan previewed; the preview runs in the browser, the insert needs Excel", async () => {
    const { user, operations } = await openWithSaved();
    const view = inPanel("profile");
    const preview = within(view.getByRole("region", { name: "Preview: AI Package" }));
    expect(preview.getByText(/^Company package: 成都高新区 \(live formulas/)).toBeInTheDocument();
    expect(preview.getAllByText("61,000,000").length).toBeGreaterThan(0);
    await user.click(view.getByRole("button", { name: "Insert package sheet" }));
    expect(operations.insertPackageSheet).toHaveBeenCalledTimes(1);
    const plan = operations.insertPackageSheet.mock.calls[0][0];
    expect(plan.grid.formulas.flat()).toContain('=CN.AIPACKAGETOTAL($B$2,$A$6:$B$19,"firm",$B$3)');
    expect(plan.grid.formulas.flat()).toContain('=CN.AIPACKAGETOTAL($B$2,$A$6:$B$19,"eligible",$B$3)');
    expect(preview.getAllByText("45,000,000").length).toBeGreaterThan(0);
    expect(preview.getAllByText("69,100,000").length).toBeGreaterThan(0);
    expect([plan.pkg.firm, plan.pkg.eligible, plan.pkg.possible]).toEqual([45_000_000, 61_000_000, 69_100_000]);
    expect(await view.findByText(/Inserted the sheet “AI Package”/)).toBeInTheDocument();
  });
});

test("the preview keeps the profile in the browser's storage and explains the Excel-only insert", async () => {
  const operations = previewOperations();
  await operations.saveProfile(SAVED);
  expect(await operations.loadProfile()).toBe(SAVED);
  expect(localStorage.getItem(PROFILE_SETTING_KEY)).toBe(SAVED);
  renderPane({
    view: "profile",
    host: "preview",
    operations: { ...mockOperations("preview"), loadProfile: jest.fn().mockResolvedValue(SAVED) },
  });
  await inPanel("profile").findByText("Company profile", undefined, { timeout: 15_000 });
  await act(async () => undefined);
  expect(inPanel("profile").getByRole("button", { name: "Insert package sheet" })).toHaveAttribute("aria-disabled", "true");
});
