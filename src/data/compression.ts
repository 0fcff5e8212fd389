/**
 * gzip + base64 for the saved dataset, by the platform's CompressionStream (Chromium 80+, Safari
 * 16.4+, Node 18+: Excel's WebView2 and WKWebView, and the browsers Excel on the web runs in). Where it
 * is missing the caller stores plain JSON if that fits its budget. Text in, text out: storage
 * takes strings.
 */

/** Whether this page can gzip (CompressionStream and DecompressionStream exist). */
export function gzipAvailable(): boolean {
  const scope = globalThis as { CompressionStream?: unknown; DecompressionStream?: unknown };
  return typeof scope.CompressionStream === "function" && typeof scope.DecompressionStream === "function";
}

/** A text gzipped, as base64. Rejects where CompressionStream is missing. */
export async function gzipBase64(text: string): Promise<string> {
  // eslint-disable-next-line compat/compat -- guarded: persist.ts asks gzipAvailable() first (Safari before 16.4 saves uncompressed)
  return toBase64(await pipe(new TextEncoder().encode(text), new CompressionStream("gzip")));
}

/** The text gzipBase64 made. Rejects on bad base64 or a damaged gzip stream. */
export async function gunzipBase64(base64: string): Promise<string> {
  // eslint-disable-next-line compat/compat -- guarded as gzipBase64
  return new TextDecoder("utf-8", { fatal: true }).decode(await pipe(fromBase64(base64), new DecompressionStream("gzip")));
}

async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // A failure (damaged input) rejects these too; it is reported once, by the reader below.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Base64 of bytes, in slices (String.fromCharCode takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64); // throws on characters outside base64
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
