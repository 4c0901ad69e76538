// Shared helpers for the browser tests: the list of built pages comes from the sitemap, so a new
// page is tested without anyone editing a test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../src/config/site.mjs';

const dist = join(import.meta.dirname, '../../dist');
const basePrefix = siteConfig().base.replace(/\/+$/, '');

/**
 * A link's address as a site path, without the base path the site may be built under
 * (BASE_PATH): tests name pages by their site paths, "/roller/styrelsen/".
 */
export function sitePath(href: string): string {
  return basePrefix && href.startsWith(`${basePrefix}/`) ? href.slice(basePrefix.length) : href;
}

/** A site path as links in the built pages write it, with the base path in front. */
export function siteHref(path: string): string {
  return `${basePrefix}${path}`;
}

/** Paths of every page in the built site (from the sitemap), e.g. "/roller/styrelsen/". */
export function allPages(): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => sitePath(new URL(m[1]).pathname)),
  );
  return [...new Set(urls)].sort();
}

/** Guidance pages, which all rest on sources: not search, the pages about the site, print views or the source pages. */
export function guidancePages(): string[] {
  return allPages().filter(
    (p) => p !== '/sok/' && !p.startsWith('/om-webbplatsen/') && !p.startsWith('/skriv-ut/') && !p.startsWith('/kallor/'),
  );
}

/** The built HTML of a page path ("/roller/styrelsen/") or file ("/404.html"). */
export function builtHtml(path: string): string {
  return readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
}

/** Built pages whose HTML contains `marker`, e.g. the pages that carry a chart. */
export function pagesContaining(marker: string): string[] {
  return allPages().filter((p) => builtHtml(p).includes(marker));
}
