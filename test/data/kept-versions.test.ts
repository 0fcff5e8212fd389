/**
 * The versions kept for old figures: the newest three within a 1 MiB budget, each checked again
 * when read (a changed or corrupt entry is dropped, never used), found by version and hash.
 */
import { bundledDataset } from "../../src/data/bundled";
import { datasetContentHash } from "../../src/data/content-hash";
import {
  KEPT_VERSIONS_BUDGET,
  KEPT_VERSIONS_KEY,
  keepVersion,
  keptVersion,
  keptVersionKey,
  keptVersions,
} from "../../src/data/kept-versions";
import { memoryStorage } from "../../src/data/storage";
import { validateDataset } from "../../src/data/validate";
import { byId, variant } from "../support/datasets";

const version = (v: string, cap: number) => {
  const d = variant(v, (x) => void (byId(x.incentives, "cdht-model").cap = cap));
  const checked = validateDataset(d);
  if (!checked.ok) throw new Error(checked.problems.join("; "));
  return checked.dataset;
};

test("keeps a version and gives it back, checked, by version (and hash)", async () => {
  const map = new Map<string, string>();
  const storage = memoryStorage(map);
  const old = bundledDataset();
  expect(await keepVersion(storage, old)).toBe(true);
  expect(await keptVersion(storage, old.version)).toEqual(old);
  expect(await keptVersion(storage, old.version, datasetContentHash(old))).toEqual(old);
  expect(await keptVersion(storage, old.version, "0".repeat(64))).toBeUndefined();
  expect(await keptVersion(storage, "2099.01.01")).toBeUndefined();
  expect(await keepVersion(storage, old)).toBe(true); // kept once
  expect(await keptVersions(storage)).toHaveLength(1);
});

test("keeps the newest three and drops the data of the others", async () => {
  const map = new Map<string, string>();
  const storage = memoryStorage(map);
  const versions = ["2026.01.01", "2026.02.01", "2026.03.01", "2026.04.01"].map((v, i) => version(v, 30_000_000 + i));
  for (const v of versions) await keepVersion(storage, v);
  expect((await keptVersions(storage)).map((e) => e.version)).toEqual(["2026.04.01", "2026.03.01", "2026.02.01"]);
  expect(map.has(keptVersionKey(datasetContentHash(versions[0])))).toBe(false);
  expect(await keptVersion(storage, "2026.01.01")).toBeUndefined();
  const total = (await keptVersions(storage)).reduce((n, e) => n + e.stored, 0);
  expect(total).toBeLessThanOrEqual(KEPT_VERSIONS_BUDGET);
});

test("a kept version whose data was changed in storage is dropped, never used", async () => {
  const map = new Map<string, string>();
  const storage = memoryStorage(map);
  const old = version("2026.01.01", 30_000_000);
  await keepVersion(storage, old);
  const key = keptVersionKey(datasetContentHash(old));
  const tampered = version("2026.01.01", 99_000_000);
  map.set(key, JSON.stringify(tampered));
  const [entry] = await keptVersions(storage);
  map.set(KEPT_VERSIONS_KEY, JSON.stringify([{ ...entry, encoding: "json", stored: map.get(key)?.length }]));
  expect(await keptVersion(storage, "2026.01.01")).toBeUndefined();
  expect(await keptVersions(storage)).toEqual([]);
  expect(map.has(key)).toBe(false);
});

test("a garbled list reads as nothing kept", async () => {
  const storage = memoryStorage(new Map([[KEPT_VERSIONS_KEY, '{"__proto__":1}']]));
  expect(await keptVersions(storage)).toEqual([]);
});
