import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, formatPercent, inSentence, listInSentence, shareOf } from '../../src/lib/format.ts';

const NBSP = '\u00a0';

test('thousands are grouped with a non-breaking space', () => {
  assert.equal(formatNumber(22857), `22${NBSP}857`);
  assert.equal(formatNumber(1234567), `1${NBSP}234${NBSP}567`);
  assert.equal(formatNumber(82), '82');
});

test('decimals use a comma', () => {
  assert.equal(formatNumber(3.5), '3,5');
});

test('percent has a non-breaking space before the sign', () => {
  assert.equal(formatPercent(47), `47${NBSP}%`);
});

test('shareOf rounds to whole percent', () => {
  assert.equal(shareOf(32, 141), 23);
  assert.equal(shareOf(1, 3), 33);
});

test('a title inside a sentence starts in lower case, but abbreviations, agencies and names keep their capitals', () => {
  assert.equal(
    inSentence('Medarbetare från Arbetsförmedlingen och Försäkringskassan'),
    'medarbetare från Arbetsförmedlingen och Försäkringskassan',
  );
  assert.equal(inSentence('Kvinnor'), 'kvinnor');
  for (const kept of ['ESF+', 'SUS', 'ISF (Inspektionen för socialförsäkringen)', 'ESF-projekt som förbunden deltar i'])
    assert.equal(inSentence(kept), kept);
  assert.equal(inSentence('Nationella rådet', { name: true }), 'Nationella rådet');
  assert.equal(inSentence('Nationella rådet'), 'nationella rådet');
});

test('items in a sentence are joined with commas and a last "och"', () => {
  assert.equal(listInSentence(['2017', '2021', '2023']), '2017, 2021 och 2023');
  assert.equal(listInSentence(['”a”', '”b”']), '”a” och ”b”');
  assert.equal(listInSentence(['2025']), '2025');
});
