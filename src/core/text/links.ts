/**
 * Which web addresses the add-in shows or writes (issue 22, PRODUCT.md §12 "links shown or written
 * are https: with their host visible"). A source URL is refused when it could mislead a reader:
 * user info before the host (`https://www.sz.gov.cn@evil.example/`), an IP address or a
 * single-label host, control, bidi or zero-width characters, or more than 2,048 characters.
 * A link becomes an href only when it is https: and parses with `new URL`; its host is shown as
 * the URL parser writes it (punycode: a Cyrillic `о` shows as `xn--…`).
 */

/** The longest source URL accepted. */
export const MAX_URL_LENGTH = 2048;

/** C0 and C1 controls, bidi embeddings, overrides and isolates, zero-width characters and the BOM. */
export const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Why a source URL is refused, or undefined when it is acceptable. http and https only. */
export function sourceUrlProblem(text: string): string | undefined {
  if (text.length > MAX_URL_LENGTH) return `a URL has at most ${MAX_URL_LENGTH} characters (this one ${text.length})`;
  if (INVISIBLE_OR_CONTROL.test(text) || /\s/.test(text)) return "a URL has no spaces, control, bidi or zero-width characters";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "not an absolute URL";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "a source URL is http or https";
  if (url.username !== "" || url.password !== "") return "a URL has no user name or password before the host";
  const host = url.hostname;
  if (IPV4.test(host) || host.startsWith("[")) return "a source URL names a host, not an IP address";
  if (!host.includes(".") || host.endsWith(".")) return "a source URL names a full host (example.gov.cn), not a single label";
  return undefined;
}

/** A link the pane may render: the href and the host to show beside it. */
export interface SafeLink {
  href: string;
  host: string;
}

/** The href and host of an https address that passes `sourceUrlProblem`; undefined for anything else. */
export function httpsLink(text: string | null | undefined): SafeLink | undefined {
  if (typeof text !== "string" || sourceUrlProblem(text) !== undefined) return undefined;
  const url = new URL(text);
  return url.protocol === "https:" ? { href: url.href, host: url.hostname } : undefined;
}

/** The host of an address to show as text (punycode), or undefined when it does not parse. */
export function hostOf(text: string | null | undefined): string | undefined {
  if (typeof text !== "string" || sourceUrlProblem(text) !== undefined) return undefined;
  return new URL(text).hostname;
}
