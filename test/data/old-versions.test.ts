/**
 * Finding the version a workbook was stamped with: the bundled one, a kept one, or the copy the
 * build publishes, which must be signed by the build's keys and have the stamp's content; when
 * none can be had, the reason names where it looked.
 */
import { bundledDataset } from "../../src/data/bundled";
import { datasetContentHash } from "../../src/data/content-hash";
import { keepVersion } from "../../src/data/kept-versions";
import { findVersion, publishedVersionUrl } from "../../src/data/old-versions";
import { parseDatasetText } from "../../src/data/parse-dataset";
import { memoryStorage } from "../../src/data/storage";
import { byId, variant } from "../support/datasets";
import { newTestKey, signatureFor, signedFetch } from "../support/signing";

const ARCHIVE = "https://localhost:3000/data/versions/";
const text = JSON.stringify(
  variant("2026.01.01", (d) => void (byId(d.incentives, "cdht-model").cap = 35_000_000)),
  null,
  2,
);
const dataset = parseDatasetText(text);
const stamp = { version: dataset.version, hash: datasetContentHash(dataset) };

test("the bundled version needs no download", async () => {
  const fetchImpl = jest.fn();
  const b = bundledDataset();
  const found = await findVersion(
    { version: b.version, hash: datasetContentHash(b) },
    { storage: memoryStorage(), archiveUrl: ARCHIVE, fetchImpl },
  );
  expect(found).toMatchObject({ ok: true, from: "bundled" });
  expect(fetchImpl).not.toHaveBeenCalled();
});

test("a kept version is used before the network", async () => {
  const storage = memoryStorage();
  await keepVersion(storage, dataset, { keyId: "", sha256: "", signature: signatureFor(text), text });
  const fetchImpl = jest.fn();
  expect(await findVersion(stamp, { storage, archiveUrl: ARCHIVE, fetchImpl })).toMatchObject({ ok: true, from: "kept" });
  expect(fetchImpl).not.toHaveBeenCalled();
});

test("the published copy, signed by the build's key and with the stamp's content, is used", async () => {
  const fetchImpl = signedFetch(text);
  const found = await findVersion(stamp, { storage: memoryStorage(), archiveUrl: ARCHIVE, fetchImpl });
  expect(found).toMatchObject({ ok: true, from: "published" });
  expect(String(fetchImpl.mock.calls[0][0])).toBe(publishedVersionUrl(ARCHIVE, "2026.01.01"));
});

test.each([
  ["unsigned", signedFetch(text, null), /not kept on this computer and could not be fetched/],
  ["signed by another key", signedFetch(text, signatureFor(text, { key: newTestKey() })), /could not be fetched/],
])("a published copy %s is refused", async (_what, fetchImpl, reason) => {
  const found = await findVersion(stamp, { storage: memoryStorage(), archiveUrl: ARCHIVE, fetchImpl });
  expect(found.ok).toBe(false);
  if (!found.ok) expect(found.reason.en).toMatch(reason);
});

test("a published copy with other content than the stamp's is refused", async () => {
  const found = await findVersion(
    { ...stamp, hash: "0".repeat(64) },
    { storage: memoryStorage(), archiveUrl: ARCHIVE, fetchImpl: signedFetch(text) },
  );
  expect(found).toMatchObject({ ok: false, reason: { en: expect.stringContaining("other content") } });
});

test("nothing published there: the reason says where it looked", async () => {
  const fetchImpl = jest.fn(async () => new Response("not found", { status: 404 })) as unknown as typeof fetch;
  const found = await findVersion(stamp, { storage: memoryStorage(), archiveUrl: ARCHIVE, fetchImpl });
  expect(found).toMatchObject({ ok: false, reason: { en: expect.stringContaining(publishedVersionUrl(ARCHIVE, "2026.01.01")) } });
});
