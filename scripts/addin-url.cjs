/**
 * ADDIN_URL, the production host the manifest points at: parsed with new URL and refused unless it
 * is https with no user info, query or fragment; its path is made to end in `/` (`/addin` →
 * `/addin/`); written into the manifest XML-escaped, so no value can add markup (`"><Evil/>`).
 */

/** The checked add-in URL (default: the dev server's). Throws a message naming what is wrong. */
function checkAddinUrl(value, fallback) {
  const raw = value || fallback;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL '${raw}' is not a URL`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be https (got ${url.protocol})`);
  if (url.username || url.password) throw new Error("ADDIN_URL must not carry a user name or password");
  if (url.search || url.hash || raw.includes("?") || raw.includes("#")) throw new Error("ADDIN_URL must not have a query or fragment");
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** Text safe inside an XML attribute or element. */
function xmlEscape(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}

/** The manifest with the development host replaced by the production one (escaped). */
function productionManifest(xml, addinUrl, devUrl) {
  const url = checkAddinUrl(addinUrl, devUrl);
  return xml
    .split(devUrl)
    .join(xmlEscape(url))
    .split(new URL(devUrl).origin)
    .join(xmlEscape(new URL(url).origin));
}

module.exports = { checkAddinUrl, xmlEscape, productionManifest };
