/**
 * The pane's non-React modules: the host table, formula text, amount input, Office theme
 * mapping, preferences, the preview's refusals, and the Excel operations' own batches (run
 * against a recording fake instead of Excel.run).
 */
import { FUNCTION_CATALOG } from "../../src/core/api/function-catalog";
import { memoryStorage } from "../../src/data/storage";
import { readAmount } from "../../src/taskpane/components/amount-input";
import { excelOperations, parseAddress } from "../../src/taskpane/host/excel-operations";
import { formulaText, literal, missingArguments, reference } from "../../src/taskpane/views/functions/formula-builder";
import { FEATURE_HOSTS, isAvailable, type PaneFeature } from "../../src/taskpane/host/host-features";
import { isNeedsExcelError } from "../../src/taskpane/host/operations";
import { DEFAULT_PREFERENCES, languageFor, loadPreferences, PREFERENCES_KEY, savePreferences } from "../../src/taskpane/i18n/preferences";
import { previewOperations } from "../../src/taskpane/host/preview-operations";
import { luminance, themeKind } from "../../src/taskpane/app/theme";
import { YUAN, UNITS } from "../../src/core/text/units";

const fn = (id: string) => {
  const found = FUNCTION_CATALOG.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("host features (the one table of what needs Excel)", () => {
  test("the preview keeps exploring, calculating and previewing; everything that touches a workbook needs Excel", () => {
    const previewOff = (Object.keys(FEATURE_HOSTS) as PaneFeature[]).filter((f) => !isAvailable(f, "preview"));
    expect(previewOff.sort()).toEqual([
      "checkWorkbookChanges",
      "convertToValues",
      "insertCalculatorTable",
      "insertComparison",
      "insertFormula",
      "insertPackageSheet",
      "insertTargetsTable",
      "keepOldFigures",
      "readSelectedCell",
      "recalculateAfterRefresh",
      "traceSelection",
    ]);
    expect((Object.keys(FEATURE_HOSTS) as PaneFeature[]).every((f) => isAvailable(f, "excel"))).toBe(true);
  });

  test("the preview's operations refuse with a NeedsExcelError, and copying still works", async () => {
    const ops = previewOperations();
    const refusal = await ops.insertFormula("=CN.AIDATA()").catch((e: unknown) => e);
    expect(isNeedsExcelError(refusal)).toBe(true);
    await expect(ops.recalculate()).rejects.toThrow(/needs Excel/);
  });
});

describe("formula text", () => {
  test("numbers stay numbers (thousands separators dropped), text is quoted with quotes doubled", () => {
    expect(literal("200,000,000")).toBe("200000000");
    expect(literal(" 2.5 ")).toBe("2.5");
    expect(literal("2亿")).toBe('"2亿"');
    expect(literal('Say "hi"')).toBe('"Say ""hi"""');
    expect(literal("=1+1")).toBe('"=1+1"');
  });

  test("references carry their sheet only when it differs from the formula's", () => {
    expect(reference({ sheet: "Sheet1", cell: "A2" }, "Sheet1")).toBe("A2");
    expect(reference({ sheet: "Data", cell: "A2" }, "Sheet1")).toBe("Data!A2");
    expect(reference({ sheet: "Q1 'deals'", cell: "B7" }, "Sheet1")).toBe("'Q1 ''deals'''!B7");
  });

  test("omitted trailing arguments are dropped, omitted middle ones left empty", () => {
    const sub = fn("AISUBSIDY");
    expect(
      formulaText(
        sub,
        [
          { kind: "reference", at: { sheet: "S", cell: "A2" } },
          { kind: "value", text: "model" },
          { kind: "reference", at: { sheet: "S", cell: "B2" } },
        ],
        "S",
      ),
    ).toBe('=CN.AISUBSIDY(A2,"model",B2)');
    expect(
      formulaText(fn("AIFUND"), [
        { kind: "value", text: "广东" },
        { kind: "value", text: "" },
        { kind: "value", text: "first" },
        { kind: "value", text: "亿" },
      ]),
    ).toBe('=CN.AIFUND("广东",,"first","亿")');
    expect(formulaText(fn("AIREGIONS"), [])).toBe("=CN.AIREGIONS()");
    expect(missingArguments(sub, [{ kind: "value", text: "苏州" }])).toEqual(["category"]);
  });
});

describe("amount input", () => {
  test.each([
    ["", { kind: "empty" }],
    ["200,000,000", { kind: "amount", yuan: 200_000_000 }],
    ["2亿", { kind: "amount", yuan: 200_000_000 }],
    ["500万元", { kind: "amount", yuan: 5_000_000 }],
    ["２億", { kind: "amount", yuan: 200_000_000 }],
    ["-5", { kind: "invalid", reason: "not-amount" }],
    ["abc", { kind: "invalid", reason: "not-amount" }],
    ["2000万亿", { kind: "invalid", reason: "too-large" }],
  ])("%j in yuan → %j", (text, expected) => {
    expect(readAmount(text, YUAN)).toEqual(expected);
  });

  test("a bare number is in the chosen unit", () => {
    const wan = UNITS.find((u) => u.id === "wan");
    expect(readAmount("20000", wan ?? YUAN)).toEqual({ kind: "amount", yuan: 200_000_000 });
  });
});

describe("theme and language", () => {
  test("Office themes map to dark for Black and Dark Gray, colorful for Colorful, light otherwise", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("not a colour")).toBeUndefined();
    expect(themeKind({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(themeKind({ bodyBackgroundColor: "#444" }, false)).toBe("dark");
    expect(themeKind({ bodyBackgroundColor: "#e6e6e6", colorful: true }, true)).toBe("colorful");
    expect(themeKind({ bodyBackgroundColor: "#ffffff" }, true)).toBe("light");
    expect(themeKind(undefined, true)).toBe("dark");
    expect(themeKind(undefined, false)).toBe("light");
  });

  test("Office's display language picks Chinese for zh-*, English otherwise", () => {
    expect(languageFor("zh-CN")).toBe("zh");
    expect(languageFor("zh-TW")).toBe("zh");
    expect(languageFor("en-GB")).toBe("en");
    expect(languageFor(undefined)).toBe("en");
  });

  test("preferences round-trip; damaged ones are the defaults", async () => {
    const storage = memoryStorage();
    expect(await loadPreferences(storage)).toEqual(DEFAULT_PREFERENCES);
    await savePreferences(storage, { language: "zh", unit: "yi" });
    expect(await loadPreferences(storage)).toEqual({ language: "zh", unit: "yi" });
    await storage.setItem(PREFERENCES_KEY, "{not json");
    expect(await loadPreferences(storage)).toEqual(DEFAULT_PREFERENCES);
    await storage.setItem(PREFERENCES_KEY, JSON.stringify({ language: "fr", unit: "billion" }));
    expect(await loadPreferences(storage)).toEqual(DEFAULT_PREFERENCES);
  });
});

describe("Excel operations", () => {
  test("addresses split into sheet and top-left cell", () => {
    expect(parseAddress("Sheet1!B3")).toEqual({ sheet: "Sheet1", cell: "B3" });
    expect(parseAddress("'My ''deals'' sheet'!A2:C9")).toEqual({ sheet: "My 'deals' sheet", cell: "A2" });
  });

  /** A runner whose context records what the batch does. */
  function recordingRun(address: string) {
    const log: string[] = [];
    const cell = {
      address,
      set formulas(value: unknown) {
        log.push(`formulas=${JSON.stringify(value)}`);
      },
      load: (what: string) => log.push(`load ${what}`),
      getCell: () => cell,
    };
    const context = {
      workbook: { getActiveCell: () => cell, getSelectedRange: () => cell },
      sync: async () => {
        log.push("sync");
      },
    };
    const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context as unknown as Excel.RequestContext);
    return { run, log };
  }

  test("insertFormula writes the formula into the active cell in one sync", async () => {
    const { run, log } = recordingRun("Sheet1!C4");
    expect(await excelOperations(run).insertFormula('=CN.AISUBSIDY(A2,"model",B2)')).toEqual({ address: "Sheet1!C4" });
    expect(log).toEqual(['formulas=[["=CN.AISUBSIDY(A2,\\"model\\",B2)"]]', "load address", "sync"]);
  });

  test("getSelectedCell reads the selection's top-left cell", async () => {
    const { run, log } = recordingRun("'Deal model'!D7");
    expect(await excelOperations(run).getSelectedCell()).toEqual({ sheet: "Deal model", cell: "D7" });
    expect(log).toEqual(["load address", "sync"]);
  });
});
