// Addresses inside the site. The site may be served under a sub-path (BASE_PATH, e.g.
// /kunskapsstod/ on GitHub Pages without a custom domain), so every internal link that code
// writes goes through here; links written in MDX get the base from a build step instead.

import { withBasePath } from './base-path.mjs';

/**
 * A root-relative address of this site with the base in front: '/roller/' → '/kunskapsstod/roller/'.
 * Anything else (another site, '#anchor', 'mailto:') is returned unchanged. A base of '/' never
 * yields '//x', which a browser would read as another host.
 */
export function withBase(path: string): string {
  return withBasePath(path, import.meta.env.BASE_URL);
}

/**
 * The address of a guidance page from its content id, without the base: 'index' → '/', 'roller/styrelsen' → '/roller/styrelsen/'.
 * Starlight gives the start page (index.mdx) the id '' (see pageIdOfFile): it is '/' too, not '//',
 * which as the page's search filter hid the start page's answers ("Vad är Finsam?") from /sok/.
 */
export function pagePath(id: string): string {
  return id === 'index' || id === '' ? '/' : `/${id}/`;
}

/**
 * The content id Starlight gives a page file, from its path under content/docs/: 'roller/index.mdx'
 * and 'roller.mdx' → 'roller', 'index.mdx' → 'index'. For checks that read the files themselves.
 */
export function pageIdOfFile(docsPath: string): string {
  return (
    docsPath
      .replace(/\.(mdx?|markdown)$/, '')
      .replace(/(^|\/)index$/, '')
      .toLowerCase() || 'index'
  );
}

/** The address of a page file under content/docs/, without the base: 'roller/index.mdx' → '/roller/'. */
export function pagePathOfFile(docsPath: string): string {
  return pagePath(pageIdOfFile(docsPath));
}

/** The address of a guidance page from its content id, with the base: what a link in a component uses. */
export function pageHref(id: string): string {
  return withBase(pagePath(id));
}
