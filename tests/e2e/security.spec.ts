import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { allPages } from './helpers';
import { serveDist } from '../../scripts/serve-dist.mjs';

const dist = join(import.meta.dirname, '../../dist');
const pages = allPages();
const htmlOf = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
const hashOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

test('every inline script is allowed by its page’s policy by hash', () => {
  const missing = new Set<string>();
  for (const path of pages) {
    const html = htmlOf(path);
    const policy = policyOf(html);
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = hashOf(m[1]);
      if (!policy.includes(hash)) missing.add(`${hash} (${path}: ${m[1].trim().slice(0, 50)}…)`);
    }
  }
  // src/lib/policy.ts computes them from each built page; a miss here means that step skipped one.
  expect([...missing], 'inline scripts outside the policy').toEqual([]);
});

test('no page’s policy allows inline content that page does not have', () => {
  const unused = new Set<string>();
  for (const path of pages) {
    const html = htmlOf(path);
    const own = new Set([...html.matchAll(/<(script|style)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => hashOf(m[2])));
    for (const [hash] of policyOf(html).matchAll(/sha256-[A-Za-z0-9+/=]+/g)) if (!own.has(hash)) unused.add(`${hash} (${path})`);
  }
  expect([...unused], 'hashes in a policy that match nothing on the page (src/lib/policy.ts trims them)').toEqual([]);
});

test('dist/_headers carries the policy for static hosts', () => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  expect(headers).toMatch(/Content-Security-Policy: .*script-src 'self' 'wasm-unsafe-eval'/);
  expect(headers).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers).toContain("frame-ancestors 'none'");
  expect(existsSync(join(dist, 'pagefind'))).toBe(true);
});

// Each page loaded without a policy violation or a request to another site: every-page.spec.ts
// (checks/security.ts).

test('the test server sends what GitHub Pages sends: no headers of the site’s own', async ({ request }) => {
  const response = await request.get('/roller/styrelsen/');
  expect(response.headers()['content-security-policy']).toBeUndefined();
  expect(response.headers()['x-frame-options']).toBeUndefined();
  expect((await request.get('/finns-inte/')).status()).toBe(404);
});

// On a host that reads _headers (Netlify, Cloudflare Pages) the policy also arrives as a header,
// which, unlike the <meta>, reaches Pagefind's worker: search must still work there.
test('search works where dist/_headers is applied as HTTP headers', async ({ browser }) => {
  const server = await serveDist(dist, 0, { headers: true });
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`${origin}/sok/?q=beredningsgrupp`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    expect(violations).toEqual([]);
    await context.close();
  } finally {
    server.close();
  }
});
