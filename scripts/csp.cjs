/**
 * The Content-Security-Policy of the add-in's page: scripts only from the add-in's host and the
 * Office.js CDN (no eval, no inline script), styles inline only (Fluent UI injects them), data
 * fetched from the add-in's own host and the data origins the build allows (ATLAS_DATA_ORIGINS;
 * default none beyond 'self'), plain http on loopback and the dev server's socket only in
 * development, nothing else.
 */

/**
 * The origins of ATLAS_DATA_ORIGINS (comma-separated https origins, e.g.
 * `https://data.firm.example`), checked with new URL: https, no path, user info, query or fragment.
 */
function dataOrigins(value = "") {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      let url;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`ATLAS_DATA_ORIGINS: '${entry}' is not a URL`);
      }
      if (
        url.protocol !== "https:" ||
        url.username ||
        url.password ||
        url.search ||
        url.hash ||
        (url.pathname !== "/" && url.pathname !== "")
      )
        throw new Error(`ATLAS_DATA_ORIGINS: '${entry}' must be an https origin (https://host[:port]), nothing more`);
      return url.origin;
    });
}

function contentSecurityPolicy({ dev = false, origins = [] } = {}) {
  const office = "https://appsforoffice.microsoft.com";
  const connect = ["'self'", ...origins, ...(dev ? ["http://localhost:*", "http://127.0.0.1:*", "wss://localhost:*"] : [])];
  return [
    "default-src 'self'",
    `script-src 'self' ${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    `frame-src 'self' ${office} https://*.officeapps.live.com https://*.office.com`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { contentSecurityPolicy, dataOrigins };
