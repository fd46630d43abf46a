// Response headers for every page and API answer (next.config.ts headers()),
// so they hold on Vercel and when self-hosted alike.
//
// Script policy, and why it is not nonce- or hash-only:
// - Next's App Router streams its RSC payload in inline <script> tags whose
//   content differs on every render, so they cannot be hashed.
// - Nonces would need a per-request value in the HTML, i.e. every page
//   rendered dynamically: the landing page is prerendered (served from the
//   CDN) and would lose that.
// - A hash next to 'unsafe-inline' is not a middle way: CSP 2+ browsers ignore
//   'unsafe-inline' as soon as a hash or nonce is present, which blocks Next's
//   own inline scripts (the app stops hydrating).
// So scripts are limited to our origin plus inline, with no eval, and the
// rest is as tight as the app allows: no plugins, no framing, no foreign
// <base>, forms and fetches only to ourselves (and Ably for real time).
// Moving to nonces (proxy.ts + `await connection()` in the root layout) is the
// upgrade path if the landing page may render per request.

/** Ably's REST, realtime and fallback hosts (ably-js 2.x), for the browser client when ABLY_API_KEY is set. */
const ABLY_HOSTS = [
  "https://*.ably.io",
  "wss://*.ably.io",
  "https://*.ably.net",
  "wss://*.ably.net",
  "https://*.ably-realtime.com",
  "wss://*.ably-realtime.com",
];

export function contentSecurityPolicy(options: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates code for its call stacks; production never does.
    "script-src": ["'self'", "'unsafe-inline'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    // Next injects inline <style> for fonts and CSS; style injection cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...ABLY_HOSTS, ...(options.dev ? ["ws:"] : [])],
    "media-src": ["'self'", "blob:"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function securityHeaders(options: { dev: boolean }): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The microphone is the product; nothing else is asked for.
    { key: "Permissions-Policy", value: "microphone=(self), camera=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain http, so local `next start` is unaffected.
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  ];
}
