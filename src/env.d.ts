// Page context that the site's own routes and components pass through Astro.locals, declared here so
// reading or setting it needs no cast. Starlight declares its own (starlightRoute, t) the same way.
declare namespace App {
  interface Locals {
    /**
     * True while the chapter print view (src/routes/skriv-ut.astro) renders other pages' content:
     * errors then name a placeholder for the page file (src/lib/content.ts, PRINT_PAGE_FILE).
     */
    utskrift?: boolean;
  }
}
