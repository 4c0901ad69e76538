import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from './helpers';

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
  // After a Starlight upgrade: put the new hashes in src/config/csp.mjs.
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

for (const path of pages) {
  test(`${path}: no policy violation and no request to another site`, async ({ page, baseURL }) => {
    const violations: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL as string).origin) foreign.push(r.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('search works under the header policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/sok/?q=beredningsgrupp');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(violations).toEqual([]);
});
