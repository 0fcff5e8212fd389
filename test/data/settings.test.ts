/**
 * Refresh settings (URL, check on start) and the start-up check: defaults, the URL rule applied
 * when a user types an address, persistence across a restart, and a check that never runs in
 * the caller's turn (function registration is never delayed) and never throws.
 */
import { checkOnStart } from "../../src/data/check-on-start";
import { SETTINGS_KEY, loadSettings, saveSettings } from "../../src/data/settings";
import { memoryStorage, type KeyValueStorage } from "../../src/data/storage";
import { currentAtlas, loadedData, resetStoreForTests } from "../../src/data/store";
import { publishedDatasetUrl } from "../../src/data/url-rule";
import { variant } from "../support/datasets";
import { signedFetch } from "../support/signing";

const DEFAULT_URL = "https://addin.example.com/data/atlas-dataset.json";

let map: Map<string, string>;
let storage: KeyValueStorage;

beforeEach(() => {
  resetStoreForTests();
  map = new Map();
  storage = memoryStorage(map);
});

afterAll(() => resetStoreForTests());

describe("settings", () => {
  test("defaults: the published dataset on the add-in's host, no check on start", async () => {
    expect(await loadSettings(storage, DEFAULT_URL)).toEqual({ refreshUrl: DEFAULT_URL, isDefaultUrl: true, checkOnStart: false });
  });

  test("the default URL is data/atlas-dataset.json beside the add-in's pages", () => {
    expect(publishedDatasetUrl("https://addin.example.com/taskpane.html?_host_Info=Excel")).toBe(DEFAULT_URL);
    expect(publishedDatasetUrl("https://localhost:3000/app/taskpane.html")).toBe("https://localhost:3000/app/data/atlas-dataset.json");
  });

  test("a firm's https URL and the start-up check are saved and survive a restart", async () => {
    const saved = await saveSettings(storage, DEFAULT_URL, { refreshUrl: "  https://data.firm.example/atlas.json ", checkOnStart: true });
    expect(saved).toEqual({
      ok: true,
      settings: { refreshUrl: "https://data.firm.example/atlas.json", isDefaultUrl: false, checkOnStart: true },
    });
    expect(await loadSettings(memoryStorage(map), DEFAULT_URL)).toEqual({
      refreshUrl: "https://data.firm.example/atlas.json",
      isDefaultUrl: false,
      checkOnStart: true,
    });
  });

  test.each([
    ["http://data.firm.example/atlas.json", "insecure-url"],
    ["ftp://data.firm.example/atlas.json", "insecure-url"],
    ["file:///C:/atlas.json", "insecure-url"],
    ["data.firm.example/atlas.json", "invalid-url"],
  ])("%s is refused (%s) and nothing is saved", async (url, code) => {
    const result = await saveSettings(storage, DEFAULT_URL, { refreshUrl: url, checkOnStart: true });
    expect(result).toMatchObject({ ok: false, error: { code, message: { en: expect.any(String), zh: expect.any(String) } } });
    expect(map.has(SETTINGS_KEY)).toBe(false);
  });

  test.each(["http://localhost:3000/data/atlas-dataset.json", "http://127.0.0.1:8080/a.json", "http://[::1]:8080/a.json"])(
    "plain http on this machine is allowed: %s",
    async (url) => {
      expect(await saveSettings(storage, DEFAULT_URL, { refreshUrl: url })).toMatchObject({ ok: true, settings: { refreshUrl: url } });
    },
  );

  test("an empty URL goes back to the default", async () => {
    await saveSettings(storage, DEFAULT_URL, { refreshUrl: "https://data.firm.example/atlas.json" });
    expect(await saveSettings(storage, DEFAULT_URL, { refreshUrl: "" })).toMatchObject({
      ok: true,
      settings: { refreshUrl: DEFAULT_URL, isDefaultUrl: true },
    });
  });

  test.each([
    ["damaged JSON", "{not json"],
    ["a wrong shape", '{"refreshUrl":42}'],
    ["an insecure URL stored by hand", '{"refreshUrl":"http://evil.example/a.json","checkOnStart":true}'],
  ])("%s in storage: the defaults (or the safe part) apply", async (_name, raw) => {
    map.set(SETTINGS_KEY, raw);
    const settings = await loadSettings(storage, DEFAULT_URL);
    expect(settings.refreshUrl).toBe(DEFAULT_URL);
    expect(settings.isDefaultUrl).toBe(true);
  });

  test("a store that cannot save reports a storage error", async () => {
    const full: KeyValueStorage = { ...storage, setItem: () => Promise.reject(new Error("quota")) };
    expect(await saveSettings(full, DEFAULT_URL, { checkOnStart: true })).toMatchObject({ ok: false, error: { code: "storage" } });
  });
});

describe("checkOnStart", () => {
  const NEWER = JSON.stringify(variant("2025.04.01"));
  const respond = (body: string): typeof fetch => signedFetch(body);

  test("off (the default): nothing is requested", async () => {
    const fetchImpl = respond(NEWER);
    expect(await checkOnStart({ storage, defaultUrl: DEFAULT_URL, fetchImpl })).toEqual({ status: "off" });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  test("on: a newer dataset is loaded and saved, after the caller's turn has finished", async () => {
    await saveSettings(storage, DEFAULT_URL, { checkOnStart: true });
    const fetchImpl = respond(NEWER);
    const check = checkOnStart({ storage, defaultUrl: DEFAULT_URL, fetchImpl });
    // The caller (function registration) continues: nothing has been requested or swapped yet.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(loadedData().origin).toBe("bundled");
    const result = await check;
    expect(result).toMatchObject({ status: "updated", to: { version: "2025.04.01" }, persistence: "saved" });
    expect(fetchImpl).toHaveBeenCalledWith(DEFAULT_URL, expect.objectContaining({ redirect: "manual" }));
    expect(currentAtlas().dataset.version).toBe("2025.04.01");
  });

  test("on, with an older published dataset: nothing is loaded without the user", async () => {
    await saveSettings(storage, DEFAULT_URL, { checkOnStart: true });
    const result = await checkOnStart({ storage, defaultUrl: DEFAULT_URL, fetchImpl: respond(JSON.stringify(variant("2025.01.01"))) });
    expect(result).toMatchObject({ status: "older-needs-confirmation", offered: { version: "2025.01.01" } });
    expect(loadedData().origin).toBe("bundled");
  });

  test("on, offline: a failed result, never a throw", async () => {
    await saveSettings(storage, DEFAULT_URL, { checkOnStart: true, refreshUrl: "https://data.firm.example/atlas.json" });
    const fetchImpl = jest.fn(async () => {
      throw new TypeError("fetch failed", { cause: new Error("getaddrinfo ENOTFOUND data.firm.example") });
    }) as unknown as typeof fetch;
    const result = await checkOnStart({ storage, defaultUrl: DEFAULT_URL, fetchImpl });
    expect(result).toMatchObject({ status: "failed", error: { code: "network", detail: expect.stringContaining("ENOTFOUND") } });
    expect(fetchImpl).toHaveBeenCalledWith("https://data.firm.example/atlas.json", expect.anything());
  });
});
