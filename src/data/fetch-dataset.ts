/**
 * Downloads a dataset's text defensively: allowed URLs only (every redirect hop checked before it
 * is followed), one deadline for the whole download (a server that never answers, never finishes
 * or drips bytes gets the same timeout), a size limit counted while streaming (the download stops
 * the moment it is exceeded), and a content-type check. Throws a RefreshFailure; never hangs.
 */
import { fail } from "./messages";
import { RefreshFailure, describeThrown } from "./refresh-error";
import { checkDataUrl, isAllowedDataUrl } from "./url-rule";

/** How a download is bounded and observed. */
export interface DownloadOptions {
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  fetchImpl: typeof fetch;
  /** Bytes received so far, and the announced total when the server sent one. */
  onBytes?: (bytes: number, totalBytes: number | undefined) => void;
  maxRedirects?: number;
}

/** A downloaded text and the URL it finally came from. */
export interface DownloadedText {
  text: string;
  /** The exact bytes received: what a signature is checked against. */
  raw: Uint8Array<ArrayBuffer>;
  url: string;
  bytes: number;
  contentType: string;
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_REDIRECTS = 5;

/** Downloads the text at `address` within the limits; throws a RefreshFailure on any fault. */
export async function downloadDatasetText(address: string, options: DownloadOptions): Promise<DownloadedText> {
  const start = checkDataUrl(address);
  if (options.signal?.aborted) throw fail("aborted", "cancelled before the download started");
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onCancel = (): void => controller.abort();
  options.signal?.addEventListener("abort", onCancel, { once: true });
  // Which of the two stopped the download decides the message.
  const stopped = (thrown: unknown, what: string): RefreshFailure => {
    if (thrown instanceof RefreshFailure) return thrown;
    if (timedOut) return fail("timeout", `no complete response within ${options.timeoutMs} ms (${what})`, { timeoutMs: options.timeoutMs });
    if (options.signal?.aborted) return fail("aborted", `cancelled (${what})`);
    return fail("network", `${what}: ${describeThrown(thrown)}`);
  };
  try {
    const response = await follow(start, options, controller.signal).catch((thrown: unknown) => {
      throw stopped(thrown, `requesting ${start.href}`);
    });
    const contentType = checkResponse(response, options.maxBytes);
    const bytes = await readLimited(response, options).catch((thrown: unknown) => {
      throw stopped(thrown, `reading the response from ${response.url || start.href}`);
    });
    return { text: decodeUtf8(bytes), raw: bytes, url: response.url || start.href, bytes: bytes.byteLength, contentType };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCancel);
    // Frees the connection of a download that stopped early (timeout, size limit, bad response).
    controller.abort();
  }
}

/**
 * Requests the URL, following redirects by hand so that a hop to a disallowed URL is refused
 * before it is requested. Browsers hide a manual redirect's target (an "opaqueredirect"
 * response): there the request is repeated with `redirect: "follow"`, where the browser's
 * mixed-content blocking stops plain-http hops from an https page, and the final URL is checked.
 */
async function follow(start: URL, options: DownloadOptions, signal: AbortSignal): Promise<Response> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await options.fetchImpl(url.href, requestInit("manual", signal));
    if (response.type === "opaqueredirect") return checkFinalUrl(await options.fetchImpl(url.href, requestInit("follow", signal)), url);
    if (!REDIRECT_STATUSES.has(response.status)) return checkFinalUrl(response, url);
    await discard(response);
    const location = response.headers.get("location");
    if (location === null)
      throw fail("http", `HTTP ${response.status} redirect from ${url.href} without a Location`, { status: response.status });
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw fail("http", `HTTP ${response.status} redirect from ${url.href} to an invalid Location '${location}'`, {
        status: response.status,
      });
    }
    if (!isAllowedDataUrl(next)) throw fail("redirect-insecure", `${url.href} redirected to ${next.href}; not followed`);
    if (hop + 1 > maxRedirects)
      throw fail("too-many-redirects", `more than ${maxRedirects} redirects, the last from ${url.href} to ${next.href}`);
    url = next;
  }
}

function requestInit(redirect: RequestRedirect, signal: AbortSignal): RequestInit {
  return { method: "GET", redirect, signal, cache: "no-cache", headers: { accept: "application/json" } };
}

/** A response that arrived by following redirects itself must still end on an allowed URL. */
function checkFinalUrl(response: Response, requested: URL): Response {
  if (response.url) {
    let final: URL | undefined;
    try {
      final = new URL(response.url);
    } catch {
      final = undefined;
    }
    if (final && !isAllowedDataUrl(final)) {
      void discard(response);
      throw fail("redirect-insecure", `${requested.href} ended on ${response.url}`);
    }
  }
  return response;
}

/** The status, content type and announced size; returns the content type. */
function checkResponse(response: Response, maxBytes: number): string {
  if (!response.ok) {
    void discard(response);
    throw fail("http", `HTTP ${response.status} ${response.statusText} from ${response.url}`.trim(), { status: response.status });
  }
  const contentType = response.headers.get("content-type") ?? "";
  if (!isJsonContentType(contentType)) {
    void discard(response);
    throw fail("content-type", `content-type '${contentType}' from ${response.url}; expected application/json`, { contentType });
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void discard(response);
    throw fail("too-large", `content-length ${declared} bytes exceeds the limit of ${maxBytes} bytes`, { maxBytes });
  }
  return contentType;
}

/**
 * JSON types, and text/plain, which static hosts (raw files from a git host, some object stores)
 * send for .json files; the JSON parse that follows is the real check.
 */
export function isJsonContentType(contentType: string): boolean {
  const type = contentType.split(";")[0].trim().toLowerCase();
  return type === "application/json" || type === "text/json" || type === "text/plain" || /^application\/[\w.+-]+\+json$/.test(type);
}

/** Reads the body chunk by chunk, stopping as soon as it passes `maxBytes`. */
async function readLimited(response: Response, options: DownloadOptions): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  const total = Number.isFinite(declared) ? declared : undefined;
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > options.maxBytes) {
      void reader.cancel().catch(() => undefined); // the connection is aborted right after; nothing to report
      throw fail("too-large", `more than ${options.maxBytes} bytes received; download stopped`, { maxBytes: options.maxBytes });
    }
    chunks.push(value);
    options.onBytes?.(bytes, total);
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (thrown) {
    throw fail("json", `the response is not UTF-8 text: ${describeThrown(thrown)}`);
  }
}

/** Lets go of a response body we will not read. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // A body that cannot be cancelled is already closed or errored: there is nothing left to free.
  }
}
