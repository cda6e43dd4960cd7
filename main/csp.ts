/**
 * The renderer's Content-Security-Policy: only the app's own scripts, styles, fonts and
 * images. `connect` is 'none' in Electron; the preview server allows its own origin, which
 * is how its bridge reaches the main-process handlers.
 */
export function contentSecurityPolicy(connect: "'none'" | "'self'"): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
