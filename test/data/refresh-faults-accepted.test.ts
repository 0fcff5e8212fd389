/**
 * The refresh fault matrix (issue 6), the good side: a good response (newer, another accepted
 * content type, a local redirect, a slow one) is swapped in, saved and survives a restart; the same
 * version changes nothing; an older one waits for confirmation; hostile strings stay inert text;
 * and a save that fails loses nothing.
 */
import { aisource, aisubsidy } from "../../src/core/api/formulas";
import { DATASET_KEY } from "../../src/data/persist";
import { refreshDataset, type RefreshProgress } from "../../src/data/refresh";
import { memoryStorage, type KeyValueStorage } from "../../src/data/storage";
import { currentAtlas, loadedData } from "../../src/data/store";
import { newerJson, useFaultServer } from "./refresh-faults-fixture";

const bench = useFaultServer();
const { refreshFrom, versionAfterRestart } = bench;

describe("a good response is swapped in, saved and survives a restart", () => {
  test("a newer dataset: updated, with the change summary and per-record differences", async () => {
    const phases: RefreshProgress[] = [];
    const { result } = await refreshFrom("/newer.json", { onProgress: (p) => phases.push(p) });
    if (result.status !== "updated") throw new Error(`expected an update, got ${JSON.stringify(result).slice(0, 300)}`);
    expect(result.from).toEqual({ version: "2025.03.25", asOf: "2025-03-25" });
    expect(result.to).toEqual({ version: "2025.04.01", asOf: "2025-04-01" });
    expect(result.changes.summary).toEqual({
      en: "2025.03.25 → 2025.04.01: 2 incentives changed, 1 added",
      zh: "2025.03.25 → 2025.04.01：2 条补贴变更，新增 1 条",
    });
    expect(result.message.en).toBe("Data updated. 2025.03.25 → 2025.04.01: 2 incentives changed, 1 added");
    expect(result.changes.records.map((r) => r.text)).toEqual([
      "incentive cdht-compute: cap 5000000 → 6000000",
      "incentive cdht-model: cap 30000000 → 35000000",
      "incentive cdht-model-plus added",
    ]);
    expect(result.persistence).toBe("saved");
    expect(result.loaded).toBe(loadedData());
    expect(loadedData()).toMatchObject({ origin: "refreshed", url: bench.server.url("/newer.json") });
    expect(aisubsidy(currentAtlas(), "成都高新区", "model", 200_000_000)).toBe(35_000_000);
    expect([...new Set(phases.map((p) => p.phase))]).toEqual(["fetching", "validating", "swapping", "saving"]);
    expect(phases.filter((p) => p.phase === "fetching").at(-1)).toMatchObject({
      bytes: Buffer.byteLength(newerJson),
      totalBytes: Buffer.byteLength(newerJson),
    });
    expect(await versionAfterRestart()).toBe("2025.04.01");
    expect(loadedData()).toMatchObject({ origin: "stored", url: bench.server.url("/newer.json") });
  });

  test.each([
    ["text/plain (static hosts)", "/newer.txt"],
    ["a vendor +json type", "/vendor.json"],
    ["a same-origin redirect on localhost", "/redirect-local"],
    ["a slow but finished download", "/slow-good.json"],
  ])("%s is accepted", async (_name, path) => {
    const { result } = await refreshFrom(path, { timeoutMs: 3000 });
    expect(result).toMatchObject({ status: "updated", to: { version: "2025.04.01" }, persistence: "saved" });
    expect(loadedData().url).toBe(bench.server.url(path === "/redirect-local" ? "/newer.json" : path));
    expect(await versionAfterRestart()).toBe("2025.04.01");
  });

  test("the same version and content: unchanged, nothing swapped", async () => {
    const { result } = await refreshFrom("/same.json");
    expect(result).toEqual({
      status: "unchanged",
      version: { version: "2025.03.25", asOf: "2025-03-25" },
      message: {
        en: "The data is up to date (version 2025.03.25, as of 2025-03-25).",
        zh: "数据已是最新（版本 2025.03.25，截至 2025-03-25）。",
      },
    });
    expect(currentAtlas()).toBe(bench.goodAtlas);
    expect(bench.map.get(DATASET_KEY)).toBe(bench.savedCopy);
  });

  test("an older version needs confirmation, then swaps when allowed", async () => {
    const { result } = await refreshFrom("/older.json");
    expect(result).toMatchObject({
      status: "older-needs-confirmation",
      loaded: { version: "2025.03.25" },
      offered: { version: "2025.03.24" },
      message: { en: expect.stringMatching(/older than the loaded one.*Load the older data anyway\?/), zh: expect.stringMatching(/更旧/) },
    });
    expect(currentAtlas()).toBe(bench.goodAtlas);
    expect(bench.map.get(DATASET_KEY)).toBe(bench.savedCopy);
    expect(await versionAfterRestart()).toBe("2025.03.25");

    const confirmed = await refreshFrom("/older.json", { allowOlder: true });
    expect(confirmed.result).toMatchObject({ status: "updated", to: { version: "2025.03.24" }, persistence: "saved" });
    expect(aisubsidy(currentAtlas(), "成都高新区", "model", 200_000_000)).toBe(25_000_000);
    expect(await versionAfterRestart()).toBe("2025.03.24");
  });

  test("hostile markup is loaded as inert text, exactly as served; formula-like text is refused (issue 22)", async () => {
    const refused = await refreshFrom("/hostile.json");
    expect(refused.result).toMatchObject({ status: "failed", error: { code: "schema" } });
    if (refused.result.status !== "failed") return;
    expect(refused.result.error.problems?.join("\n")).toMatch(/regions\[\d+\]\.name\.en: text must not start with =/);
    expect(refused.result.error.problems?.join("\n")).toMatch(/aliases/);
    const { result } = await refreshFrom("/markup.json");
    expect(result).toMatchObject({ status: "updated", to: { version: "2025.04.02" } });
    const atlas = currentAtlas();
    expect(atlas.source("xinhua-chengdu-hitech")?.title).toBe("<script>alert('x')</script><img src=x onerror=alert(1)>");
    expect(atlas.dataset.policies[0].title.en).toBe("</td><b>bold</b>");
    // The formula API hands them back as plain strings (the Excel writers write text as text).
    expect(aisubsidy(atlas, "成都高新区", "model")).toBe(30_000_000);
    expect(aisource(atlas, "成都高新区", "model")).toEqual(
      expect.stringContaining("《<script>alert('x')</script><img src=x onerror=alert(1)>》"),
    );
    expect(await versionAfterRestart()).toBe("2025.04.02");
  });
});

