import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinReferences } from '../../src/lib/no-break.mjs';

const NBSP = '\u00A0';

test('a law reference keeps its number, letter and sign on one line', () => {
  assert.equal(joinReferences('enligt 9 § ska'), `enligt 9${NBSP}§ ska`);
  assert.equal(joinReferences('7 a § föreslås'), `7${NBSP}a${NBSP}§ föreslås`);
  assert.equal(joinReferences('25 och 26 §§ i lagen'), `25 och 26${NBSP}§§ i lagen`);
  assert.equal(joinReferences('11 kap. kommunallagen'), `11${NBSP}kap. kommunallagen`);
});

test('text without a law reference is left as it is', () => {
  for (const text of ['69 förbund 2024', 'år 2017 kapitalet', '§ utan nummer']) assert.equal(joinReferences(text), text);
});
