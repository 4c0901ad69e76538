// A small static server for dist/, used by the browser tests and the benchmark so that they run
// beside a reader's `npm start` (Astro 7 allows one preview server per project). By default it
// serves what GitHub Pages, the host the workflow publishes to, serves: the files, 404.html for a
// missing address, compression, and no headers of the site's own (Pages ignores dist/_headers), so
// the tests see only the protections a reader there gets: the <meta> policy. With { headers: true }
// (`--headers`) it applies dist/_headers as Netlify and Cloudflare Pages do.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { siteConfig } from '../src/config/site.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

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

/**
 * A site built under a base path (BASE_PATH, or a SITE_URL with a path) is served under it, as the
 * host would. The tests address pages by their site paths ('/roller/'), so those are answered too;
 * that every link inside the pages carries the base is checked by scripts/check-dist.mjs (npm run check-dist, and tests/build/mistakes.test.mjs on the fixture).
 */
export function serveDist(dist, port, { headers: applyHeaders = false, base = siteConfig().base } = {}) {
  const root = resolve(dist);
  const rules = applyHeaders ? readHeaders(root) : [];
  const prefix = base.replace(/\/+$/, '');
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) path = path.slice(prefix.length) || '/';
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const rule of rules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) headers[k] = v;
    let body = readFileSync(file);
    // Compress text as static hosts do, so Lighthouse and the size figures see what a reader receives.
    // Pagefind's own index files are stored compressed already and get no second layer.
    if (/^(text\/|application\/(json|xml)|image\/svg)/.test(headers['Content-Type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(found ? 200 : 404, headers);
    res.end(body);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.filename === process.argv[1]) {
  const port = Number(process.argv[2] ?? 4322);
  const headers = process.argv.includes('--headers');
  const server = await serveDist(join(import.meta.dirname, '../dist'), port, { headers });
  console.log(`dist/ på http://127.0.0.1:${server.address().port}/${headers ? ' med rubrikerna i _headers' : ''}`);
}
