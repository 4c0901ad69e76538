import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { inlineHashes, withOwnHashesOnly } from '../../src/lib/policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

test('inline scripts and styles are hashed; external scripts are not', () => {
  const found = inlineHashes('<script>a()</script><style>p{}</style><script type="module" src="/x.js"></script>');
  assert.deepEqual([...found].sort(), [hash('a()'), hash('p{}')].sort());
});

test('a page keeps the hashes of its own inline content and loses the others', () => {
  const policy = `script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('elsewhere()')}; style-src 'self' ${hash('p{}')}; style-src-attr 'unsafe-inline';`;
  const trimmed = withOwnHashesOnly(page(policy, '<script>a()</script>'));
  const kept = /content="([^"]+)"/.exec(trimmed)?.[1];
  assert.equal(kept, `script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}; style-src 'self'; style-src-attr 'unsafe-inline';`);
  assert.ok(trimmed.endsWith('<body><script>a()</script></body></html>'), 'the rest of the page is unchanged');
});

test('a page without a policy is returned unchanged', () => {
  const html = '<html><body><script>a()</script></body></html>';
  assert.equal(withOwnHashesOnly(html), html);
});
