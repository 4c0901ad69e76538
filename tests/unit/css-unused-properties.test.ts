import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropUnreadProperties, propertiesIn } from '../../src/lib/css-unused-properties.ts';

test('a Starlight property no stylesheet reads goes, and so does one only it read; what another sheet or a page reads stays', () => {
  const [a, b] = dropUnreadProperties(
    [
      ':root{--sl-unread:1px;--sl-only-for-unread:red;--sl-read-in-b:2px;--sl-named:0}.x{--sl-unread:var(--sl-only-for-unread)}@layer l{.y{--__sl-gone:1}}',
      '.z{margin:var(--sl-read-in-b)}@supports (color:var(--sl-in-condition)){:root{--sl-in-condition:red}}',
    ],
    new Set(propertiesIn('<div data-x="--sl-named">')),
  );
  assert.equal(a, ':root{--sl-read-in-b:2px;--sl-named:0}@layer l{}');
  assert.equal(b, '.z{margin:var(--sl-read-in-b)}@supports (color:var(--sl-in-condition)){:root{--sl-in-condition:red}}');
});

test('the site’s own custom properties stay even unread, such as chart colours no chart uses yet', () => {
  assert.deepEqual(dropUnreadProperties([':root{--diagram-farg-6:#8a6a00;--sl-text-6xl:4rem}'], new Set()), [
    ':root{--diagram-farg-6:#8a6a00}',
  ]);
});

test('a page or script naming a property keeps it, as an inline style or a script may read it', () => {
  assert.deepEqual(propertiesIn('<p style="--depth: 2">x</p><!-- c --> el.style.getPropertyValue("--sl-x")'), ['--depth', '--sl-x']);
});
