import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindLabel } from '../../src/lib/search/kind-label.ts';

const options = { plain: 'Vägledning', start: 'Startsida' };

test('a result is labelled with its kind when the title does not say it', () => {
  assert.equal(kindLabel('Vägvisare', 'Vilken insats passar?', options), 'Vägvisare');
  assert.equal(kindLabel('Läsväg', 'Ny styrelseledamot', options), 'Läsväg');
  // A longer word that only starts with the kind is another word.
  assert.equal(kindLabel('Läsväg', 'Läsvägledning', options), 'Läsväg');
});

test('guidance pages carry no label', () => {
  assert.equal(kindLabel('Vägledning', 'Styrelsen', options), '');
  assert.equal(kindLabel(undefined, 'Styrelsen', options), '');
});

test('no label when the title begins with the kind, in any case, singular or plural', () => {
  assert.equal(kindLabel('Läsväg', 'Läsväg för beredningsgruppen', options), '');
  assert.equal(kindLabel('Läsväg', 'Läsvägar', options), '');
  assert.equal(kindLabel('Läsväg', 'läsvägar för nya', options), '');
  assert.equal(kindLabel('Frågor och svar', 'Frågor och svar', options), '');
  assert.equal(kindLabel('Ordlista', 'Ordlistan', options), '');
  // A soft hyphen in the title does not hide that it names the kind.
  assert.equal(kindLabel('Vägvisare', 'Väg\u00advisare för insatser', options), '');
});

test('the start page is labelled as the start page, whatever its kind', () => {
  assert.equal(kindLabel('Vägledning', 'Kunskapsstöd för finansiell samordning', { ...options, isStart: true }), 'Startsida');
});
