// Owns the per-response security headers (next.config.js sends the static ones: nosniff,
// X-Frame-Options, Referrer-Policy, Permissions-Policy, COOP). The Content-Security-Policy allows only the
// app's own scripts plus the inline ones Next.js writes for this one response (its nonce), so an
// injected <script> or a framing page gets nothing. Pure: the proxy supplies the nonce and
// whether the request reached us over HTTPS.

/** Two years, the HSTS preload list's minimum. */
const HSTS_MAX_AGE_SECONDS = 63_072_000;

export function contentSecurityPolicy({ nonce, https, development = false }: { nonce: string; https: boolean; development?: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce'd ones load are trusted; React needs eval only in dev.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-inline'" : ""}`,
    // Charts set style attributes; an attribute cannot run code, so allowing it is low risk.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers for one page response. */
export function pageSecurityHeaders(options: { nonce: string; https: boolean; development?: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` } : {}),
  };
}
