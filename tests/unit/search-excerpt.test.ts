import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanExcerpt, withEllipses, withoutHeading } from '../../src/lib/search/excerpt.ts';

const heading = 'Hur går prövningen av ansvarsfrihet till?';

test('the end of the heading an excerpt starts with is cut (the snippet the reader saw)', () => {
  assert.equal(
    withoutHeading('prövningen av <mark>ansvarsfrihet</mark> till? Revisionsberättelsen lämnas till styrelsen.', [heading]),
    'Revisionsberättelsen lämnas till styrelsen.',
  );
});

test('a whole heading at the start is cut, also with a marked last word', () => {
  assert.equal(withoutHeading(`${heading} Sedan prövar varje medlem.`, [heading]), 'Sedan prövar varje medlem.');
  assert.equal(
    withoutHeading('<mark>Ansvarsfrihet.</mark> Medlemmarnas ställningstagande', ['Ansvarsfrihet']),
    'Medlemmarnas ställningstagande',
  );
});

test('one ordinary word that happens to end the heading is kept: it may begin the text', () => {
  assert.equal(withoutHeading('styrelsen beslutar om budgeten.', ['Vad gör styrelsen']), 'styrelsen beslutar om budgeten.');
  assert.equal(withoutHeading('till styrelsen.', [heading]), 'till styrelsen.');
});

test('the heading inside the text, or a text without it, is left alone', () => {
  const text = 'Revisionsberättelsen lämnas. Hur går prövningen av ansvarsfrihet till? Sedan prövar';
  assert.equal(withoutHeading(text, [heading]), text);
});

test('escaped characters in the excerpt match the heading', () => {
  assert.equal(withoutHeading('Mål &amp; medel: Förbundet sätter mål.', ['Mål & medel:']), 'Förbundet sätter mål.');
});

test('an excerpt that is only the heading keeps it rather than showing nothing', () => {
  assert.equal(withoutHeading('ansvarsfrihet till?', [heading]), 'ansvarsfrihet till?');
});

test('source markers are taken out of excerpts', () => {
  assert.equal(cleanExcerpt('är 274[1] kronor'), 'är 274 kronor');
});

test('an excerpt cut inside a sentence says so with "…" at the cut, and only there', () => {
  assert.equal(withEllipses('får <mark>besluta</mark> att insatsen ska'), '… får <mark>besluta</mark> att insatsen ska …');
  assert.equal(withEllipses('Styrelsen <mark>beslutar</mark> om budgeten.'), 'Styrelsen <mark>beslutar</mark> om budgeten.');
  assert.equal(withEllipses('<mark>Styrelsen</mark> beslutar om'), '<mark>Styrelsen</mark> beslutar om …');
  assert.equal(withEllipses('har ansvaret för uppföljningen.'), '… har ansvaret för uppföljningen.');
  assert.equal(withEllipses(''), '');
});
