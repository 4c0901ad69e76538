// Where the site keeps a copy of Starlight's code, an upgrade of Starlight must not leave the copy
// behind silently: this fails when the installed original changes, naming what to compare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** The component's markup, without its frontmatter (comments there may name what the markup has). */
const markup = (astro: string) => astro.replace(/^---[\s\S]*?\n---/, '');
const inlineScript = (astro: string) => /<script is:inline>([\s\S]*?)<\/script>/.exec(astro)?.[1];

test('ThemeProvider: the theme script is Starlight’s own, byte for byte', () => {
  const original = read('node_modules/@astrojs/starlight/dist/components/ThemeProvider.astro');
  const copy = read('src/components/starlight/ThemeProvider.astro');
  assert.ok(
    inlineScript(original),
    'Starlight’s ThemeProvider has no inline script any more: review src/components/starlight/ThemeProvider.astro',
  );
  assert.equal(
    inlineScript(copy),
    inlineScript(original),
    'Starlight changed its theme script: copy the new script into src/components/starlight/ThemeProvider.astro',
  );
  // What the override leaves out is only the icon template; the script tolerates its absence.
  assert.match(original, /<template id="theme-icons">/);
  assert.doesNotMatch(markup(copy), /<template id="theme-icons">/);
  assert.match(inlineScript(copy)!, /const newIcon = tmpl && /);
});

test('PageTitle: Starlight’s title is still one <h1> holding only the title, which the wrapper edits', () => {
  const original = read('node_modules/@astrojs/starlight/dist/components/PageTitle.astro');
  assert.match(
    markup(original),
    /<h1 id=\{PAGE_TITLE_ID\}>\{Astro\.locals\.starlightRoute\.entry\.data\.title\}<\/h1>/,
    'Starlight changed its PageTitle: check that src/lib/page-title.ts still finds the title text to hyphenate',
  );
  assert.match(read('src/components/starlight/PageTitle.astro'), /import Default from '@astrojs\/starlight\/components\/PageTitle\.astro'/);
});

test('site.css: the print rule hides Starlight’s <header class="header">, which must still exist', () => {
  // Starlight hides the header's search and menus in print but keeps the site title; the print view
  // of the site has no header at all (src/styles/site.css, @media print).
  assert.match(read('node_modules/@astrojs/starlight/dist/components/PageFrame.astro'), /<header class="header">/);
  assert.match(read('src/styles/site.css'), /header\.header/);
});
