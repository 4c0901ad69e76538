import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shiftHeadings } from '../../src/lib/headings.ts';

test("a page's headings move down one level, Starlight's heading wrapper with them", () => {
  const html = '<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><h3 class="x">B</h3><p>h2 i texten</p><header>h</header>';
  assert.equal(
    shiftHeadings(html, 1),
    '<div class="sl-heading-wrapper level-h3"><h3 id="a">A</h3></div><h4 class="x">B</h4><p>h2 i texten</p><header>h</header>',
  );
});

test('no heading goes below h6', () => {
  assert.equal(shiftHeadings('<h5>a</h5><H6>b</H6>', 2), '<h6>a</h6><h6>b</h6>');
});
