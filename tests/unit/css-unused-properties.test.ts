import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropUnreadProperties, propertiesIn } from '../../src/lib/css-unused-properties.ts';

test('a custom property no stylesheet reads goes, and so does one only it read; what another sheet or a page reads stays', () => {
  const [a, b] = dropUnreadProperties(
    [
      ':root{--unread:1px;--only-for-unread:red;--read-in-b:2px;--named:0}.x{--unread:var(--only-for-unread)}@layer l{.y{--gone:1}}',
      '.z{margin:var(--read-in-b)}@supports (color:var(--in-condition)){:root{--in-condition:red}}',
    ],
    new Set(propertiesIn('<div data-x="--named">')),
  );
  assert.equal(a, ':root{--read-in-b:2px;--named:0}@layer l{}');
  assert.equal(b, '.z{margin:var(--read-in-b)}@supports (color:var(--in-condition)){:root{--in-condition:red}}');
});

test('a page or script naming a property keeps it, as an inline style or a script may read it', () => {
  assert.deepEqual(propertiesIn('<p style="--depth: 2">x</p><!-- c --> el.style.getPropertyValue("--sl-x")'), ['--depth', '--sl-x']);
});
