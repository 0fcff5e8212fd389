/**
 * The integrity check of the stored dataset: SHA-256 of its UTF-8 text, in hex, by Web Crypto
 * (present in Office's webviews, browsers on https or localhost, and Node 20).
 */

/** The SHA-256 of a text's UTF-8 bytes, as lower-case hex. Rejects where Web Crypto is missing. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!subtle) throw new Error("Web Crypto (crypto.subtle) is not available on this page");
  const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
