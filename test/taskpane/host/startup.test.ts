/**
 * Start-up wiring (startup.ts): the saved dataset is restored, the optional start-up check runs
 * without blocking, and in Excel every dataset swap recalculates the CN formulas, each step
 * reported through the monitor the Data view shows.
 */
import { saveDataset } from "../../../src/data/persist";
import { saveSettings } from "../../../src/data/settings";
import { memoryStorage } from "../../../src/data/storage";
import { currentAtlas, resetStoreForTests, swapDataset } from "../../../src/data/store";
import { startDataServices, type StartupMonitor, type StartupSnapshot } from "../../../src/taskpane/host/startup";
import { variant } from "../../support/datasets";
import { bundledDataset } from "../../../src/data/bundled";
import { installCustomFunctionsDouble } from "../../support/custom-functions-double";
import { signatureFor } from "../../support/signing";

/** Where and how a refresh saved a dataset: its JSON signed with the test key (an unsigned copy never restores). */
function signedSave(dataset: object): {
  url: string;
  refreshedAt: string;
  signed: { keyId: string; sha256: string; signature: string; text: string };
} {
  const text = JSON.stringify(dataset);
  const signature = signatureFor(text);
  const { keyId, statement } = JSON.parse(signature) as { keyId: string; statement: string };
  return {
    url: URL,
    refreshedAt: "2025-04-01T08:00:00.000Z",
    signed: { keyId, sha256: (JSON.parse(statement) as { sha256: string }).sha256, signature, text },
  };
}

installCustomFunctionsDouble();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { aiData } = require("../../../src/functions/functions") as typeof import("../../../src/functions/functions");

const URL = "https://localhost:3000/data/atlas-dataset.json";

afterEach(() => resetStoreForTests());

/** Resolves with the first snapshot that satisfies `done`. */
function until(monitor: StartupMonitor, done: (s: StartupSnapshot) => boolean): Promise<StartupSnapshot> {
  return new Promise((resolve) => {
    if (done(monitor.getSnapshot())) return resolve(monitor.getSnapshot());
    const stop = monitor.subscribe(() => {
      if (done(monitor.getSnapshot())) {
        stop();
        resolve(monitor.getSnapshot());
      }
    });
  });
}

describe("start-up", () => {
  test("nothing saved: the built-in data stays and the start-up check is off by default", async () => {
    const monitor = startDataServices({ storage: memoryStorage(), defaultUrl: URL });
    expect(monitor.getSnapshot().restore).toEqual({ status: "pending" });
    const done = await until(monitor, (s) => s.startCheck.status !== "pending");
    expect(done.restore).toEqual({ status: "kept", reason: "nothing-saved" });
    expect(done.startCheck).toEqual({ status: "off" });
    expect(done.recalculation).toEqual({ status: "idle" });
  });

  test("a newer saved copy restored before any CN formula was computed: no recalculation (no workbook marked changed)", async () => {
    const storage = memoryStorage();
    await saveDataset(storage, variant("2025.04.01"), signedSave(variant("2025.04.01")));
    const recalculate = jest.fn().mockResolvedValue(undefined);
    const monitor = startDataServices({ storage, defaultUrl: URL, recalculate });
    const done = await until(monitor, (s) => s.recalculation.status !== "idle" && s.startCheck.status !== "pending");
    expect(done.restore.status).toBe("restored");
    expect(done.recalculation).toEqual({ status: "skipped", version: "2025.04.01", reason: "nothing-served" });
    expect(recalculate).not.toHaveBeenCalled();
    expect(currentAtlas().dataset.version).toBe("2025.04.01");
  });

  test("a CN formula computed from the built-in data before the restore: the restore recalculates", async () => {
    const storage = memoryStorage();
    await saveDataset(storage, variant("2025.04.01"), signedSave(variant("2025.04.01")));
    const recalculate = jest.fn().mockResolvedValue(undefined);
    expect(aiData("version")).toEqual([["2025.03.22.3"]]); // Excel evaluated a cell with the bundled data
    const monitor = startDataServices({ storage, defaultUrl: URL, recalculate });
    const done = await until(monitor, (s) => s.recalculation.status === "done" && s.startCheck.status !== "pending");
    expect(done.restore.status).toBe("restored");
    expect(recalculate).toHaveBeenCalledTimes(1);
    expect(done.recalculation).toMatchObject({ status: "done", version: "2025.04.01" });
    expect(aiData("version")).toEqual([["2025.04.01"]]);
  });

  test("a refresh back to the very content the cells were computed from needs no recalculation", async () => {
    const recalculate = jest.fn().mockResolvedValue(undefined);
    const monitor = startDataServices({ storage: memoryStorage(), defaultUrl: URL, recalculate });
    await until(monitor, (s) => s.startCheck.status !== "pending");
    expect(aiData("version")).toEqual([["2025.03.22.3"]]);
    swapDataset(variant("2025.05.01"), "refreshed"); // nothing computed from it
    await until(monitor, (s) => s.recalculation.status === "done");
    swapDataset(structuredClone(bundledDataset()), "refreshed", { url: URL }); // an equal copy, another object
    const done = await until(monitor, (s) => s.recalculation.status === "skipped");
    expect(done.recalculation).toEqual({ status: "skipped", version: "2025.03.22.3", reason: "same-content" });
    expect(recalculate).toHaveBeenCalledTimes(1);
  });

  test("a failed recalculation is reported with its reason", async () => {
    const recalculate = jest.fn().mockRejectedValue(new Error("Could not recalculate the CN formulas: busy"));
    const monitor = startDataServices({ storage: memoryStorage(), defaultUrl: URL, recalculate });
    await until(monitor, (s) => s.startCheck.status !== "pending");
    swapDataset(variant("2025.05.01"), "refreshed");
    const done = await until(monitor, (s) => s.recalculation.status === "failed");
    expect(done.recalculation).toEqual({ status: "failed", version: "2025.05.01", message: "Could not recalculate the CN formulas: busy" });
  });

  test("in the preview nothing is recalculated", async () => {
    const monitor = startDataServices({ storage: memoryStorage(), defaultUrl: URL });
    await until(monitor, (s) => s.startCheck.status !== "pending");
    swapDataset(variant("2025.05.01"), "refreshed");
    expect(monitor.getSnapshot().recalculation).toEqual({ status: "idle" });
  });

  test("with the start-up check on, its result is reported (here: the server is unreachable)", async () => {
    const storage = memoryStorage();
    await saveSettings(storage, URL, { checkOnStart: true });
    const fetchMock = jest.fn().mockRejectedValue(new TypeError("Failed to fetch"));
    const scope = globalThis as { fetch?: unknown };
    const original = scope.fetch;
    scope.fetch = fetchMock;
    try {
      const monitor = startDataServices({ storage, defaultUrl: URL });
      const done = await until(monitor, (s) => s.startCheck.status !== "pending");
      expect(fetchMock).toHaveBeenCalled();
      expect(done.startCheck).toMatchObject({ status: "failed", error: { code: "network" } });
      expect(currentAtlas().dataset.version).toBe("2025.03.22.3");
    } finally {
      scope.fetch = original;
    }
  });
});
