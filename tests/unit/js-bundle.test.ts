import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleName, linkBundle, moduleScripts } from '../../src/lib/js-bundle.ts';

const page =
  '<html><head><script>inline()</script><script type="module" src="/_astro/a.js"></script></head><body>' +
  '<p>x</p><script type="module" src="/_astro/b.js"></script><script type="module" src="/pagefind/c.js"></script>' +
  '<script src="/_astro/classic.js"></script><script type="module" src="/_astro/d.js"></script></body></html>';

test('only external module scripts under /_astro/ are bundled, in document order', () => {
  assert.deepEqual(
    moduleScripts(page, '/').map((s) => s.src),
    ['/_astro/a.js', '/_astro/b.js', '/_astro/d.js'],
  );
});

test('the bundle replaces the first module script; the others are removed and the rest of the page is unchanged', () => {
  let asked: string[] = [];
  const out = linkBundle(page, '/', (srcs) => ((asked = srcs), '/_astro/sida.x.js'));
  assert.deepEqual(asked, ['/_astro/a.js', '/_astro/b.js', '/_astro/d.js']);
  assert.equal(
    out,
    '<html><head><script>inline()</script><script type="module" src="/_astro/sida.x.js"></script></head><body>' +
      '<p>x</p><script type="module" src="/pagefind/c.js"></script>' +
      '<script src="/_astro/classic.js"></script></body></html>',
  );
});

test('under a sub-path only that sub-path’s scripts count', () => {
  const sub = page.replaceAll('"/_astro/', '"/kunskapsstod/_astro/');
  assert.equal(moduleScripts(sub, '/kunskapsstod/').length, 3);
  assert.equal(moduleScripts(sub, '/').length, 0);
});

test('a page with one module script keeps it', () => {
  const one = '<head><script type="module" src="/_astro/a.js"></script></head>';
  assert.equal(
    linkBundle(one, '/', () => assert.fail('no bundle for one script')),
    one,
  );
});

test('the same scripts get the same bundle name, other scripts or another order another', () => {
  assert.equal(bundleName(['/a.js', '/b.js']), bundleName(['/a.js', '/b.js']));
  assert.notEqual(bundleName(['/a.js', '/b.js']), bundleName(['/b.js', '/a.js']));
  assert.match(bundleName(['/a.js']), /^sida\.[\w-]{10}\.js$/);
});
