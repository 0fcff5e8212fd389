/**
 * The versions kept for old figures: only signed ones, as the exact signed text; the newest three
 * within a 1 MiB budget; each verified again against the build's keys when read (another key, a
 * changed byte, a planted entry: dropped, never used), found by version and hash.
 */
import type { Dataset } from "../../src/core/rules/schema";
import { datasetContentHash } from "../../src/data/content-hash";
import {
  KEPT_VERSIONS_BUDGET,
  KEPT_VERSIONS_KEY,
  keepVersion,
  keptVersion,
  keptVersionKey,
  keptVersions,
} from "../../src/data/kept-versions";
import { parseDatasetText } from "../../src/data/parse-dataset";
import { memoryStorage } from "../../src/data/storage";
import type { SignedCopy } from "../../src/data/store";
import { byId, variant } from "../support/datasets";
import { newTestKey, signatureFor, trustedTestKey, type TestKey } from "../support/signing";

/** A version as a refresh would have loaded it: its signed text, parsed, and the signed copy. */
function signedVersion(v: string, cap: number, key: TestKey = trustedTestKey()): { dataset: Dataset; signed: SignedCopy } {
  const text = JSON.stringify(
    variant(v, (x) => void (byId(x.incentives, "cdht-model").cap = cap)),
    null,
    2,
  );
  return {
    dataset: parseDatasetText(text),
    signed: { keyId: key.publicKey.keyId, sha256: "", signature: signatureFor(text, { key }), text },
  };
}

test("keeps a signed version and gives it back, verified, by version (and hash)", async () => {
  const storage = memoryStorage(new Map());
  const { dataset, signed } = signedVersion("2026.01.01", 30_000_000);
  expect(await keepVersion(storage, dataset, signed)).toBe(true);
  expect(await keptVersion(storage, dataset.version)).toEqual(dataset);
  expect(await keptVersion(storage, dataset.version, datasetContentHash(dataset))).toEqual(dataset);
  expect(await keptVersion(storage, dataset.version, "0".repeat(64))).toBeUndefined();
  expect(await keptVersion(storage, "2099.01.01")).toBeUndefined();
  expect(await keepVersion(storage, dataset, signed)).toBe(true); // kept once
  expect(await keptVersions(storage)).toHaveLength(1);
});

test("keeps the newest three and drops the data of the others", async () => {
  const map = new Map<string, string>();
  const storage = memoryStorage(map);
  const versions = ["2026.01.01", "2026.02.01", "2026.03.01", "2026.04.01"].map((v, i) => signedVersion(v, 30_000_000 + i));
  for (const v of versions) await keepVersion(storage, v.dataset, v.signed);
  expect((await keptVersions(storage)).map((e) => e.version)).toEqual(["2026.04.01", "2026.03.01", "2026.02.01"]);
  expect(map.has(keptVersionKey(datasetContentHash(versions[0].dataset)))).toBe(false);
  expect(await keptVersion(storage, "2026.01.01")).toBeUndefined();
  const total = (await keptVersions(storage)).reduce((n, e) => n + e.stored, 0);
  expect(total).toBeLessThanOrEqual(KEPT_VERSIONS_BUDGET);
});

test("a kept version whose text was changed in storage, even with the list rewritten to match, is dropped", async () => {
  const map = new Map<string, string>();
  const storage = memoryStorage(map);
  const kept = signedVersion("2026.01.01", 30_000_000);
  await keepVersion(storage, kept.dataset, kept.signed);
  const key = keptVersionKey(datasetContentHash(kept.dataset));
  const tampered = JSON.stringify(
    variant("2026.01.01", (x) => void (byId(x.incentives, "cdht-model").cap = 99_000_000)),
    null,
    2,
  );
  map.set(key, `${JSON.stringify(kept.signed.signature)}\n${tampered}`);
  const [entry] = await keptVersions(storage);
  map.set(KEPT_VERSIONS_KEY, JSON.stringify([{ ...entry, encoding: "json", hash: datasetContentHash(parseDatasetText(tampered)) }]));
  expect(await keptVersion(storage, "2026.01.01")).toBeUndefined();
  expect(await keptVersions(storage)).toEqual([]);
});

test("a version signed by a key this build does not trust is not used", async () => {
  const storage = memoryStorage(new Map());
  const other = signedVersion("2026.01.01", 30_000_000, newTestKey());
  await keepVersion(storage, other.dataset, other.signed);
  expect(await keptVersion(storage, "2026.01.01")).toBeUndefined();
});

test("a garbled list reads as nothing kept", async () => {
  const storage = memoryStorage(new Map([[KEPT_VERSIONS_KEY, '{"__proto__":1}']]));
  expect(await keptVersions(storage)).toEqual([]);
});
