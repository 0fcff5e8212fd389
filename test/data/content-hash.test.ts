/**
 * The content hash workbooks are stamped with: SHA-256 of the canonical JSON (the same digest
 * WebCrypto gives), equal for equal content whatever the whitespace, different for any edit, and
 * what CN.AIDATA("hash") answers.
 */
import { webcrypto } from "crypto";
import { aidata } from "../../src/core/api/formulas";
import { Atlas } from "../../src/core/names/atlas";
import { fixedClock } from "../../src/core/rules/freshness";
import { bundledDataset } from "../../src/data/bundled";
import { atlasContentHash, datasetContentHash, shortHash } from "../../src/data/content-hash";
import { byId, variant } from "../support/datasets";

test("it is the SHA-256 of the dataset's canonical JSON, as WebCrypto computes it", async () => {
  const dataset = bundledDataset();
  const digest = new Uint8Array(await webcrypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(dataset))));
  expect(datasetContentHash(dataset)).toBe(Buffer.from(digest).toString("hex"));
  expect(datasetContentHash(dataset)).toMatch(/^[0-9a-f]{64}$/);
});

test("equal content, equal hash; one changed figure or quote, another hash", () => {
  const dataset = bundledDataset();
  const reparsed = JSON.parse(JSON.stringify(dataset, null, 2));
  expect(datasetContentHash(reparsed)).toBe(datasetContentHash(dataset));
  const cap = variant(dataset.version, (d) => void (byId(d.incentives, "cdht-model").cap = 30_000_001));
  cap.asOf = dataset.asOf;
  expect(datasetContentHash(cap)).not.toBe(datasetContentHash(dataset));
  const quote = structuredClone(dataset);
  byId(quote.incentives, "cdht-model").quotes = ["x"];
  expect(datasetContentHash(quote)).not.toBe(datasetContentHash(dataset));
});

test('CN.AIDATA("hash") answers the loaded Atlas\'s hash, computed once per Atlas', () => {
  const atlas = new Atlas(bundledDataset());
  const hash = atlasContentHash(atlas);
  expect(atlasContentHash(atlas)).toBe(hash);
  expect(aidata(atlas, { origin: "bundled", loadedAt: "", hash }, "hash", fixedClock("2026-12-04"))).toBe(hash);
  expect(aidata(atlas, { origin: "bundled", loadedAt: "", hash }, "sha256", fixedClock("2026-12-04"))).toBe(hash);
  expect(shortHash(hash)).toHaveLength(12);
});
