/**
 * Signed datasets (issue 22, PRODUCT.md §12): a refresh verifies the data team's signature over
 * the exact bytes before parsing, and refuses, keeping the loaded data and saying why: unsigned,
 * an unknown key, one changed byte, a signature over another version, an expired signature, a
 * version below the highest seen, the same version with other content. A saved copy is
 * re-verified on start: a recomputed checksum without a valid signature falls back to the bundled
 * data, and the user is told.
 */
import { DATASET_KEY, readPersistedDataset, restorePersistedDataset } from "../../src/data/persist";
import { refreshDataset } from "../../src/data/refresh";
import { sha256Hex } from "../../src/data/checksum";
import { memoryStorage } from "../../src/data/storage";
import { currentAtlas, resetStoreForTests } from "../../src/data/store";
import { HIGHEST_SEEN_KEY } from "../../src/data/trust";
import { byId, variant } from "../support/datasets";
import { newTestKey, signatureFor, signedFetch } from "../support/signing";

const URL_ = "https://data.example.com/atlas.json";
const V1 = JSON.stringify(variant("2025.04.01"));
const V2 = JSON.stringify(variant("2025.04.02", (d) => void (byId(d.incentives, "cdht-model").cap = 35_000_000)));
let map: Map<string, string>;

beforeEach(() => {
  resetStoreForTests();
  map = new Map();
});

async function refresh(body: string, signature?: string | null, extra: { allowOlder?: boolean; now?: Date } = {}) {
  const fetchImpl = signedFetch(body, signature);
  const { now, ...rest } = extra;
  return refreshDataset({ url: URL_, fetchImpl, storage: memoryStorage(map), ...(now ? { now: () => now } : {}), ...rest });
}

function expectRefused(result: Awaited<ReturnType<typeof refresh>>, trust: string, en: RegExp): void {
  expect(result).toMatchObject({ status: "failed", error: { code: "untrusted", trust } });
  if (result.status !== "failed") return;
  expect(result.error.message.en).toMatch(en);
  expect(result.error.message.en).toMatch(/Your current data is unchanged\.$/);
  expect(result.error.message.zh).toMatch(/当前数据保持不变/);
}

test("a dataset signed by a trusted key loads, and the key and content hash are kept with it", async () => {
  const result = await refresh(V1);
  expect(result).toMatchObject({ status: "updated", to: { version: "2025.04.01" }, persistence: "saved" });
  if (result.status !== "updated") return;
  expect(result.loaded.signed).toMatchObject({ keyId: expect.stringMatching(/^[0-9a-f]{16}$/), sha256: await sha256Hex(V1) });
});

