/**
 * Verifying the data team's signature on a published dataset (PRODUCT.md §12), with WebCrypto
 * only: ECDSA P-256 over SHA-256, signature in IEEE P1363 form (r‖s), as in Safari 14.1,
 * Chromium 109, Firefox 115 and Node 20. The signature file (`atlas-dataset.sig.json`, beside the
 * dataset; written by `npm run data -- sign` or, in a default build, by the build's ephemeral key:
 * scripts/dataset-signing.cjs) holds a statement naming the dataset exactly, {schemaVersion,
 * version, asOf, sha256 of the file's bytes, expires, keyId}, and the signature over it. The
 * statement is checked against the exact downloaded bytes before anything parses the dataset.
 */
import type { Dataset } from "../core/rules/schema";
import { fail } from "./messages";
import { parseDatasetText } from "./parse-dataset";
import type { TrustProblem } from "./trust-messages";

/** The signature file's format tag. */
export const SIGNATURE_FORMAT = "ai-policy-atlas-signature/1";
/** A signature file is a few hundred bytes; anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 8 * 1024;

/** A public key the add-in trusts: its id and its SPKI DER, base64. */
export interface TrustedKey {
  keyId: string;
  spki: string;
}

/** What the data team signed. */
export interface SignedStatement {
  schemaVersion: number;
  version: string;
  asOf: string;
  sha256: string;
  /** The last day (UTC, YYYY-MM-DD) the signature is good for. */
  expires: string;
  keyId: string;
}

/** A dataset whose signature checked out: its statement, and the key and content hash to show. */
export interface Verified {
  statement: SignedStatement;
  keyId: string;
  sha256: string;
}

/** Where a signature file is published beside a dataset: `x.json` → `x.sig.json`. */
export function signatureUrlFor(datasetUrl: string): string {
  const url = new URL(datasetUrl);
  url.pathname = url.pathname.endsWith(".json") ? `${url.pathname.slice(0, -".json".length)}.sig.json` : `${url.pathname}.sig.json`;
  return url.href;
}

function refuse(trust: TrustProblem, detail: string): never {
  throw fail("untrusted", detail, { trust });
}

function subtleCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!subtle) refuse("unsupported", "Web Crypto (crypto.subtle) is not available on this page");
  return subtle;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Lower-case hex of bytes, built by array join (no per-character concatenation). */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** SHA-256 of bytes, hex. */
export async function sha256OfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(new Uint8Array(await subtleCrypto().digest("SHA-256", bytes)));
}

const STATEMENT_FIELDS = ["schemaVersion", "version", "asOf", "sha256", "expires", "keyId"] as const;

function readSignatureFile(text: string | undefined): { keyId: string; statement: string; signature: string } {
  if (text === undefined) refuse("unsigned", "no signature file was published beside the dataset");
  if (text.length > MAX_SIGNATURE_BYTES) refuse("bad-signature", `the signature file is ${text.length} characters long`);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    refuse("bad-signature", "the signature file is not JSON");
  }
  const f = file as Record<string, unknown> | null;
  if (typeof f !== "object" || f === null || f.format !== SIGNATURE_FORMAT)
    refuse("bad-signature", `the signature file is not in the format ${SIGNATURE_FORMAT}`);
  if (typeof f.keyId !== "string" || typeof f.statement !== "string" || typeof f.signature !== "string")
    refuse("bad-signature", "the signature file lacks keyId, statement or signature");
  if (!/^[A-Za-z0-9+/]{1,200}={0,2}$/.test(f.signature)) refuse("bad-signature", "the signature is not base64");
  return { keyId: f.keyId, statement: f.statement, signature: f.signature };
}

function parseStatement(text: string, keyId: string): SignedStatement {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    refuse("bad-signature", "the signed statement is not JSON");
  }
  const s = value as Record<string, unknown>;
  const ok =
    typeof s === "object" &&
    s !== null &&
    typeof s.schemaVersion === "number" &&
    STATEMENT_FIELDS.slice(1).every((field) => typeof s[field] === "string") &&
    /^[0-9a-f]{64}$/.test(s.sha256 as string) &&
    /^\d{4}-\d{2}-\d{2}$/.test(s.expires as string);
  if (!ok) refuse("bad-signature", "the signed statement lacks a field");
  if (s.keyId !== keyId) refuse("bad-signature", `the statement names key ${String(s.keyId)}, the file ${keyId}`);
  return s as unknown as SignedStatement;
}

/**
 * Checks a dataset's exact bytes against its signature file and the trusted keys, before the
 * dataset is parsed. Throws a RefreshFailure ("untrusted", with the problem) on any doubt.
 */
export async function verifyDatasetBytes(
  bytes: Uint8Array<ArrayBuffer>,
  signatureText: string | undefined,
  trustedKeys: readonly TrustedKey[],
  now: Date,
): Promise<Verified> {
  const file = readSignatureFile(signatureText);
  const key = trustedKeys.find((k) => k.keyId === file.keyId);
  if (!key) refuse("unknown-key", `signed by key ${file.keyId}; trusted: ${trustedKeys.map((k) => k.keyId).join(", ") || "none"}`);
  const subtle = subtleCrypto();
  let good: boolean;
  try {
    const publicKey = await subtle.importKey("spki", fromBase64(key.spki), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    good = await subtle.verify(
      { name: "ECDSA", hash: "SHA-256" },
      publicKey,
      fromBase64(file.signature),
      new TextEncoder().encode(file.statement),
    );
  } catch (thrown) {
    refuse("bad-signature", `the signature could not be checked: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  if (!good) refuse("bad-signature", `the signature by key ${file.keyId} does not match its statement`);
  const statement = parseStatement(file.statement, file.keyId);
  const sha256 = await sha256OfBytes(bytes);
  if (sha256 !== statement.sha256)
    refuse("other-dataset", `the file's SHA-256 is ${sha256}; the signature is for ${statement.sha256} (version ${statement.version})`);
  if (Date.parse(`${statement.expires}T23:59:59.999Z`) < now.getTime()) refuse("expired", `the signature expired on ${statement.expires}`);
  return { statement, keyId: file.keyId, sha256 };
}

/** After parsing: the dataset must be the one the statement names (a signer's slip is refused too). */
export function checkStatementNames(statement: SignedStatement, dataset: { schemaVersion: number; version: string; asOf: string }): void {
  for (const field of ["schemaVersion", "version", "asOf"] as const) {
    if (statement[field] !== dataset[field])
      refuse("other-dataset", `the signature names ${field} ${String(statement[field])}; the dataset has ${String(dataset[field])}`);
  }
}

/**
 * The `now` for a dataset used only to compute a workbook's old figures (a kept or published
 * earlier version): its signature still proves who published it, and its expiry, which limits
 * loading a dataset as the current data, does not apply.
 */
export const FOR_OLD_FIGURES = new Date(0);

/**
 * A signed dataset's text, read as every reader must: the signature over its exact bytes first
 * (nothing parses bytes the data team did not sign), then the parse, then the names the signed
 * statement gives. Throws a RefreshFailure on any doubt.
 */
export async function parseSignedDataset(
  bytes: Uint8Array<ArrayBuffer>,
  text: string,
  signatureText: string | undefined,
  trustedKeys: readonly TrustedKey[],
  now: Date,
): Promise<{ dataset: Dataset; verified: Verified }> {
  const verified = await verifyDatasetBytes(bytes, signatureText, trustedKeys, now);
  const dataset = parseDatasetText(text);
  checkStatementNames(verified.statement, dataset);
  return { dataset, verified };
}
