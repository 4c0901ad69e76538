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
  assert.ok(inlineScript(original), 'Starlight’s ThemeProvider has no inline script any more: review src/components/starlight/ThemeProvider.astro');
  assert.equal(inlineScript(copy), inlineScript(original), 'Starlight changed its theme script: copy the new script into src/components/starlight/ThemeProvider.astro');
  // What the override leaves out is only the icon template, which Footer.astro renders instead.
  assert.match(original, /<template id="theme-icons">/);
  assert.doesNotMatch(markup(copy), /<template id="theme-icons">/);
  assert.match(markup(read('src/components/starlight/Footer.astro')), /<template id="theme-icons">/);
});