test.each([
  ["unsigned (no signature beside the dataset)", () => refresh(V1, null), "unsigned", /no signature/],
  [
    "signed by a key this build does not trust",
    () => refresh(V1, signatureFor(V1, { key: newTestKey() })),
    "unknown-key",
    /does not trust/,
  ],
  [
    "one byte changed after signing",
    () => refresh(V1.replace('"cap":30000000', '"cap":30000001'), signatureFor(V1)),
    "other-dataset",
    /changed after/,
  ],
  ["a signature over another version", () => refresh(V2, signatureFor(V1)), "other-dataset", /does not match its signature/],
  [
    "an expired signature",
    () => refresh(V1, signatureFor(V1, { expires: "2026-01-31" }), { now: new Date("2026-02-01T00:00:01Z") }),
    "expired",
    /expired/,
  ],
  [
    "a signature whose bytes were altered",
    () =>
      refresh(
        V1,
        signatureFor(V1).replace(/"signature": "(.)/, (_m, c) => `"signature": "${c === "A" ? "B" : "A"}`),
      ),
    "bad-signature",
    /not valid/,
  ],
  ["a signature file that is not one", () => refresh(V1, "<html>hello</html>"), "bad-signature", /not valid/],
])("refused: %s; the loaded data stays", async (_name, run, trust, en) => {
  const before = currentAtlas();
  expectRefused(await run(), trust, en);
  expect(currentAtlas()).toBe(before);
  expect(map.has(DATASET_KEY)).toBe(false);
});

test("refused: a version below the highest seen, even after the loaded data went back to the built-in one", async () => {
  expect(await refresh(V2)).toMatchObject({ status: "updated" });
  resetStoreForTests(); // a restart, or "Reset to built-in data": the bundled dataset is loaded
  expectRefused(await refresh(V1), "below-highest-seen", /older than a version this add-in has already loaded/);
  expect(JSON.parse(map.get(HIGHEST_SEEN_KEY) ?? "{}")).toMatchObject({ version: "2025.04.02" });
});

test("refused: the same version with different content (against the loaded data, and against the highest seen)", async () => {
  expect(await refresh(V1)).toMatchObject({ status: "updated" });
  const sameVersion = JSON.stringify(variant("2025.04.01", (d) => void (byId(d.incentives, "cdht-model").cap = 999_000_000)));
  expectRefused(await refresh(sameVersion), "same-version-different-content", /same version/);
  expect(currentAtlas().dataset.version).toBe("2025.04.01");
  resetStoreForTests();
  expectRefused(await refresh(sameVersion), "same-version-different-content", /same version/);
  // The bundled dataset's own version with other numbers is refused too (no highest seen needed).
  map.clear();
  resetStoreForTests();
  const bundledVersion = currentAtlas().dataset;
  const bent = JSON.stringify({ ...structuredClone(bundledVersion), publisher: `${bundledVersion.publisher} (mirror)` });
  expectRefused(await refresh(bent), "same-version-different-content", /same version/);
});

describe("the saved copy is re-verified on start", () => {
  test("a saved copy with a recomputed checksum but no valid signature falls back to the bundled data, and the user is told", async () => {
    expect(await refresh(V1)).toMatchObject({ status: "updated", persistence: "saved" });
    const stored = map.get(DATASET_KEY) ?? "";
    // Tamper as the review did: change a cap in the JSON, recompute the header's checksum and lengths, keep the signature.
    const header = JSON.parse(stored.slice(stored.indexOf(" ") + 1, stored.indexOf("\n")));
    const tampered = V1.replace('"cap":30000000', '"cap":50000000');
    const forged = {
      ...header,
      encoding: "json",
      sha256: await sha256Hex(tampered),
      length: tampered.length,
      storedLength: tampered.length,
    };
    map.set(DATASET_KEY, `AI-POLICY-ATLAS-DATASET/2 ${JSON.stringify(forged)}\n${tampered}`);
    resetStoreForTests();
    const restored = await restorePersistedDataset(memoryStorage(map));
    expect(restored).toMatchObject({ status: "fell-back", reason: expect.stringMatching(/not signed by a trusted key/) });
    if (restored.status === "fell-back") expect(restored.message.en).toMatch(/built into the add-in/);
    expect(currentAtlas().dataset.version).not.toBe("2025.04.01");
    // …and with the signature removed as well.
    const { signature: _dropped, ...unsigned } = forged;
    map.set(DATASET_KEY, `AI-POLICY-ATLAS-DATASET/2 ${JSON.stringify(unsigned)}\n${tampered}`);
    expect(await readPersistedDataset(memoryStorage(map))).toMatchObject({
      status: "corrupt",
      reason: expect.stringMatching(/no signature/),
    });
  });

  test("a copy signed by a key this build does not trust (another build's ephemeral key) is not restored", async () => {
    expect(await refresh(V1)).toMatchObject({ status: "updated" });
    resetStoreForTests();
    const other = newTestKey().publicKey;
    expect(await restorePersistedDataset(memoryStorage(map), { trustedKeys: [other] })).toMatchObject({ status: "fell-back" });
  });

  test("a good signed copy restores, with its key id", async () => {
    expect(await refresh(V1)).toMatchObject({ status: "updated" });
    resetStoreForTests();
    expect(await restorePersistedDataset(memoryStorage(map))).toMatchObject({
      status: "restored",
      loaded: { signed: { keyId: expect.any(String) } },
    });
  });

  test("a saved header's url that is not an allowed dataset address is dropped, never shown as a link", async () => {
    expect(await refresh(V1)).toMatchObject({ status: "updated" });
    const stored = map.get(DATASET_KEY) ?? "";
    map.set(DATASET_KEY, stored.replace(`"url":"${URL_}"`, '"url":"javascript:alert(document.domain)"'));
    const read = await readPersistedDataset(memoryStorage(map));
    expect(read).toMatchObject({ status: "ok" });
    if (read.status === "ok") expect(read.provenance.url).toBeUndefined();
  });
});
