import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markExternalLinks } from '../../src/lib/external-links.ts';

test('links to other websites get the screen-reader words; the site’s own links and other attributes do not', () => {
  const html =
    '<p><a href="https://riksdagen.se/x">Lagen</a> <a href="/roller/">Roller</a> <a href="#not-1">1</a> <a data-id="https://x" href="mailto:a@b.se">Post</a></p>';
  assert.equal(
    markExternalLinks(html, '(annan webbplats)'),
    '<p><a href="https://riksdagen.se/x" data-annan-webbplats="(annan webbplats)">Lagen</a> <a href="/roller/">Roller</a> <a href="#not-1">1</a> <a data-id="https://x" href="mailto:a@b.se">Post</a></p>',
  );
});

test('a link marked already is left as it is, and quotes in the words are escaped', () => {
  const once = markExternalLinks("<a href='http://a.se'>A</a>", 'annan "sida"');
  assert.equal(once, `<a href='http://a.se' data-annan-webbplats="annan &quot;sida&quot;">A</a>`);
  assert.equal(markExternalLinks(once, 'x'), once);
});
