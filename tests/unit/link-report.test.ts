import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressOf, nearest, swedishLinkErrors } from '../../src/lib/link-report.ts';

const site = {
  pages: ['/', '/roller/', '/roller/styrelsen/', '/ordlista/'],
  anchors: (page: string) =>
    page === '/roller/styrelsen/' ? ['sammansättning', 'vem-sitter-i-styrelsen'] : page === '/ordlista/' ? ['parter', 'delegering'] : [],
};
const at = (docsPath: string, link: string, message: string, line = 7) => ({ docsPath, link, message, position: { line, column: 3 } });

test('a dead page link names the content file and line in Swedish, with the nearest page', () => {
  const [line] = swedishLinkErrors([at('index.mdx', '/roller/styrelse/', 'invalid link')], site);
  assert.equal(
    line,
    'content/docs/index.mdx:7: länken /roller/styrelse/ leder inte till någon sida på webbplatsen. Menade du /roller/styrelsen/?',
  );
});

test('a dead anchor suggests the heading that exists, å/ä/ö included', () => {
  const [line] = swedishLinkErrors([at('roller/index.mdx', '/roller/styrelsen/#sammansattning', 'invalid hash', 12)], site);
  assert.match(
    line,
    /^content\/docs\/roller\/index\.mdx:12: länken \/roller\/styrelsen\/#sammansattning pekar på en rubrik .* Menade du \/roller\/styrelsen\/#sammansättning\?/,
  );
  const [own] = swedishLinkErrors([at('roller/styrelsen.mdx', '#vem-sitter', 'invalid hash')], site);
  assert.match(own, /Menade du #vem-sitter-i-styrelsen\?/);
});

test('nothing close enough gives advice instead of a wrong suggestion', () => {
  const [line] = swedishLinkErrors([at('index.mdx', '/ekonomi-och-budget/', 'invalid link')], site);
  assert.doesNotMatch(line, /Menade du/);
  assert.match(line, /Kontrollera adressen/);
  assert.equal(nearest('/helt-annat/', site.pages), undefined);
});

test('relative links and unknown reasons are still Swedish and name the file', () => {
  const [relative, unknown] = swedishLinkErrors(
    [at('index.mdx', '../roller/', 'relative link'), { docsPath: 'a.mdx', link: '/x/', message: 'something new', position: null }],
    site,
  );
  assert.match(relative, /^content\/docs\/index\.mdx:7: länken \.\.\/roller\/ är relativ/);
  assert.match(unknown, /^content\/docs\/a\.mdx: länken \/x\/ fungerar inte \(something new\)/);
});

test('a page file gives the address the build gives it', () => {
  assert.equal(addressOf('index.mdx'), '/');
  assert.equal(addressOf('roller/index.mdx'), '/roller/');
  assert.equal(addressOf('roller/styrelsen.mdx'), '/roller/styrelsen/');
});

test('suggestions ignore a base path the site is served under, and are given as editors write links', () => {
  const [line, hash] = swedishLinkErrors(
    [
      at('index.mdx', '/kunskapsstod/roller/styrelse/', 'invalid link'),
      at('index.mdx', '/kunskapsstod/roller/styrelsen/#vem-sitter', 'invalid hash'),
    ],
    { ...site, base: '/kunskapsstod/' },
  );
  assert.equal(
    line,
    'content/docs/index.mdx:7: länken /roller/styrelse/ leder inte till någon sida på webbplatsen. Menade du /roller/styrelsen/?',
  );
  assert.match(hash, /länken \/roller\/styrelsen\/#vem-sitter pekar .* Menade du \/roller\/styrelsen\/#vem-sitter-i-styrelsen\?/);
});
