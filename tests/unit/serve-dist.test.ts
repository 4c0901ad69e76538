// The test server must answer as GitHub Pages does, or the browser tests test another site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo, Server } from 'node:net';
import { request as httpRequest } from 'node:http';
import { serveDist } from '../../scripts/serve-dist.mjs';

const dist = mkdtempSync(join(tmpdir(), 'serve-dist-'));
mkdirSync(join(dist, 'roller'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Start</title>');
writeFileSync(join(dist, 'roller/index.html'), `<!doctype html><title>Roller</title>${'<p>text</p>'.repeat(200)}`);
writeFileSync(join(dist, '404.html'), '<!doctype html><title>Sidan finns inte</title>');
writeFileSync(join(dist, '_headers'), '/*\n  X-Frame-Options: DENY\n');

async function withServer(options: object, check: (base: string) => Promise<void>) {
  const server: Server = await serveDist(dist, 0, options);
  try {
    await check(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

test('pages under the base path and at their site paths; 404.html with status 404; a folder without its slash is redirected', () =>
  withServer({ base: '/kunskapsstod/' }, async (base) => {
    for (const path of ['/kunskapsstod/roller/', '/roller/']) {
      const response = await fetch(base + path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(await response.text(), /<title>Roller<\/title>/);
    }
    const missing = await fetch(`${base}/kunskapsstod/finns-inte/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /Sidan finns inte/);
    const folder = await fetch(`${base}/kunskapsstod/roller?q=1`, { redirect: 'manual' });
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.get('location'), '/kunskapsstod/roller/?q=1');
  }));

test('gzip as Pages sends it, never brotli; no headers from _headers unless asked', async () => {
  await withServer({ base: '/' }, async (base) => {
    const response = await fetch(`${base}/roller/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    assert.equal(response.headers.get('x-frame-options'), null);
  });
  await withServer({ base: '/', headers: true }, async (base) => {
    assert.equal((await fetch(`${base}/roller/`)).headers.get('x-frame-options'), 'DENY');
  });
});

/** A raw request, so that the path reaches the server exactly as written ('//' and bad escapes included). */
function rawGet(base: string, path: string): Promise<{ status: number; location?: string }> {
  return new Promise((done, fail) => {
    const request = httpRequest(`${base}/`, { path }, (response) => {
      response.resume();
      done({ status: response.statusCode ?? 0, location: response.headers.location });
    });
    request.on('error', fail).end();
  });
}

test('a malformed address gets 400 and the server goes on answering; a redirect never names another host', () =>
  withServer({ base: '/' }, async (base) => {
    assert.equal((await rawGet(base, '//')).status, 404);
    assert.equal((await rawGet(base, '/%E0')).status, 400);
    assert.deepEqual(await rawGet(base, '//roller'), { status: 301, location: '/roller/' });
    assert.equal((await rawGet(base, '/roller/')).status, 200);
  }));
