// The CSP step on a page head taken from a real build (tests/unit/fixtures/built/page.html), and on
// the variants of it a parser must read the same way: self-closing tags, another attribute order,
// capitalised attribute values. A page it cannot read fails, naming the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineHashes, readPolicy, withOwnHashes } from '../../src/lib/policy.ts';
import { headersFile, mergePolicies } from '../../src/integrations/headers.mjs';

const built = readFileSync(join(import.meta.dirname, 'fixtures/built/page.html'), 'utf8');
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inlineScripts = (html: string) => [...new Set([...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]))];
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';
const file = 'dist/roller/styrelsen/index.html';

test('inline scripts and styles are hashed; external scripts are not', () => {
  const found = inlineHashes('<script>a()</script><style>p{}</style><script type="module" src="/x.js"></script>');
  assert.deepEqual([...found['script-src']], [hash('a()')]);
  assert.deepEqual([...found['style-src']], [hash('p{}')]);
});

test('a built page’s policy lists exactly the hashes of its own inline scripts, whatever Astro put there', () => {
  const own = inlineScripts(built);
  assert.equal(own.length, 2, 'the fixture has Starlight’s theme script and its theme menu script (twice)');
  const policy = readPolicy(withOwnHashes(built, file), file);
  assert.equal(directive(policy, 'script-src'), `script-src 'self' 'wasm-unsafe-eval' ${own.map(hash).join(' ')}`);
  assert.equal(directive(policy, 'style-src'), "style-src 'self'");
  assert.match(policy, /style-src-attr 'unsafe-inline'/);
  assert.match(policy, /default-src 'self'/);
});

test('a changed byte in an inline script changes its hash in the policy (nothing is pinned by hand)', () => {
  const [theme] = inlineScripts(built);
  const patched = built.replace(theme, `${theme};`);
  const policy = readPolicy(withOwnHashes(patched, file), file);
  assert.ok(policy.includes(hash(`${theme};`)));
  assert.ok(!policy.includes(hash(theme)));
});

test('only the policy tag changes; the rest of the page keeps its bytes', () => {
  const out = withOwnHashes(built, file);
  const cut = (html: string) => html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
  assert.equal(cut(out), cut(built));
});

const variants: [string, (html: string) => string][] = [
  ['a self-closing meta tag', (h) => h.replace(/(<meta http-equiv="content-security-policy" content="[^"]*")>/, '$1 />')],
  [
    'another attribute order',
    (h) => h.replace(/<meta http-equiv="content-security-policy" (content="[^"]*")>/, '<meta $1 http-equiv="content-security-policy">'),
  ],
  ['a capitalised http-equiv value', (h) => h.replace('http-equiv="content-security-policy"', 'http-equiv="Content-Security-Policy"')],
  [
    'single-quoted attributes with entities',
    (h) =>
      h.replace(
        /<meta http-equiv="content-security-policy" content="([^"]*)">/,
        (_, c: string) => `<meta http-equiv='content-security-policy' content='${c.replace(/'/g, '&#39;')}'>`,
      ),
  ],
];
for (const [name, change] of variants) {
  test(`the policy is found and filled in with ${name}`, () => {
    const policy = readPolicy(withOwnHashes(change(built), file), file);
    assert.equal(directive(policy, 'script-src'), `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts(built).map(hash).join(' ')}`);
  });
}

test('a page without a policy, or with a policy lacking script-src, fails the build naming the file', () => {
  const none = built.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
  assert.throws(
    () => withOwnHashes(none, file),
    /dist\/roller\/styrelsen\/index\.html: sidan ska ha exakt en <meta http-equiv="content-security-policy">, men har 0/,
  );
  const noScriptSrc = built.replace(/script-src [^;]*;/, '');
  assert.throws(
    () => withOwnHashes(noScriptSrc, file),
    /dist\/roller\/styrelsen\/index\.html: sidans Content-Security-Policy saknar script-src/,
  );
});

test('_headers merges the pages’ policies and adds what only a header can carry', () => {
  assert.equal(
    mergePolicies(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'; img-src 'self'"]),
    "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src 'self'",
  );
  const policy = readPolicy(withOwnHashes(built, file), file);
  const headers = headersFile([policy]);
  assert.match(headers, /^\/\*\n  Content-Security-Policy: .*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.match(headers, /frame-ancestors 'none'\n/);
  assert.match(headers, /X-Content-Type-Options: nosniff/);
});

test('mergePolicies: each directive once, with the union of its sources in first-seen order', () => {
  assert.equal(mergePolicies([]), '');
  // One policy comes back as it was, however it was spaced.
  assert.equal(mergePolicies(["default-src 'self';  script-src 'self' 'sha256-a' ;"]), "default-src 'self'; script-src 'self' 'sha256-a'");
  // A source two pages share is listed once; a directive only one page has is kept; names are case-insensitive.
  assert.equal(
    mergePolicies([
      "script-src 'self' 'sha256-a'; style-src 'self'",
      "Script-Src 'self' 'sha256-b' 'sha256-a'; img-src 'self' data:",
      "style-src 'self' 'sha256-c'",
    ]),
    "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'; img-src 'self' data:",
  );
  // A directive without sources ('none' is a source; upgrade-insecure-requests has none) survives.
  assert.equal(
    mergePolicies(["object-src 'none'; upgrade-insecure-requests", "object-src 'none'"]),
    "object-src 'none'; upgrade-insecure-requests",
  );
});
