import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spaceCells } from '../../src/integrations/cell-spaces.mjs';

test('table cells, captions, terms and line breaks are kept apart as words for the search index', () => {
  assert.equal(
    spaceCells('<caption>Inriktningar</caption><thead><tr><th>Inriktning</th><th>Typ</th></tr>'),
    '<caption>Inriktningar</caption> <thead><tr><th>Inriktning</th> <th>Typ</th> </tr>',
  );
  assert.equal(spaceCells('<dt>Titel</dt><dd>Återrapport</dd>'), '<dt>Titel</dt> <dd>Återrapport</dd>');
  assert.equal(spaceCells('medfinansiärer</strong><br>Parterna'), 'medfinansiärer</strong><br> Parterna');
});

test('text already apart, and other tags, are left as they are', () => {
  for (const html of ['<td>1</td> <td>2</td>', '<p>a</p><p>b</p>', 'rad<br> nästa', '<td>x</td>\n']) assert.equal(spaceCells(html), html);
});
