// A small static server for dist/, used by the browser tests and the benchmark so that they run
// beside a reader's `npm start` (Astro 7 allows one preview server per project). By default it
// serves what GitHub Pages, the host the workflow publishes to, serves: the files (sirv), 404.html
// for a missing address, gzip (compression), and no headers of the site's own (Pages ignores
// dist/_headers), so the tests see only the protections a reader there gets: the <meta> policy.
// With { headers: true } (`--headers`) it applies dist/_headers as Netlify and Cloudflare Pages do.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { siteConfig } from '../src/config/site.mjs';

/** Parses the Netlify/Cloudflare-style _headers file: a path pattern, then indented "Name: value" lines. */
function readHeaders(dist) {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules[rules.length - 1].headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

/** Pages names the character set of every text type; sirv does so for HTML only. */
const contentType = (path) => {
  const type = lookup(path) ?? 'application/octet-stream';
  return /^(text\/|application\/(xml|json|javascript)$)/.test(type) && !type.includes('charset') ? `${type}; charset=utf-8` : type;
};

/**
 * Compress text as Pages does (gzip, never brotli), so Lighthouse and the size figures see what a
 * reader receives. Pagefind's own index files are stored compressed already and get no second layer.
 */
const gzip = compression({
  threshold: 0,
  filter: (_req, res) => /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(String(res.getHeader('Content-Type') ?? '')),
});

/**
 * A site built under a base path (BASE_PATH, or a SITE_URL with a path) is served under it, as the
 * host would. The tests address pages by their site paths ('/roller/'), so those are answered too;
 * that every link inside the pages carries the base is checked by scripts/check-dist.mjs (npm run check-dist, and tests/build/mistakes.test.mjs on the fixture).
 */
export function serveDist(dist, port, { headers: applyHeaders = false, base = siteConfig().base } = {}) {
  const root = resolve(dist);
  const rules = applyHeaders ? readHeaders(root) : [];
  const prefix = base.replace(/\/+$/, '');
  const notFound = join(root, '404.html');
  const files = sirv(root, {
    etag: true,
    // An address without an extension is a page (its index.html or name.html).
    setHeaders: (res, path) => res.setHeader('Content-Type', contentType(/\.[^/]+$/.test(path) ? path : 'index.html')),
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'Content-Type': contentType('404.html') });
      res.end(existsSync(notFound) ? readFileSync(notFound) : '');
    },
  });
  const server = createServer((req, res) => {
    // The request target is a path: read as a relative URL, '//' would be taken for a host, and
    // one such request (or a malformed %-escape) used to throw and stop the whole server.
    const url = URL.parse(`http://x${req.url ?? '/'}`);
    let path = url?.pathname ?? '/';
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) path = path.slice(prefix.length) || '/';
    const site = safeDecode(path);
    if (!url || site === undefined) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Felaktig adress');
      return;
    }
    req.url = path + url.search;
    // Pages sends a folder's address without its final slash on to the address with it. Leading
    // slashes are folded into one so that the Location can never name another host ('//host/').
    const folder = join(root, site);
    if (!site.endsWith('/') && folder.startsWith(root) && existsSync(join(folder, 'index.html'))) {
      res.writeHead(301, { Location: `${url.pathname.replace(/^\/+/, '/')}/${url.search}` }).end();
      return;
    }
    for (const rule of rules) if (matches(rule.pattern, site)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) req.headers['accept-encoding'] = 'gzip';
    else delete req.headers['accept-encoding'];
    gzip(req, res, () => files(req, res));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** decodeURIComponent, or undefined for a malformed escape such as '%E0'. */
function safeDecode(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

if (import.meta.filename === process.argv[1]) {
  const port = Number(process.argv[2] ?? 4322);
  const headers = process.argv.includes('--headers');
  const server = await serveDist(join(import.meta.dirname, '../dist'), port, { headers });
  console.log(`dist/ på http://127.0.0.1:${server.address().port}/${headers ? ' med rubrikerna i _headers' : ''}`);
}
