/**
 * Which addresses a dataset may come from: https anywhere, plain http only on this machine
 * (localhost, 127.0.0.1, [::1]) for development. Applied to the configured URL and to every
 * redirect hop, so a download never travels over plain http to another host.
 */
import { fail } from "./messages";

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether a parsed URL is an allowed dataset address. */
export function isAllowedDataUrl(url: URL): boolean {
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
}

/** Parses and checks a dataset address (relative to `base` when given); throws a RefreshFailure. */
export function checkDataUrl(address: string, base?: string): URL {
  let url: URL;
  try {
    url = base === undefined ? new URL(address.trim()) : new URL(address.trim(), base);
  } catch {
    throw fail("invalid-url", `'${address}' is not an absolute URL`);
  }
  if (!isAllowedDataUrl(url)) throw fail("insecure-url", `${url.protocol}//${url.host}: only https, or http on localhost, is allowed`);
  if (url.username !== "" || url.password !== "") throw fail("invalid-url", "a dataset URL must not carry a user name or password");
  return url;
}

/**
 * A stored address as an allowed dataset URL, or undefined: a saved copy's `url` is shown as a
 * link, and storage may be shared with other add-ins, so nothing else is kept.
 */
export function allowedDataUrlOrNone(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  try {
    return checkDataUrl(address).href;
  } catch {
    return undefined;
  }
}

/** The dataset the build publishes beside the add-in's pages (`data/atlas-dataset.json`), given a page's URL. */
export function publishedDatasetUrl(pageUrl: string): string {
  return new URL("data/atlas-dataset.json", pageUrl).href;
}
