/**
 * Which keys a build trusts (scripts/data-keys.cjs, used by webpack.config.js; PRODUCT.md §12):
 * a default build makes an ephemeral key pair, signs the dataset it publishes and trusts only
 * that key (a new one each build); a build given ATLAS_DATA_KEYS trusts only those keys and
 * publishes the team's offline signature, failing when it is missing or does not verify.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { verifyDatasetBytes } from "../../src/data/signature";
import { newTestKey, signatureFor } from "../support/signing";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dataKeysForBuild } = require("../../scripts/data-keys.cjs");

const DATASET = path.join(__dirname, "..", "..", "seeds", "atlas-dataset.json");
const bytes = new Uint8Array(fs.readFileSync(DATASET));

test("a default build: an ephemeral key, a new one each build, whose signature the add-in accepts", async () => {
  const a = dataKeysForBuild(DATASET, {});
  const b = dataKeysForBuild(DATASET, {});
  expect(a.mode).toBe("ephemeral");
  expect(a.trustedKeys).toHaveLength(1);
  expect(a.trustedKeys[0].keyId).not.toBe(b.trustedKeys[0].keyId);
  expect((await verifyDatasetBytes(bytes, a.signatureText, a.trustedKeys, new Date())).keyId).toBe(a.trustedKeys[0].keyId);
  await expect(verifyDatasetBytes(bytes, a.signatureText, b.trustedKeys, new Date())).rejects.toThrow(/untrusted/);
  expect(JSON.stringify(a)).not.toMatch(/PRIVATE KEY/);
});

test("a production build: only ATLAS_DATA_KEYS (current and next) are trusted, and the team's signature is published", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-keys-"));
  const current = newTestKey();
  const next = newTestKey();
  fs.writeFileSync(path.join(dir, "current.public.json"), JSON.stringify(current.publicKey));
  fs.writeFileSync(path.join(dir, "next.public.json"), JSON.stringify(next.publicKey));
  const env = {
    ATLAS_DATA_KEYS: `${path.join(dir, "current.public.json")},${path.join(dir, "next.public.json")}`,
    ATLAS_DATA_SIGNATURE: path.join(dir, "d.sig.json"),
  };
  expect(() => dataKeysForBuild(DATASET, env)).toThrow(/no signature/);
  fs.writeFileSync(env.ATLAS_DATA_SIGNATURE, signatureFor(bytes, { key: newTestKey() }));
  expect(() => dataKeysForBuild(DATASET, env)).toThrow(/not trusted/);
  fs.writeFileSync(env.ATLAS_DATA_SIGNATURE, signatureFor(bytes, { key: next }));
  const keys = dataKeysForBuild(DATASET, env);
  expect(keys.mode).toBe("production");
  expect(keys.trustedKeys.map((k: { keyId: string }) => k.keyId)).toEqual([current.publicKey.keyId, next.publicKey.keyId]);
  expect(keys.signatureText).toBe(fs.readFileSync(env.ATLAS_DATA_SIGNATURE, "utf8"));
  fs.rmSync(dir, { recursive: true, force: true });
});
