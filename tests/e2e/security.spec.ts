import { expect, test } from './fixtures';
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

// Independent of src/lib/policy.ts: the scripts as the browser parsed them, hashed here, and what the
// browser does with the policy: the page's own script text runs, the same text changed is refused.
test('the policy allows the page’s own inline scripts by hash, and the browser refuses a changed one', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  const { policy, scripts } = await page.evaluate(() => ({
    policy: document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '',
    scripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
  }));
  expect(scripts.length, 'the page has inline scripts to test with').toBeGreaterThan(0);
  for (const text of scripts) expect(policy, `hash of: ${text.trim().slice(0, 50)}…`).toContain(hashOf(text));
  const outcome = await page.evaluate(async (text) => {
    const refused: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => refused.push(e.sample));
    const run = (code: string) => {
      const script = document.createElement('script');
      script.textContent = code;
      document.head.append(script);
    };
    run(text);
    run(`${text}\n;window.__changedRan = true;`);
    await new Promise((r) => setTimeout(r, 200));
    return { refused: refused.length, changedRan: (window as { __changedRan?: boolean }).__changedRan === true };
  }, scripts[0]);
  expect(outcome).toEqual({ refused: 1, changedRan: false });
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
