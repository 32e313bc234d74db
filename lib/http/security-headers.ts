// Owns the per-response security headers (next.config.js sends the static ones: nosniff,
// X-Frame-Options, Referrer-Policy, Permissions-Policy, COOP). The Content-Security-Policy allows only the
// app's own script files plus the inline ones Next.js wrote for this response — named by a nonce
// when the page is rendered per request, by their hashes when it was prerendered at build time
// (lib/http/prerendered-pages.ts) — so an injected <script> or a framing page gets nothing.
// Pure: the proxy supplies the nonce or hashes and whether the request reached us over HTTPS.

/**
 * Which inline scripts and styles a response may run: those carrying this response's nonce (a
 * page rendered per request) and those whose content has one of these hashes ("sha256-…": a
 * page prerendered at build time, which carries no nonce).
 */
export type InlineAllowance = { nonce?: string; scriptHashes: readonly string[]; styleHashes: readonly string[] };

/** Two years, the HSTS preload list's minimum. */
const HSTS_MAX_AGE_SECONDS = 63_072_000;

type PolicyOptions = { inline: InlineAllowance; https: boolean; development?: boolean };

const quoted = (sources: readonly string[]) => sources.map((source) => ` '${source}'`).join("");

export function contentSecurityPolicy({ inline, https, development = false }: PolicyOptions): string {
  // Script files come from the app itself ('self'; no 'strict-dynamic', which would ignore it and
  // refuse a prerendered page's script tags, having no nonce); inline code by nonce or hash.
  const nonce = inline.nonce ? [`nonce-${inline.nonce}`] : [];
  const scripts = quoted([...nonce, ...inline.scriptHashes]);
  const styles = quoted([...nonce, ...inline.styleHashes]);
  const directives = [
    "default-src 'self'",
    // React needs eval only in dev.
    `script-src 'self'${scripts}${development ? " 'unsafe-eval'" : ""}`,
    // next dev injects styles of its own; a browser ignores 'unsafe-inline' beside a nonce or hash
    `style-src 'self'${development ? " 'unsafe-inline'" : styles}`,
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
export function pageSecurityHeaders(options: PolicyOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` } : {}),
  };
}
