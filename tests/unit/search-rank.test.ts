import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSection, matchIntent, prepareIntents, sectionScore, titleScore } from '../../src/lib/search/rank.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { key, keys, wordMatch } from '../../src/lib/search/words.ts';

test('inflected forms share a key: genitive, definite, plural', () => {
  assert.equal(key('styrelsens'), key('styrelsen'));
  assert.equal(key('beredningsgruppen'), key('beredningsgrupp'));
  assert.equal(key('förbundsdirektörens'), key('förbundsdirektör'));
  assert.equal(key('forbundschefen'), key('förbundschef'));
});

test('a word matches its inflections fully and a compound it is part of by half', () => {
  assert.equal(wordMatch(key('försäkringskassans'), key('försäkringskassa')), 1);
  assert.equal(wordMatch(key('ledamot'), key('styrelseledamot')), 0.5);
  assert.equal(wordMatch(key('styrelse'), key('budget')), 0);
});

test('a heading written as the question scores above one that only shares a word', () => {
  const q = parseQuery('vad får styrelsen inte delegera');
  assert.ok(sectionScore(q, keys('Vad får styrelsen inte delegera?')) > sectionScore(q, keys('Hur går styrelsens möten till?')));
  assert.equal(sectionScore(q, keys('Vad går pengarna till?')) < 0.5, true);
});

test('a title that is the subject scores above a longer title that mentions it', () => {
  const q = parseQuery('vad gör styrelsen');
  assert.ok(titleScore(q, keys('Styrelsen')) > titleScore(q, keys('Styrelsen och nätverket NNS')));
  assert.equal(titleScore(q, keys('Ekonomi')), 0);
});

test('the intent whose phrase holds most words of the question wins', () => {
  const intents = prepareIntents([
    { id: 'alla', fraser: ['läsa först'], sida: '/lasvagar/' },
    { id: 'ledamot', fraser: ['läsa först ledamot'], sida: '/lasvagar/ny-styrelseledamot/' },
  ]);
  assert.equal(matchIntent(keys('vad ska jag läsa först'), intents), '/lasvagar/');
  assert.equal(matchIntent(keys('vad ska jag läsa först som ny ledamot'), intents), '/lasvagar/ny-styrelseledamot/');
  assert.equal(matchIntent(keys('vem är ledamot'), intents), undefined);
});

test('the section to open: heading and marked words together; the earlier one on a tie; none when nothing matches', () => {
  const subs = [
    { anchor: 'moten', title: 'Hur går mötena till?', excerpt: 'styrelsen <mark>möts</mark>' },
    { anchor: 'ersattare', title: 'Vem sitter i styrelsen?', excerpt: '<mark>ersättare</mark> och <mark>styrelsen</mark>' },
  ];
  assert.equal(chooseSection([], subs, 2)?.anchor, 'ersattare');
  assert.equal(chooseSection([{ anchor: 'moten', title: 'Hur går mötena till?', score: 0.9 }], subs, 2)?.anchor, 'moten');
  assert.equal(chooseSection([], [{ ...subs[0], excerpt: 'inget' }], 2), undefined);
});
