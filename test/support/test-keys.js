/**
 * Jest setup (unit and dom projects): this test file's own P-256 key pair, as a build would make
 * one. Its public key is what the add-in code trusts here (`__ATLAS_TRUSTED_KEYS__`, read by
 * src/data/trusted-keys.ts); test/support/signing.ts signs with its private key. Made afresh for
 * every test file; never written anywhere.
 */
const { generateSigningKey } = require("../../scripts/dataset-signing.cjs");

const key = generateSigningKey();
globalThis.__ATLAS_TRUSTED_KEYS__ = [key.publicKey];
globalThis.__ATLAS_KEY_MODE__ = "ephemeral";
globalThis.__ATLAS_TEST_SIGNING_KEY__ = key.privatePem;
