import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateSheets } from '../../src/lib/print-sheets.ts';

const text = (words: number) => Array.from({ length: words }, () => 'ord').join(' ');

test('more pages and more text print on more sheets; import lines are not text', () => {
  assert.equal(estimateSheets([text(460)]), 2);
  assert.ok(estimateSheets([text(460), text(460)]) > estimateSheets([text(920)]));
  assert.equal(estimateSheets([`import A from 'a';\n${text(460)}`]), estimateSheets([text(460)]));
});

test('a long chapter is said in fives, as a reader would round it', () => {
  assert.equal(estimateSheets(Array.from({ length: 12 }, () => text(1400))) % 5, 0);
  assert.equal(estimateSheets([text(10)]), 1);
});
