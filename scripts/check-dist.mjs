// Checks a built site (dist/) as a reader's browser would use it: every link and asset on every page
// resolves to a file of that build, under the build's base path, and every #anchor to an element on
// the target page; each page's canonical address is the configured public one; nothing names
// localhost (readers would see it in print views, the feed and the sitemap); and .nojekyll is there
// (GitHub Pages runs Jekyll without it, and Jekyll drops _astro/, a folder starting with _).
//
// `npm run check-dist` runs it over the dist/ that `npm run build` made, with the same SITE_URL and
// BASE_PATH. tests/build/mistakes.test.mjs runs it over the fixture built under a sub-path, where a
// link written without the base would point outside the site.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from '../src/lib/files.ts';
import { siteConfig } from '../src/config/site.mjs';

/** Where a link can point in a page: [selector, attribute]. */
const LINKS = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['[data-search-data]', 'data-search-data'],
];

/**
 * @param {string} out the built site's folder
 * @param {{ site: string, base: string }} config the origin and base path it was built for
 * @returns {{ problems: string[], pages: number, checked: number }} problems in Swedish, one per line
 */
export function distProblems(out, { site, base }) {
  const problems = [];
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      ids.set(file, new Set([...document.querySelectorAll('[id]')].map((e) => e.id)));
    }
    return ids.get(file);
  };
  /** The file a site address is served from, or null if the address is outside the base. */
  const fileFor = (pathname) => {
    if (!pathname.startsWith(base)) return null;
    const path = join(out, decodeURIComponent(pathname.slice(base.length)));
    return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  };

  const pages = listFiles(out, (n) => n.endsWith('.html'));
  let checked = 0;
  for (const page of pages) {
    const where = page.slice(out.length);
    const pageUrl = new URL(`${base}${page.slice(out.length + 1).replace(/index\.html$/, '')}`, site);
    const { document } = parseHTML(readFileSync(page, 'utf8'));
    for (const [selector, attribute] of LINKS) {
      for (const element of document.querySelectorAll(selector)) {
        const raw = element.getAttribute(attribute);
        const url = new URL(raw, pageUrl);
        if (element.getAttribute('rel') === 'canonical') {
          // Starlight gives the 404 page a canonical address it is never served at (it is 404.html,
          // shown for any missing address); no reader follows it.
          if (!page.endsWith('/404.html') && url.href !== pageUrl.href)
            problems.push(`${where}: den kanoniska adressen är ${raw}, inte ${pageUrl.href}`);
          continue;
        }
        if (url.origin !== pageUrl.origin || !['http:', 'https:'].includes(url.protocol)) continue;
        checked++;
        const file = fileFor(url.pathname);
        const link = `${where}: ${selector} ${attribute}="${raw}"`;
        if (!file || !existsSync(file)) problems.push(`${link} → finns inte under ${base}`);
        else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1))))
          problems.push(`${link} → ankaret saknas`);
      }
    }
  }
  if (!existsSync(join(out, '.nojekyll'))) problems.push('.nojekyll saknas i bygget: GitHub Pages tappar då mappen _astro/.');
  for (const file of listFiles(out)) {
    if (/\.(html|xml|json|txt|css|js|csv|webmanifest)$|_headers$/.test(file) && /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8'))) {
      problems.push(`${file.slice(out.length)}: nämner localhost; bygg med den publika adressen (SITE_URL).`);
    }
  }
  return { problems, pages: pages.length, checked };
}

// `node scripts/check-dist.mjs [folder]`: the project's own build, with the address it was built for.
if (import.meta.filename === process.argv[1]) {
  const out = resolve(process.argv[2] ?? 'dist');
  const config = siteConfig(process.env);
  const { problems, pages, checked } = distProblems(out, config);
  // Far fewer pages or links than the site has means the check looked at the wrong folder.
  if (pages < 40 || checked < 2000)
    problems.push(`bara ${pages} sidor och ${checked} länkar i ${out}: är webbplatsen byggd (npm run build)?`);
  for (const p of problems) console.error(p);
  console.log(
    `${pages} sidor, ${checked} länkar och filer kontrollerade under ${config.base}: ${problems.length ? `${problems.length} fel` : 'inga fel'}.`,
  );
  process.exit(problems.length ? 1 : 0);
}
