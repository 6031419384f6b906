// The page's Content-Security-Policy, defined once: the renderer's build writes it into index.html, main sends it with
// every app:// file, the loopback bridge with every page it serves. No inline or eval'd script; styles inline
// (emotion); nothing off-origin.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
