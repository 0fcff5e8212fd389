/**
 * The Content-Security-Policy of the add-in's page: scripts only from the add-in's host and the
 * Office.js CDN (no eval, no inline script), styles inline only (Fluent UI injects them), data
 * fetched from the host or an HTTPS URL (refresh; http only on localhost), nothing else.
 */
function contentSecurityPolicy({ dev = false } = {}) {
  const office = "https://appsforoffice.microsoft.com";
  return [
    "default-src 'self'",
    `script-src 'self' ${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' https: http://localhost:* http://127.0.0.1:*${dev ? " wss://localhost:*" : ""}`,
    `frame-src 'self' ${office} https://*.officeapps.live.com https://*.office.com`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { contentSecurityPolicy };
