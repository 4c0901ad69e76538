// Content-Security-Policy (Astro 7 `security.csp`, see VERIFIED.md §5). Astro hashes the scripts it
// bundles; Starlight's five `is:inline` scripts are not, so their hashes are listed here. When a
// Starlight upgrade changes them, tests/e2e/security.spec.ts fails and prints the new hashes.
export const STARLIGHT_INLINE_SCRIPTS = [
  'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=', // ThemeProvider: theme before first paint
  'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=', // ThemeSelect: updatePickers()
  'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=', // Search: Ctrl/⌘ K shortcut label
  'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=', // SidebarPersister: restore open groups
  'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=', // SidebarPersister: restore scroll
];

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
      hashes: STARLIGHT_INLINE_SCRIPTS,
    },
    styleDirective: {
      // Starlight and Expressive Code set style="" attributes (icon sizes, TOC depth); inline style
      // attributes cannot run code, so they are allowed, and nothing else inline.
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
    },
  },
};
