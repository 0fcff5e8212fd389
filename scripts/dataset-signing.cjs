/**
 * Signing datasets on the data team's side (Node's crypto; the add-in verifies with WebCrypto in
 * src/data/signature.ts): ECDSA P-256 with SHA-256, the signature in IEEE P1363 form (r‖s, 64
 * bytes: what WebCrypto's verify takes). What is signed is a statement, a JSON text naming the
 * dataset exactly: {schemaVersion, version, asOf, sha256 of the file's bytes, expires, keyId}.
 * A key's id is the first 16 hex digits of the SHA-256 of its public key (SPKI DER), so an id
 * cannot be claimed for another key. Used by the build (webpack.config.js: the ephemeral key of a
 * default build, the check of a production build's signature) and by `npm run data -- keygen |
 * sign | verify` (tools/data/commands/signing.ts).
 */
const crypto = require("crypto");
const fs = require("fs");

const SIGNATURE_FORMAT = "ai-policy-atlas-signature/1";
const DAY_MS = 24 * 60 * 60 * 1000;

/** The key id of a public key given as SPKI DER bytes. */
function keyIdOf(spkiDer) {
  return crypto.createHash("sha256").update(spkiDer).digest("hex").slice(0, 16);
}

/** A public key as the add-in trusts it: { keyId, spki (base64 DER) }. */
function trustedKeyOf(publicKey) {
  const der = publicKey.export({ type: "spki", format: "der" });
  return { keyId: keyIdOf(der), spki: der.toString("base64") };
}

/** A new P-256 key pair: the private key as PKCS#8 PEM, the public key as a trusted key. */
function generateSigningKey() {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { privatePem: privateKey.export({ type: "pkcs8", format: "pem" }), publicKey: trustedKeyOf(publicKey) };
}

/**
 * Reads one entry of ATLAS_DATA_KEYS (or `verify --keys`): a path to a public key file written by
 * `keygen` (`*.public.json`), a PEM public key file, or a base64 SPKI inline. Throws when unusable.
 */
function readTrustedKey(entry) {
  const text = fs.existsSync(entry) ? fs.readFileSync(entry, "utf8") : entry;
  let key;
  if (text.trim().startsWith("{"))
    key = crypto.createPublicKey({ key: Buffer.from(JSON.parse(text).spki, "base64"), format: "der", type: "spki" });
  else if (text.includes("-----BEGIN")) key = crypto.createPublicKey(text);
  else key = crypto.createPublicKey({ key: Buffer.from(text.trim(), "base64"), format: "der", type: "spki" });
  if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw new Error(`${entry.slice(0, 80)}: not an ECDSA P-256 public key`);
  }
  return trustedKeyOf(key);
}

/**
 * The fields a statement names, read from the dataset's bytes (empty where the bytes are not a
 * dataset: `sign` checks the dataset first; the tests sign broken files to reach the parser).
 */
function statementOf(datasetBytes, { expires, keyId }) {
  let dataset = {};
  try {
    dataset = JSON.parse(Buffer.from(datasetBytes).toString("utf8")) ?? {};
  } catch {
    // not JSON: the add-in's parser refuses it after the signature checks out
  }
  return {
    schemaVersion: typeof dataset.schemaVersion === "number" ? dataset.schemaVersion : 0,
    version: typeof dataset.version === "string" ? dataset.version : "",
    asOf: typeof dataset.asOf === "string" ? dataset.asOf : "",
    sha256: crypto.createHash("sha256").update(datasetBytes).digest("hex"),
    expires,
    keyId,
  };
}

/**
 * Signs a dataset's exact bytes; returns the signature file's text. `expires` is an ISO date
 * (default: `days` days after `now`, 180 by default).
 */
function signDataset(datasetBytes, privatePem, { expires, days = 180, now = new Date() } = {}) {
  const privateKey = crypto.createPrivateKey(privatePem);
  const keyId = trustedKeyOf(crypto.createPublicKey(privateKey)).keyId;
  const until = expires ?? new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  const statement = JSON.stringify(statementOf(datasetBytes, { expires: until, keyId }));
  const signature = crypto.sign("sha256", Buffer.from(statement, "utf8"), { key: privateKey, dsaEncoding: "ieee-p1363" });
  return `${JSON.stringify({ format: SIGNATURE_FORMAT, keyId, statement, signature: signature.toString("base64") }, null, 2)}\n`;
}

/**
 * Checks a signature file against a dataset's bytes and trusted keys, as the add-in does.
 * Returns { ok: true, statement } or { ok: false, reason }.
 */
function verifyDataset(datasetBytes, signatureText, trustedKeys, now = new Date()) {
  let file;
  try {
    file = JSON.parse(signatureText);
  } catch {
    return { ok: false, reason: "the signature file is not JSON" };
  }
  if (file?.format !== SIGNATURE_FORMAT || typeof file.statement !== "string" || typeof file.signature !== "string")
    return { ok: false, reason: `the signature file is not in the format ${SIGNATURE_FORMAT}` };
  const key = trustedKeys.find((k) => k.keyId === file.keyId);
  if (!key) return { ok: false, reason: `signed by key ${String(file.keyId)}, which is not trusted` };
  const publicKey = crypto.createPublicKey({ key: Buffer.from(key.spki, "base64"), format: "der", type: "spki" });
  const good = crypto.verify(
    "sha256",
    Buffer.from(file.statement, "utf8"),
    { key: publicKey, dsaEncoding: "ieee-p1363" },
    Buffer.from(file.signature, "base64"),
  );
  if (!good) return { ok: false, reason: "the signature does not match" };
  const statement = JSON.parse(file.statement);
  const expected = statementOf(datasetBytes, { expires: statement.expires, keyId: file.keyId });
  for (const field of ["sha256", "schemaVersion", "version", "asOf", "keyId"]) {
    if (statement[field] !== expected[field]) return { ok: false, reason: `the signature is for another dataset (${field})` };
  }
  if (!(Date.parse(`${statement.expires}T23:59:59Z`) >= now.getTime()))
    return { ok: false, reason: `the signature expired on ${statement.expires}` };
  return { ok: true, statement };
}

module.exports = { SIGNATURE_FORMAT, keyIdOf, trustedKeyOf, generateSigningKey, readTrustedKey, signDataset, verifyDataset };
