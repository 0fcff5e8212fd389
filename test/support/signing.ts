/**
 * Signing datasets in tests, with the test file's own key (test/support/test-keys.js) or a fresh
 * one, through the same code the data team's `sign` uses (scripts/dataset-signing.cjs); and a fake
 * fetch that serves a dataset with its signature beside it, as the build publishes them.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const signing = require("../../scripts/dataset-signing.cjs");

/** A key pair: the private key's PEM and the public key as the add-in trusts it. */
export interface TestKey {
  privatePem: string;
  publicKey: { keyId: string; spki: string };
}

/** A new key pair, not trusted by anything. */
export function newTestKey(): TestKey {
  return signing.generateSigningKey();
}

/** The key this test file's add-in code trusts. */
export function trustedTestKey(): TestKey {
  const g = globalThis as unknown as { __ATLAS_TEST_SIGNING_KEY__: string; __ATLAS_TRUSTED_KEYS__: TestKey["publicKey"][] };
  return { privatePem: g.__ATLAS_TEST_SIGNING_KEY__, publicKey: g.__ATLAS_TRUSTED_KEYS__[0] };
}

/** The signature file for a dataset's text (UTF-8), by the trusted test key unless another is given. */
export function signatureFor(
  text: string | Uint8Array,
  options: { key?: TestKey; expires?: string; days?: number; now?: Date } = {},
): string {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
  return signing.signDataset(bytes, (options.key ?? trustedTestKey()).privatePem, options);
}

/** `x.json` → `x.sig.json`, as src/data/signature.ts looks for it. */
export function signaturePath(path: string): string {
  return path.endsWith(".json") ? `${path.slice(0, -".json".length)}.sig.json` : `${path}.sig.json`;
}

const json = { "content-type": "application/json" };

/**
 * A fetch serving `body` at any URL and its signature (made now, unless `signature` is given, or
 * null for none) at the URL's .sig.json.
 */
export function signedFetch(body: string, signature?: string | null): jest.Mock & typeof fetch {
  const sig = signature === undefined ? signatureFor(body) : signature;
  return jest.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith(".sig.json")) return sig === null ? new Response("not found", { status: 404 }) : new Response(sig, { headers: json });
    return new Response(body, { status: 200, headers: json });
  }) as unknown as jest.Mock & typeof fetch;
}
