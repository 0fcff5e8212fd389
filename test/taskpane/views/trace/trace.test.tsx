/**
 * The Trace view: it follows the selection through the operations (debounced), and for a cell
 * with literals, references, nested calls, a spilled row, a static figure linked to its Sources
 * row and a cell without CN, shows what the user needs to trust the number. The preview traces a
 * pasted formula.
 */
import { act, waitFor } from "@testing-library/react";
import { fixedClock } from "../../../../src/core/rules/freshness";
import type { TraceSnapshot } from "../../../../src/core/trace/trace-snapshot";
import { inPanel, mockOperations, renderPane, screen } from "../../support/render-pane";

function excelWith(...snapshots: TraceSnapshot[]) {
  const operations = mockOperations("excel");
  snapshots.forEach((s) => operations.readTraceSnapshot.mockResolvedValueOnce(s));
  return operations;
}

const cell = (formula: unknown, value: unknown, extra: Partial<TraceSnapshot> = {}): TraceSnapshot => ({
  sheet: "Sheet1",
  address: "C6",
  formula,
  value,
  references: [],
  ...extra,
});

describe("Trace in Excel", () => {
  test("literals: the call, the region and rule, the arithmetic, the quote and source, the status and the data version", async () => {
    const operations = excelWith(cell('=CN.AISUBSIDY("成都高新区","model",200000000)', 30_000_000));
    renderPane({ view: "trace", operations });
    const view = inPanel("trace");
    expect(await view.findByText("Chengdu Hi-tech Zone (成都高新区)", undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(view.getByText(/30% × 200,000,000 CNY = 60,000,000 CNY, capped at 30,000,000 CNY/)).toBeInTheDocument();
    expect(view.getByText("200,000,000")).toBeInTheDocument();
    expect(view.getAllByRole("blockquote").length).toBeGreaterThan(0);
    expect(view.getByText("Final")).toBeInTheDocument();
    expect(view.getByText(/Dataset v2025\.03\.22\.\d+, as of 2025-03-22/)).toBeInTheDocument();
    expect(operations.watchSelection).toHaveBeenCalled();
  });

  test("references: each argument as typed and as Excel evaluated it; a selection change re-reads after the debounce", async () => {
    const comparison = cell('=IFNA(CN.AISUBSIDY(C$5,$A6,IF($B$2="","",$B$2),$B$3),"—")', 10_000_000, {
      references: [
        { sheet: "Sheet1", address: "C5", values: [["成都高新区"]] },
        { sheet: "Sheet1", address: "A6", values: [["rnd"]] },
        { sheet: "Sheet1", address: "B2", values: [[""]] },
        { sheet: "Sheet1", address: "B3", values: [["CNY"]] },
      ],
    });
    const operations = excelWith(cell("", ""), comparison);
    renderPane({ view: "trace", operations });
    const view = inPanel("trace");
    expect(await view.findByText(/The cell is empty/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    jest.useFakeTimers();
    try {
      const listener = operations.watchSelection.mock.calls[0][0];
      act(() => {
        listener();
        listener();
        listener();
      });
      expect(operations.readTraceSnapshot).toHaveBeenCalledTimes(1);
      act(() => jest.advanceTimersByTime(250));
      expect(operations.readTraceSnapshot).toHaveBeenCalledTimes(2); // three events, one read
    } finally {
      jest.useRealTimers();
    }
    expect(await view.findByText("C$5")).toBeInTheDocument();
    expect(view.getByText('IF($B$2="","",$B$2)')).toBeInTheDocument();
    expect(view.getByText("成都高新区")).toBeInTheDocument();
    expect(view.getByText("(empty)")).toBeInTheDocument();
    expect(view.getAllByText(/annual R&D input, up to 10,000,000 CNY a year/)[0]).toBeInTheDocument();
  });

  test("a nested call is evaluated as an argument", async () => {
    renderPane({ view: "trace", operations: excelWith(cell('=CN.AISUBSIDY("成都高新区","rnd",CN.AIFUND("广东")/100)', 10_000_000)) });
    const view = inPanel("trace");
    expect(await view.findByText("100,000,000", undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(view.getByText(/10% × 100,000,000 CNY = 10,000,000 CNY/)).toBeInTheDocument();
  });

  test("a spilled table: the row under the cursor", async () => {
    const spilled = cell("", 30_000_000, {
      spill: { sheet: "Sheet1", address: "A1", formula: '=CN.AIRANK("model")', rowOffset: 1, columnOffset: 2 },
    });
    renderPane({ view: "trace", operations: excelWith(spilled) });
    const view = inPanel("trace");
    expect(await view.findByText("Row 1 of the table spilled from Sheet1!A1.", undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(view.getByText("Chengdu Hi-tech Zone (成都高新区)")).toBeInTheDocument();
  });

  test("a static figure linked to its Sources row shows that row's citation", async () => {
    const row = [
      "成都高新区",
      "Chengdu Hi-tech Zone",
      "model (Large-model R&D subsidy)",
      30_000_000,
      "CNY",
      "final",
      "rule",
      "policy",
      "“quote”",
      "title",
      "pub",
      "2025-03-10",
      "",
    ];
    renderPane({ view: "trace", operations: excelWith(cell(30_000_000, 30_000_000, { link: "'AI Atlas Sources'!A7", linkedRow: row })) });
    const view = inPanel("trace");
    expect(
      await view.findByText(/A static figure, linked to its row on the Sources sheet \('AI Atlas Sources'!A7\)/, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(view.getByText("“quote”")).toBeInTheDocument();
  });

  test("a target's policy period shows its freshness: ending within 90 days, then ended (the pane's clock)", async () => {
    const formula = '=CN.AISOURCE("深圳市","独角兽")';
    const ending = excelWith(cell(formula, "…"));
    const { unmount } = renderPane({ view: "trace", operations: ending }); // clock: 2026-11-30
    const view = inPanel("trace");
    expect(await view.findAllByText(/period 2025–2026 ends 2026-12-31/, undefined, { timeout: 10_000 })).not.toHaveLength(0);
    expect(view.getAllByText("Freshness").length).toBeGreaterThan(0);
    unmount();

    const ended = excelWith(cell(formula, "…"));
    renderPane({ view: "trace", operations: ended, clock: fixedClock("2027-02-01") });
    expect(
      await inPanel("trace").findAllByText(/period 2025–2026 ended 2026-12-31 \(32 days ago\)/, undefined, { timeout: 10_000 }),
    ).not.toHaveLength(0);
  });

  test("a policy still well within its period carries no freshness mark", async () => {
    renderPane({ view: "trace", operations: excelWith(cell('=CN.AISOURCE("深圳市","独角兽")', "…")), clock: fixedClock("2025-04-01") });
    const view = inPanel("trace");
    expect(await view.findAllByText(/2025–2026/, undefined, { timeout: 10_000 })).not.toHaveLength(0);
    expect(view.queryByText("Freshness")).not.toBeInTheDocument();
    expect(view.queryByText(/ends 2026-12-31|ended 2026-12-31/)).not.toBeInTheDocument();
  });

  test("a cell without a CN call says so; a failed read is shown", async () => {
    const operations = excelWith(cell("=SUM(A1:A3)", 6));
    renderPane({ view: "trace", operations });
    const view = inPanel("trace");
    expect(await view.findByText(/has no CN formula/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    operations.readTraceSnapshot.mockRejectedValueOnce(new Error("InvalidSelection"));
    await act(async () => view.getByRole("button", { name: "Trace selected cell" }).click());
    await waitFor(() => expect(view.getByText(/could not be read\. InvalidSelection/)).toBeInTheDocument());
  });

  test("without ExcelApi 1.2 it does not follow the selection and says why", async () => {
    const operations = excelWith(cell("", ""));
    operations.trace = { followSelection: false, hyperlinks: false, spills: false };
    renderPane({ view: "trace", operations });
    expect(await inPanel("trace").findByText(/cannot report selection changes/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(operations.watchSelection).not.toHaveBeenCalled();
  });
});

describe("Trace in the browser preview", () => {
  test("the compute subsidy on 1,000,000 reads up to, an upper bound", async () => {
    renderPane({ view: "trace", operations: excelWith(cell('=CN.AISUBSIDY("成都高新区","compute",1000000)', 1_000_000)) });
    const view = inPanel("trace");
    expect((await view.findAllByText(/an upper bound, not a payment\)$/, undefined, { timeout: 10_000 })).length).toBeGreaterThan(0);
    expect(view.getByText("Up to: only a ceiling is published (an upper bound, not a payment)")).toBeInTheDocument();
    expect(view.queryByText(/reimburs/i)).toBeNull();
  });

  test("a fund's qualifier and status are visible in Trace", async () => {
    renderPane({ view: "trace", operations: excelWith(cell('=CN.AIFUND("苏州","cluster")', 100_000_000_000)) });
    const view = inPanel("trace");
    expect((await view.findAllByText("being set up", undefined, { timeout: 10_000 })).length).toBeGreaterThan(0);
    expect(view.getAllByText(/nearly/i).length).toBeGreaterThan(0);
    expect(view.queryByText("Final")).toBeNull();
  });

  test("a pasted formula is traced in Chinese; references are named as not readable", async () => {
    const { user } = renderPane({ view: "trace", host: "preview", preferences: { language: "zh" } });
    const view = inPanel("trace");
    const box = await view.findByRole("textbox", { name: /要溯源的公式/ }, { timeout: 10_000 });
    await user.click(box);
    await user.paste('=CN.AISUBSIDY("苏州","chip",B2)');
    await user.click(view.getByRole("button", { name: "溯源公式" }));
    expect(await view.findByText(/未能计算/)).toBeInTheDocument();
    await user.clear(box);
    await user.paste('=CN.AISUBSIDY("苏州","chip")');
    await user.click(view.getByRole("button", { name: "溯源公式" }));
    expect(await view.findByText("征求意见稿")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "溯源所选单元格" })).toBeNull();
  });
});
