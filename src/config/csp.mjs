// Content-Security-Policy (Astro 7 `security.csp`, see VERIFIED.md §5). Astro writes each page's
// <meta> policy; after the build, src/lib/policy.ts replaces its hash sources with the hashes of the
// inline scripts and styles that page really has (Starlight's is:inline scripts among them), so no
// hash is pinned here by hand.
/** Directives beyond script-src and style-src; frame-ancestors works only as a header (see _headers). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** @type {import('astro').AstroUserConfig['security']} */
export const security = {
  csp: {
    directives: CSP_DIRECTIVES,
    scriptDirective: {
      // Pagefind compiles WebAssembly; no 'unsafe-inline' and no 'unsafe-eval' for scripts.
      resources: ["'self'", "'wasm-unsafe-eval'"],
    },
    styleDirective: {
      // Starlight and Expressive Code set style="" attributes (icon sizes, TOC depth); inline style
      // attributes cannot run code, so they are allowed, and nothing else inline.
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
    },
  },
};
