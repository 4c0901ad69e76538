import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, highlight, queryTerms } from '../../src/lib/search/highlight.ts';

test('query terms are lowercased, unique and stripped of quotes', () => {
  assert.deepEqual(queryTerms('"Styrelsen" styrelsen ESF+ i'), ['styrelsen', 'esf+']);
});

test('words that start with a term are marked, case kept', () => {
  assert.equal(highlight('Styrelsens ansvar', ['styrelse']), '<mark>Styrelsens</mark> ansvar');
});

test('a term inside another word is not marked', () => {
  assert.equal(highlight('Förbundsstyrelse', ['styrelse']), 'Förbundsstyrelse');
});

test('page text is escaped before marking', () => {
  assert.equal(highlight('<b>styrelse</b>', ['styrelse']), '&lt;b&gt;<mark>styrelse</mark>&lt;/b&gt;');
  assert.equal(escapeHtml(`"a" & 'b'`), '&quot;a&quot; &amp; &#39;b&#39;');
});

test('each search marks its own words: the words of the search before are not marked again', () => {
  assert.equal(highlight('Styrelsens ansvar', ['styrelse']), '<mark>Styrelsens</mark> ansvar');
  assert.equal(highlight('Styrelsens ansvar', ['ansvar']), 'Styrelsens <mark>ansvar</mark>');
  assert.equal(highlight('Styrelsens ansvar och styrelse', ['styrelse']), '<mark>Styrelsens</mark> ansvar och <mark>styrelse</mark>');
  assert.equal(highlight('Styrelsens ansvar', []), 'Styrelsens ansvar');
});
