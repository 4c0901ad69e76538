import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBasePath } from '../../src/lib/base-path.mjs';
import { normaliseBase, previewConfig, siteConfig, PRODUCTION_URL } from '../../src/config/site.mjs';

test('a site address gets the base in front, and nothing else changes', () => {
  assert.equal(withBasePath('/roller/styrelsen/', '/kunskapsstod/'), '/kunskapsstod/roller/styrelsen/');
  assert.equal(withBasePath('/ordlista/#parter', '/kunskapsstod/'), '/kunskapsstod/ordlista/#parter');
  assert.equal(withBasePath('/', '/kunskapsstod/'), '/kunskapsstod/');
  for (const other of ['https://www.finsam.se/', '//cdn.example/x.js', '#vem', 'mailto:a@b.se', 'roller/'])
    assert.equal(withBasePath(other, '/kunskapsstod/'), other);
});

test('a base of / never turns /x into //x (another host)', () => {
  assert.equal(withBasePath('/roller/', '/'), '/roller/');
  assert.equal(withBasePath('/', '/'), '/');
  assert.equal(withBasePath('/roller/', ''), '/roller/');
});

test('BASE_PATH is normalised, and a value that would build a broken site is refused by name', () => {
  assert.equal(normaliseBase(undefined), '/');
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase('kunskapsstod'), '/kunskapsstod/');
  assert.equal(normaliseBase('/kunskapsstod'), '/kunskapsstod/');
  assert.equal(normaliseBase('/a/b/'), '/a/b/');
  for (const bad of ['https://x.se/k/', '/../x/', '/a b/', '//'])
    assert.throws(() => normaliseBase(bad), /BASE_PATH=.* är ingen giltig sökväg/);
});

test('the address comes from one place; SITE_URL and BASE_PATH override it', () => {
  assert.deepEqual(siteConfig({}), { site: new URL(PRODUCTION_URL).origin, base: '/' });
  assert.doesNotMatch(PRODUCTION_URL, /localhost|127\.0\.0\.1/);
  assert.deepEqual(siteConfig({ SITE_URL: 'https://radet.github.io/kunskapsstod' }), {
    site: 'https://radet.github.io',
    base: '/kunskapsstod/',
  });
  assert.deepEqual(siteConfig({ SITE_URL: 'https://radet.github.io/kunskapsstod', BASE_PATH: '/pr-preview/pr-3/' }), {
    site: 'https://radet.github.io',
    base: '/pr-preview/pr-3/',
  });
  assert.deepEqual(siteConfig({ SITE_URL: '', BASE_PATH: '/k/' }), { site: new URL(PRODUCTION_URL).origin, base: '/k/' });
  assert.throws(() => siteConfig({ SITE_URL: 'kunskapsstod.se' }), /SITE_URL="kunskapsstod.se" är ingen fullständig adress/);
});

test('a pull request’s preview is built for its own folder below the production site', () => {
  assert.deepEqual(previewConfig({}, 12), {
    siteUrl: new URL(PRODUCTION_URL).origin,
    basePath: '/pr-preview/pr-12/',
    pagesBaseUrl: new URL(PRODUCTION_URL).host,
  });
  assert.deepEqual(previewConfig({ SITE_URL: 'https://radet.github.io/kunskapsstod' }, 3), {
    siteUrl: 'https://radet.github.io',
    basePath: '/kunskapsstod/pr-preview/pr-3/',
    pagesBaseUrl: 'radet.github.io/kunskapsstod',
  });
  assert.throws(() => previewConfig({}, Number('x')), /Ogiltigt nummer/);
});
