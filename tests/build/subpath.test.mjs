// The site built as GitHub Pages serves it without a custom domain: under a sub-path. Every link and
// asset on every built page must resolve to a file of that build, under the sub-path, and every
// #anchor to an element on the target page. The same build, made with the default address, must
// not name localhost anywhere (readers would see it in print views, the feed and the sitemap).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from '../../src/lib/files.ts';
import { PRODUCTION_URL } from '../../src/config/site.mjs';

const root = resolve(import.meta.dirname, '../..');
const BASE = '/kunskapsstod/';
const out = join(root, '.tmp', 'subpath-dist');

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

/** The file a site address is served from, or null if the address is outside the base. */
function fileFor(pathname) {
  if (!pathname.startsWith(BASE)) return null;
  const path = join(out, decodeURIComponent(pathname.slice(BASE.length)));
  if (existsSync(path) && statSync(path).isDirectory()) return join(path, 'index.html');
  return path;
}

const ids = new Map();
function idsOf(file) {
  if (!ids.has(file)) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids.set(file, new Set([...document.querySelectorAll('[id]')].map((e) => e.id)));
  }
  return ids.get(file);
}

test(`built under ${BASE}, every link and asset on every page resolves, and nothing names localhost`, { timeout: 180_000 }, () => {
  rmSync(out, { recursive: true, force: true });
  const env = { ...process.env, BASE_PATH: BASE, SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], { cwd: root, env, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`.slice(-3000));

  const pages = listFiles(out, (n) => n.endsWith('.html'));
  assert.ok(pages.length > 40, `only ${pages.length} pages built`);
  const broken = [];
  let checked = 0;
  for (const page of pages) {
    const pageUrl = new URL(`${BASE}${page.slice(out.length + 1).replace(/index\.html$/, '')}`, PRODUCTION_URL);
    const { document } = parseHTML(readFileSync(page, 'utf8'));
    for (const [selector, attribute] of LINKS) {
      for (const element of document.querySelectorAll(selector)) {
        // Starlight gives the 404 page a canonical address it is never served at (it is 404.html,
        // shown for any missing address); no reader follows it.
        if (page.endsWith('/404.html') && element.getAttribute('rel') === 'canonical') continue;
        const raw = element.getAttribute(attribute);
        const url = new URL(raw, pageUrl);
        if (url.origin !== pageUrl.origin || !['http:', 'https:'].includes(url.protocol)) continue;
        checked++;
        const file = fileFor(url.pathname);
        const where = `${page.slice(out.length)}: ${selector} ${attribute}="${raw}"`;
        if (!file || !existsSync(file)) broken.push(`${where} → finns inte under ${BASE}`);
        else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${where} → ankaret saknas`);
      }
    }
  }
  assert.ok(checked > 2000, `only ${checked} links checked`);
  // GitHub Pages runs Jekyll unless this file is there, and Jekyll drops _astro/ (a folder starting with _).
  assert.ok(existsSync(join(out, '.nojekyll')), '.nojekyll is missing from the build');
  assert.deepEqual(broken, []);

  const localhost = listFiles(out).filter((f) => /\.(html|xml|json|txt|css|js|csv|webmanifest)$|_headers$/.test(f) && /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(localhost.map((f) => f.slice(out.length)), [], 'built files that name localhost');

  // The public address is the configured one, with the sub-path.
  const canonical = parseHTML(readFileSync(join(out, 'roller/styrelsen/index.html'), 'utf8')).document.querySelector('link[rel="canonical"]');
  assert.equal(canonical?.getAttribute('href'), new URL(`${BASE}roller/styrelsen/`, PRODUCTION_URL).href);
  rmSync(out, { recursive: true, force: true });
});