describe("saving can fail without losing anything", () => {
  test("a full store: the new data stays loaded, the old saved copy stays saved, the user is told", async () => {
    const full: KeyValueStorage = {
      ...memoryStorage(bench.map),
      setItem: async () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      },
    };
    const result = await refreshDataset({ url: bench.server.url("/newer.json"), storage: full });
    expect(result).toMatchObject({ status: "updated", persistence: "not-saved", saveError: { code: "storage" } });
    if (result.status !== "updated") return;
    expect(result.saveError?.message.en).toMatch(/loaded, but it could not be saved/);
    expect(result.saveError?.message.zh).toMatch(/无法保存/);
    expect(result.saveError?.detail).toMatch(/QuotaExceededError/);
    expect(currentAtlas().dataset.version).toBe("2025.04.01");
    expect(bench.map.get(DATASET_KEY)).toBe(bench.savedCopy);
    expect(await versionAfterRestart()).toBe("2025.03.25");
  });

  test("without a storage, a refresh swaps and saves nothing", async () => {
    const result = await refreshDataset({ url: bench.server.url("/newer.json") });
    expect(result).toMatchObject({ status: "updated", persistence: "skipped" });
    expect(bench.map.get(DATASET_KEY)).toBe(bench.savedCopy);
  });
});
