// Shared helpers for the browser tests: the list of built pages comes from the sitemap, so a new
// page is tested without anyone editing a test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '../../dist');

/** Paths of every page in the built site (from the sitemap), e.g. "/roller/styrelsen/". */
export function allPages(): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
  return [...new Set(urls)].sort();
}

/** Guidance pages, which all rest on sources: not search, the pages about the site, print views or the source pages. */
export function guidancePages(): string[] {
  return allPages().filter((p) => p !== '/sok/' && !p.startsWith('/om-webbplatsen/') && !p.startsWith('/skriv-ut/') && !p.startsWith('/kallor/'));
}

/** The built HTML of a page path ("/roller/styrelsen/") or file ("/404.html"). */
export function builtHtml(path: string): string {
  return readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
}

/** Built pages whose HTML contains `marker`, e.g. the pages that carry a chart. */
export function pagesContaining(marker: string): string[] {
  return allPages().filter((p) => builtHtml(p).includes(marker));
}
